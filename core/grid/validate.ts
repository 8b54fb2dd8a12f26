/**
 * Services-grid validation (DESIGN §4.1): every check, each with a stable code and the cell it is about.
 * Returns only its own findings; the parser's cell findings are in `wb.findings`.
 */
import type { Finding } from '../findings';
import { requireTables } from '../workbook/parse-workbook';
import type { Workbook } from '../workbook/parse-workbook';
import { checkAgreementCoverage, checkAgreementRows } from './checks/agreements';
import { checkRoleRates, checkWorkTypeCount, checkZeroPrices } from './checks/catalog';
import type { CheckContext } from './checks/context';
import { checkDuplicates } from './checks/duplicates';
import { checkMatrices } from './checks/matrix';
import { checkOneOffs } from './checks/one-offs';
import { checkSoldVsConfigured } from './checks/sold-vs-configured';
import { checkTimeEntryNames } from './checks/time-entry-names';
import { buildGridModel } from './model';

export interface ValidateGridOptions {
  /** YYYY-MM-DD: "active" agreements and "expired" one-offs are judged on this date. Default: today (UTC). */
  asOf?: string;
}

/** The tables without which there is no grid to validate. */
export const GRID_TABLES = ['Services', 'ServiceGrid', 'Agreements'] as const;

const CHECKS: ((ctx: CheckContext) => Finding[])[] = [
  checkDuplicates,
  checkMatrices,
  checkAgreementRows,
  checkAgreementCoverage,
  checkOneOffs,
  checkSoldVsConfigured,
  checkZeroPrices,
  checkRoleRates,
  checkWorkTypeCount,
  checkTimeEntryNames,
];

export function validateGrid(wb: Workbook, options: ValidateGridOptions = {}): Finding[] {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const ctx: CheckContext = { wb, model: buildGridModel(wb), asOf };
  const findings = requireTables(wb, GRID_TABLES);
  for (const check of CHECKS) findings.push(...check(ctx));
  return findings;
}
