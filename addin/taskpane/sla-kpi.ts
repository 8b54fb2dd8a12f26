/** SLA & KPIs tab: for a month, SLA met rates side by side (managed vs break-fix) and KPIs per resource. */
import type { KpiResult } from '../../core/kpi';
import type { SlaGroup, SlaResult } from '../../core/sla';
import { runKpis, runSla } from '../engine/jobs';
import { runJob, type TabDef } from './context';
import { h, replace } from './dom';
import { pacedPort } from './engines';
import { hours, percent, plain } from './format';
import { previousMonth } from './month';
import { card, dataTable, findingsList, monthPicker, progress } from './widgets';

type Resource = KpiResult['resources'][number];

export const slaKpiTab: TabDef = {
  id: 'sla-kpi',
  label: 'SLA & KPIs',
  render(ctx) {
    const picker = monthPicker('sla-month', previousMonth(ctx.today));
    const run = h('button', { class: 'btn btn-primary', type: 'button', 'data-testid': 'run-sla' }, 'Compute');
    const bar = progress();
    const out = h('div', { 'data-testid': 'sla-result' });

    run.addEventListener('click', () =>
      runJob(ctx, run, 'Computing SLA and KPIs…', async () => {
        const month = picker.input.value;
        if (!/^\d{4}-\d{2}$/.test(month)) throw new Error('Pick a month first');
        try {
          const port = pacedPort(ctx.port);
          const sla = await runSla(port, { month, asOf: ctx.today, onPhase: (f, l) => bar.set(f / 2, l) });
          const kpi = await runKpis(port, { month, asOf: ctx.today, onPhase: (f, l) => bar.set(0.5 + f / 2, l) });
          replace(out, renderSla(sla), renderKpis(kpi), h('h3', {}, 'Findings'), findingsList([...sla.findings, ...kpi.findings], (cell) => void ctx.port.selectCell(cell).catch(() => undefined)));
          return `SLA and KPIs for ${month} written to the SLA and KPIs sheets.`;
        } finally {
          bar.done();
        }
      }),
    );

    return h(
      'div',
      {},
      h('h2', {}, 'SLA & KPIs'),
      h('p', { class: 'hint' }, 'Business-hours SLA (pauses removed) with managed and break-fix customers side by side, and the service-delivery KPIs per tech.'),
      h('div', { class: 'row' }, picker.el, run),
      bar.el,
      out,
    );
  },
};

function renderSla(r: SlaResult): HTMLElement {
  const s = r.summary;
  const groups: [string, SlaGroup][] = [
    ['All customers', s.overall],
    ['Managed', s.managed],
    ['Block hours', s.blockHours],
    ['Break-fix / T&M', s.breakFix],
    ...Object.entries(s.byPriority).map(([p, g]) => [p, g] as [string, SlaGroup]),
  ];
  return h(
    'div',
    {},
    h('h3', {}, 'SLA'),
    h(
      'div',
      { class: 'cards' },
      card('Response met', percent(s.overall.response.rate), 'sla-response'),
      card('Resolution met', percent(s.overall.resolution.rate), 'sla-resolution'),
      card(`At risk (${r.atRiskHours} h)`, String(r.atRisk.length), 'sla-at-risk', r.atRisk.length > 0),
    ),
    dataTable(
      'SLA by customer type and priority',
      [
        { header: 'Group', value: ([n]: [string, SlaGroup]) => n },
        { header: 'Tickets', value: ([, g]) => String(g.tickets), numeric: true },
        { header: 'Response', value: ([, g]) => percent(g.response.rate), numeric: true },
        { header: 'Resolution', value: ([, g]) => percent(g.resolution.rate), numeric: true },
      ],
      groups,
      { hot: ([, g]) => (g.resolution.rate ?? 1) < 0.9 },
    ),
  );
}

function renderKpis(r: KpiResult): HTMLElement {
  const o = r.overall;
  return h(
    'div',
    {},
    h('h3', {}, 'KPIs'),
    h(
      'div',
      { class: 'cards' },
      card('Utilization', percent(o.utilization), 'kpi-utilization'),
      card('Billable util.', percent(o.billableUtilization)),
      card('MTTR (mean)', hours(o.mttrMeanHours)),
      card('FCR', percent(o.fcr)),
      card('CSAT', o.csat.positive === null ? `N/A (${o.csat.answered} answers)` : percent(o.csat.positive)),
      card('DSO', o.dsoDays === null ? 'N/A' : `${plain(o.dsoDays)} days`),
    ),
    dataTable(
      'KPIs per resource',
      [
        { header: 'Resource', value: (x: Resource) => x.resource },
        { header: 'Team', value: (x) => x.team ?? '' },
        { header: 'Util.', value: (x) => percent(x.utilization), numeric: true },
        { header: 'MTTR', value: (x) => hours(x.mttrMeanHours), numeric: true },
        { header: 'SLA res.', value: (x) => percent(x.slaResolution), numeric: true },
        { header: 'FCR', value: (x) => percent(x.fcr), numeric: true },
        { header: 'Open', value: (x) => String(x.openTickets), numeric: true },
      ],
      r.resources,
      { testid: 'kpi-resources' },
    ),
    h('p', { class: 'hint' }, r.definitions.utilization),
  );
}
