/** What every grid check receives: the parsed workbook, the name lookups and the date "active" means. */
import type { ParsedTable } from '../../workbook/parse-table';
import type { Workbook } from '../../workbook/parse-workbook';
import type { GridModel } from '../model';

export interface CheckContext {
  wb: Workbook;
  model: GridModel;
  /** YYYY-MM-DD: agreements and one-offs are judged as of this date. */
  asOf: string;
}

/**
 * A table can be checked when it exists and its header has every required column. A table whose
 * header is broken has no rows: checking against it would report every reference as unknown.
 */
export function usable(table: ParsedTable<unknown>): boolean {
  return table.present && !table.findings.some((f) => f.code === 'missing_column');
}
