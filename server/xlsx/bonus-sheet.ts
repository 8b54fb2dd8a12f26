/** The "Bonus" result sheet: per employee one row per metric, then the employee's payout row (bold fill). */
import type ExcelJS from 'exceljs';
import type { BonusResult } from '../../core/bonus';
import { addResultSheet } from './write-sheet';

const TOTAL = 'FFDDEBF7';

export function addBonusSheet(book: ExcelJS.Workbook, r: BonusResult): void {
  const rows: unknown[][] = [];
  const fills: (string | undefined)[] = [];
  for (const e of r.employees) {
    for (const m of e.metrics) {
      rows.push([e.employee, e.plan, e.team, m.metric, m.actual ?? 'N/A', m.goal, m.direction === 'at_most' ? 'at most' : 'at least', m.mode, m.gate ? 'Y' : '', m.weight, m.attainment, m.met ? 'Met' : 'Missed', m.payout, null, null, null, m.note]);
      fills.push(undefined);
    }
    rows.push([e.employee, e.plan, e.team, 'Total', null, null, null, null, e.gateMissed ? 'missed' : '', null, e.attainment, null, e.payout, e.percentOfBase, e.prorationFactor, e.withheld, e.notes.join('; ')]);
    fills.push(TOTAL);
  }
  addResultSheet(book, {
    name: 'Bonus',
    header: ['Employee', 'Plan', 'Team', 'Metric', 'Actual', 'Goal', 'Direction', 'Mode', 'Gate', 'Weight', 'Attainment', 'Met', `Payout ${r.currency}`, '% of Base', 'Proration', 'Withheld', 'Note'],
    rows,
    fills,
    formats: { [`Payout ${r.currency}`]: '#,##0.00', '% of Base': '0.0%', Withheld: '#,##0.00', Attainment: '0.000', Weight: '0.000' },
  });
}
