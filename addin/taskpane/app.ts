/**
 * The task pane: header, preview banner, tabs (Grid, Invoices, SLA & KPIs, Bonus, Onboarding, Settings),
 * a status line and, in preview mode, a view of the in-memory workbook. Mounted by addin/main.ts with the
 * Excel adapter, or (outside Excel) with `createPreviewPort()` from addin/preview and `env.preview = true`.
 */
import type { WorkbookPort } from '../excel/port';
import { settingsStore } from '../api/settings';
import { MemoryWorkbook } from '../preview/memory-workbook';
import { makeApi, type PaneContext, type TabDef } from './context';
import { h } from './dom';
import type { TaskpaneEnv } from './env';
import { statusLine } from './status';
import { STYLES } from './styles';
import { bonusTab } from './bonus';
import { gridTab } from './grid';
import { invoicesTab } from './invoices';
import { onboardingTab } from './onboarding';
import { settingsTab } from './settings';
import { slaKpiTab } from './sla-kpi';
import { workbookView } from './workbook-view';

export type { TaskpaneEnv } from './env';

export const TABS: readonly TabDef[] = [gridTab, invoicesTab, slaKpiTab, bonusTab, onboardingTab, settingsTab];

export interface MountedPane {
  select(tabId: string): void;
  context: PaneContext;
}

export function mountTaskpane(root: HTMLElement, port: WorkbookPort, env: TaskpaneEnv): MountedPane {
  injectStyles(root.ownerDocument);
  const origin = env.origin ?? globalThis.location?.origin ?? 'https://localhost:3000';
  const settings = settingsStore({ inOffice: !env.preview, partitionKey: env.partitionKey, origin });
  const status = statusLine();
  const ctx: PaneContext = {
    port,
    env,
    status,
    settings,
    api: makeApi(settings),
    today: env.today ?? localToday(),
  };

  const tabButtons: HTMLButtonElement[] = [];
  const panels = new Map<string, HTMLElement>();
  const panelHost = h('div', { class: 'panels' });

  function select(id: string, focus = false): void {
    const def = TABS.find((t) => t.id === id) ?? TABS[0];
    for (const b of tabButtons) {
      const on = b.dataset.tab === def.id;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      if (on && focus) b.focus();
      // A narrow pane scrolls the tab strip sideways: keep the selected tab in view.
      if (on) b.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
    const panel = panels.get(def.id)!;
    // Tabs render on first use: a pane opened for onboarding never parses the workbook.
    if (!panel.hasChildNodes()) panel.append(def.render(ctx));
    for (const [pid, p] of panels) p.hidden = pid !== def.id;
  }

  const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'MSP Sync' });
  for (const t of TABS) {
    const b = h('button', { class: 'tab', role: 'tab', id: `tab-${t.id}`, 'aria-controls': `panel-${t.id}`, 'data-tab': t.id, type: 'button' }, t.label);
    b.addEventListener('click', () => select(t.id));
    b.addEventListener('keydown', (e) => {
      const i = TABS.indexOf(t);
      const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : null;
      if (to === null) return;
      e.preventDefault();
      select(TABS[(to + TABS.length) % TABS.length].id, true);
    });
    tabButtons.push(b);
    tablist.append(b);
    const panel = h('section', { class: 'panel', role: 'tabpanel', id: `panel-${t.id}`, 'aria-labelledby': `tab-${t.id}`, hidden: true });
    panels.set(t.id, panel);
    panelHost.append(panel);
  }

  const app = h(
    'div',
    { class: 'msp', 'data-mode': env.preview ? 'preview' : 'excel' },
    h('header', { class: 'msp-header' }, h('span', { class: 'msp-logo', 'aria-hidden': 'true' }, 'M'), h('h1', {}, 'MSP Sync')),
    env.preview
      ? h(
          'div',
          { class: 'banner banner-preview', role: 'note', 'data-testid': 'preview-banner' },
          h('strong', {}, 'Preview mode — not running inside Excel. '),
          'Every tab works on a demo workbook kept in this page; open the add-in in Excel to use your own.',
        )
      : null,
    tablist,
    status.el,
    panelHost,
    env.preview && port instanceof MemoryWorkbook ? workbookView(port) : null,
  );
  root.replaceChildren(app);
  select(TABS[0].id);
  // For the bench: when the pane (not the page's "Loading…") is on screen.
  globalThis.performance?.mark?.('msp-sync-ready');
  return { select: (id) => select(id), context: ctx };
}

function injectStyles(doc: Document): void {
  if (doc.getElementById('msp-sync-styles')) return;
  const style = doc.createElement('style');
  style.id = 'msp-sync-styles';
  style.textContent = STYLES;
  doc.head.append(style);
}

function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
