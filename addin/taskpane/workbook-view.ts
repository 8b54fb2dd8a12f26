/**
 * Preview mode's stand-in for the Excel grid: pick a sheet of the in-memory workbook and see its cells;
 * result sheets appear as commands write them, and "jump to cell" selects and scrolls to the cell here.
 */
import { columnLetter } from '../../core/workbook/address';
import type { MemoryWorkbook } from '../preview/memory-workbook';
import { h, replace } from './dom';

const MAX_ROWS = 300;

export function workbookView(book: MemoryWorkbook): HTMLElement {
  const select = h('select', { id: 'preview-sheet', 'aria-label': 'Sheet' });
  const caption = h('p', { class: 'hint' });
  const body = h('div', { class: 'scroll', 'data-testid': 'preview-sheet-view', tabIndex: 0, 'aria-label': 'Sheet cells' });

  function fillOptions(): void {
    const current = select.value;
    replace(
      select,
      book.sheetNames().map((n) => h('option', { value: n }, book.sheet(n)?.result ? `${n} (result)` : n)),
    );
    select.value = book.activeSheet || current || book.sheetNames()[0] || '';
  }

  function render(): void {
    const sheet = book.sheet(select.value);
    if (!sheet) return replace(body, h('p', { class: 'empty' }, 'No sheet.'));
    const sel = book.selection && book.selection.sheet === sheet.name ? book.selection : null;
    const marks = book.marks.get(sheet.name);
    const width = Math.max(1, ...sheet.values.slice(0, MAX_ROWS).map((r) => r.length));
    // Show the selected row even when it is beyond the first MAX_ROWS.
    const start = sel && sel.row0 >= MAX_ROWS ? Math.max(0, sel.row0 - 20) : 0;
    const rows = sheet.values.slice(start, start + MAX_ROWS);
    let selCell: HTMLElement | null = null;
    const table = h(
      'table',
      { class: 'data sheet' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), Array.from({ length: width }, (_, c) => h('th', {}, columnLetter(c))))),
      h(
        'tbody',
        {},
        rows.map((r, i) => {
          const row0 = start + i;
          const fill = sheet.result && row0 > 0 ? sheet.fills?.[row0 - 1] : null;
          return h(
            'tr',
            {},
            h('th', {}, String(row0 + 1)),
            Array.from({ length: width }, (_, c) => {
              const v = r[c];
              const format = sheet.result && row0 > 0 ? formatOf(sheet.formats, sheet.values[0][c]) : undefined;
              const text = show(v, format);
              const td = h('td', { class: typeof v === 'number' ? 'num' : '', 'data-row0': row0, 'data-col0': c, title: text.length > 24 ? text : null }, text);
              const mark = marks?.get(`${row0}:${c}`) ?? fill;
              if (mark) td.style.background = mark;
              if (sel && sel.row0 === row0 && sel.col0 === c) {
                td.classList.add('sel');
                td.setAttribute('aria-current', 'true');
                selCell = td;
              }
              return td;
            }),
          );
        }),
      ),
    );
    replace(body, table);
    caption.textContent =
      sheet.values.length > rows.length ? `Rows ${start + 1}–${start + rows.length} of ${sheet.values.length}.` : `${sheet.values.length} rows.`;
    if (sel) caption.textContent += ` Selected: ${columnLetter(sel.col0)}${sel.row0 + 1}.`;
    const target = selCell as HTMLElement | null;
    if (target) target.scrollIntoView({ block: 'center', inline: 'nearest' });
  }

  // Double-click (or Enter on the focused grid) edits a cell of a workbook table, like Excel.
  body.addEventListener('dblclick', (e) => {
    const td = (e.target as HTMLElement).closest('td');
    if (td) editCell(td);
  });

  function editCell(td: HTMLTableCellElement): void {
    const sheet = book.sheet(select.value);
    if (!sheet || sheet.result || td.dataset.row0 === undefined) return;
    const row0 = Number(td.dataset.row0);
    const col0 = Number(td.dataset.col0);
    const old = sheet.values[row0]?.[col0];
    const input = h('input', { type: 'text', value: old === null || old === undefined ? '' : String(old), 'aria-label': `Edit ${columnLetter(col0)}${row0 + 1}`, style: 'width:100%;min-height:0;padding:0 2px' });
    let done = false;
    const commit = (save: boolean) => {
      if (done) return;
      done = true;
      if (save) book.setCell(sheet.name, row0, col0, typedValue(input.value));
      else render();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') commit(true);
      if (e.key === 'Escape') commit(false);
    });
    input.addEventListener('blur', () => commit(true));
    td.replaceChildren(input);
    input.focus();
    input.select();
  }

  select.addEventListener('change', () => {
    book.activeSheet = select.value;
    render();
  });
  book.onChange((e) => {
    fillOptions();
    if (e.type !== 'mark' || select.value) render();
  });
  fillOptions();
  render();
  return h(
    'section',
    { class: 'preview-book', 'aria-label': 'Demo workbook' },
    h('h2', {}, 'Demo workbook'),
    h('p', { class: 'hint' }, 'Double-click a cell to change it, then run a check again.'),
    h('div', { class: 'row' }, h('label', { class: 'field', for: 'preview-sheet' }, 'Sheet', select)),
    caption,
    body,
  );
}

/** What typing into a cell gives in Excel: numbers as numbers, TRUE/FALSE as booleans, blank as empty. */
function typedValue(text: string): string | number | boolean | null {
  const t = text.trim();
  if (t === '') return null;
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return text;
}

function formatOf(formats: Record<string, string> | undefined, header: unknown): string | undefined {
  return formats && typeof header === 'string' ? formats[header] : undefined;
}

/** A cell as Excel would display it under the common number formats the result sheets use. */
function show(v: unknown, format: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'number') return String(v);
  const decimals = format ? (/\.(0+)/.exec(format)?.[1].length ?? 0) : Number.isInteger(v) ? 0 : 2;
  if (format?.includes('%')) return `${(v * 100).toFixed(decimals)}%`;
  const grouped = !format || format.includes(',');
  return v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped });
}
