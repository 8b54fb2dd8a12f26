/** BONUS: an employee's payout for a month, from core's bonus engine (DESIGN §4.5). */
import type { BonusResult } from '../../core/bonus';
import { nameKey } from '../../core/names';
import { TABLE_NAMES, type TableName } from '../../core/workbook';
import { FunctionArgError } from './argument-error';

/** Bonus metrics span tickets, time, finance and the grid: every table. */
export const BONUS_TABLES: readonly TableName[] = TABLE_NAMES;

export function bonusPayout(result: BonusResult, employee: string): number {
  const k = nameKey(employee);
  const row = result.employees.find((e) => nameKey(e.employee) === k);
  if (!row) {
    const problem = result.findings.find((f) => f.severity === 'error' && f.code === 'missing_table');
    throw new FunctionArgError(problem ? problem.message : `no employee named "${employee}" in Employees`);
  }
  return row.payout;
}
