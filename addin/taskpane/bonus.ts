/** Bonus tab: pick a month, compute payouts per employee (attainment per metric, pool, cap, % of base). */
import type { BonusEmployee, BonusMetricResult, BonusResult } from '../../core/bonus';
import { runBonus } from '../engine/jobs';
import { runJob, type TabDef } from './context';
import { h, replace } from './dom';
import { pacedPort } from './engines';
import { money, percent, plain } from './format';
import { previousMonth } from './month';
import { card, dataTable, findingsList, monthPicker, progress } from './widgets';

export const bonusTab: TabDef = {
  id: 'bonus',
  label: 'Bonus',
  render(ctx) {
    const picker = monthPicker('bonus-month', previousMonth(ctx.today));
    const run = h('button', { class: 'btn btn-primary', type: 'button', 'data-testid': 'run-bonus' }, 'Compute payouts');
    const bar = progress();
    const out = h('div', { 'data-testid': 'bonus-result' });

    run.addEventListener('click', () =>
      runJob(ctx, run, 'Computing bonuses…', async () => {
        const month = picker.input.value;
        if (!/^\d{4}-\d{2}$/.test(month)) throw new Error('Pick a month first');
        try {
          const r = await runBonus(pacedPort(ctx.port), { month, onPhase: (f, l) => bar.set(f, l) });
          replace(out, renderBonus(r), h('h3', {}, 'Findings'), findingsList(r.findings, (cell) => void ctx.port.selectCell(cell).catch(() => undefined)));
          return `Bonuses for ${month}: ${money(total(r.employees), r.currency)} in total, written to the Bonus sheet.`;
        } finally {
          bar.done();
        }
      }),
    );

    return h(
      'div',
      {},
      h('h2', {}, 'Bonus'),
      h('p', { class: 'hint' }, 'Each plan’s pool (a share of the month’s revenue, or a fixed amount) paid by attainment of its 3–4 metrics, split across its employees, prorated and capped.'),
      h('div', { class: 'row' }, picker.el, run),
      bar.el,
      out,
    );
  },
};

const total = (es: readonly BonusEmployee[]) => Math.round(es.reduce((n, e) => n + e.payout, 0) * 100) / 100;

function renderBonus(r: BonusResult): HTMLElement {
  const withheld = r.employees.reduce((n, e) => n + e.withheld, 0);
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'cards' },
      card('Total payout', money(total(r.employees), r.currency), 'bonus-total'),
      card('Pools', money(r.plans.reduce((n, p) => n + p.pool, 0), r.currency)),
      card('Withheld by caps', money(withheld, r.currency), undefined, withheld > 0),
    ),
    dataTable(
      'Payouts per employee',
      [
        { header: 'Employee', value: (e: BonusEmployee) => e.employee },
        { header: 'Plan', value: (e) => e.plan ?? '—' },
        { header: 'Attain.', value: (e) => (e.gateMissed ? 'gate missed' : percent(e.attainment)), numeric: true },
        { header: 'Payout', value: (e) => money(e.payout, r.currency), numeric: true },
        { header: '% of base', value: (e) => percent(e.percentOfBase, 1), numeric: true },
      ],
      r.employees,
      { hot: (e) => e.gateMissed || e.payout === 0, testid: 'bonus-employees' },
    ),
    h('h3', {}, 'Metrics'),
    r.employees.map((e) =>
      h(
        'details',
        {},
        h('summary', {}, `${e.employee} — ${money(e.payout, r.currency)}`),
        dataTable(
          `${e.employee}'s metrics`,
          [
            { header: 'Metric', value: (m: BonusMetricResult) => `${m.metric}${m.gate ? ' (gate)' : ''}` },
            { header: 'Actual', value: (m) => show(m.metric, m.actual), numeric: true },
            { header: 'Goal', value: (m) => `${m.direction === 'at_most' ? '≤' : '≥'} ${show(m.metric, m.goal)}`, numeric: true },
            { header: 'Attain.', value: (m) => percent(m.attainment), numeric: true },
          ],
          e.metrics,
          { hot: (m) => !m.met },
        ),
        e.notes.length ? h('ul', { class: 'hint' }, e.notes.map((n) => h('li', {}, n))) : null,
      ),
    ),
  );
}

/** Percent metrics are fractions (0.99 = 99 %); N/A actuals count as missed. */
function show(metric: string, v: number | null): string {
  if (v === null) return 'N/A';
  return metric.trim().endsWith('%') ? percent(v, 1) : plain(v);
}
