/** "Bonus": one row per employee (attainment, payout, % of base, withheld by the cap, each metric in words) and a payout chart. */
import type { BonusMetricResult, BonusResult } from '../../../core/bonus';
import type { ResultSheetData } from '../../excel/port';
import { FILL } from '../colors';

function metricText(m: BonusMetricResult): string {
  const actual = m.actual === null ? 'N/A' : String(Math.round(m.actual * 1000) / 1000);
  return `${m.metric} ${actual} (goal ${m.goal}${m.gate ? ', gate' : ''}) ${m.met ? 'met' : 'missed'}`;
}

export function bonusSheet(r: BonusResult): ResultSheetData {
  return {
    name: 'Bonus',
    header: ['Employee', 'Plan', 'Team', 'Monthly Base', 'Attainment', 'Payout', '% of Base', 'Withheld by Cap', 'Gate Missed', 'Metrics', 'Notes'],
    rows: r.employees.map((e) => [
      e.employee, e.plan, e.team, e.monthlyBase, e.attainment, e.payout, e.percentOfBase, e.withheld, e.gateMissed ? 'Y' : '',
      e.metrics.map(metricText).join('; '), e.notes.join('; '),
    ]),
    fills: r.employees.map((e) => (e.gateMissed ? FILL.error : e.payout > 0 ? FILL.good : null)),
    formats: { 'Monthly Base': '#,##0.00', Attainment: '0%', Payout: '#,##0.00', '% of Base': '0.0%', 'Withheld by Cap': '#,##0.00' },
    chart: { title: `Bonus payout ${r.month} (${r.currency})`, categoryColumn: 0, valueColumns: [5] },
  };
}
