/** Small building blocks shared by the tabs: metric cards, data tables, findings lists, progress, month picker. */
import type { Finding } from '../../core/findings';
import { h, type Child } from './dom';

export function card(label: string, value: string, testid?: string, alert = false): HTMLElement {
  return h(
    'div',
    { class: alert ? 'card alert' : 'card' },
    h('div', { class: 'label' }, label),
    h('div', { class: 'value', 'data-testid': testid }, value),
  );
}

export interface Column<T> {
  header: string;
  value: (row: T) => Child;
  numeric?: boolean;
}

export function dataTable<T>(caption: string, columns: readonly Column<T>[], rows: readonly T[], options: { hot?: (row: T) => boolean; testid?: string } = {}): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, `No ${caption.toLowerCase()}.`);
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      { class: 'data', 'data-testid': options.testid },
      h('caption', { class: 'sr-only' }, caption),
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { class: c.numeric ? 'num' : '', scope: 'col' }, c.header)))),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            { class: options.hot?.(r) ? 'hot' : '' },
            columns.map((c) => h('td', { class: c.numeric ? 'num' : '' }, c.value(r))),
          ),
        ),
      ),
    ),
  );
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Findings, errors first; each with a cell is a button that jumps to it. */
export function findingsList(findings: readonly Finding[], onJump: (cell: string) => void, limit = 500): HTMLElement {
  if (findings.length === 0) return h('p', { class: 'empty' }, 'No findings.');
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const shown = sorted.slice(0, limit);
  return h(
    'div',
    {},
    h(
      'ul',
      { class: 'findings scroll', 'data-testid': 'findings', 'aria-label': 'Findings' },
      shown.map((f) => {
        const li = h(
          'li',
          { class: 'finding', 'data-code': f.code, 'data-cell': f.cell ?? '' },
          h('span', { class: `sev sev-${f.severity}`, role: 'img', 'aria-label': f.severity, title: f.severity }),
          h('span', {}, f.cell ? h('span', { class: 'cell' }, f.cell, ' ') : null, f.message, ' ', h('span', { class: 'pill' }, f.code)),
        );
        if (f.cell) {
          const cell = f.cell;
          li.tabIndex = 0;
          li.setAttribute('role', 'button');
          li.title = `Go to ${cell}`;
          li.addEventListener('click', () => onJump(cell));
          li.addEventListener('keydown', (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              onJump(cell);
            }
          });
        }
        return li;
      }),
    ),
    sorted.length > limit ? h('p', { class: 'hint' }, `${sorted.length - limit} more on the result sheet.`) : null,
  );
}

export interface Progress {
  el: HTMLElement;
  set(fraction: number, label: string): void;
  done(): void;
}

export function progress(): Progress {
  const fill = h('div', { style: 'width:0%' });
  const bar = h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' }, fill);
  const label = h('p', { class: 'hint', 'aria-live': 'polite' });
  const el = h('div', { hidden: true, 'data-testid': 'progress' }, bar, label);
  return {
    el,
    set(fraction, text) {
      el.hidden = false;
      const pct = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
      fill.style.width = `${pct}%`;
      bar.setAttribute('aria-valuenow', String(pct));
      label.textContent = text;
    },
    done() {
      el.hidden = true;
    },
  };
}

/** A month input (YYYY-MM) with its label. */
export function monthPicker(id: string, value: string): { el: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { id, type: 'month', value, required: true });
  return { el: h('label', { class: 'field', for: id }, 'Month', input), input };
}
