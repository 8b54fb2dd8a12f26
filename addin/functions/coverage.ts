/**
 * COVERAGE and BILLABLE: how the invoice check would classify one entry (customer, role, work type,
 * service, date, hours) under the workbook's agreements, grid and one-offs. A Block Hours agreement is
 * judged on its terms (the entry is covered while the block has hours), not on what other entries used.
 */
import { checkInvoices, type EntryResult } from '../../core/invoice';
import type { TableName, Workbook } from '../../core/workbook';
import { fail, rowProblem, withOneRow } from './hypothetical';

export const COVERAGE_TABLES: readonly TableName[] = ['Settings', 'Services', 'Tiers', 'ServiceGrid', 'Agreements', 'OneOffs', 'Roles', 'WorkTypes', 'Calendar', 'Holidays'];

export interface EntryQuestion {
  customer: string;
  role: string;
  workType: string;
  service?: string;
  /** An Excel date serial or date text; already defaulted to today by the caller. */
  date: string | number;
  hours: number;
}

export function classifyOne(wb: Workbook, q: EntryQuestion): EntryResult {
  const one = withOneRow(wb, 'TimeEntries', ['Date', 'Customer', 'Role', 'Work Type', 'Service', 'Hours'], [q.date, q.customer, q.role, q.workType, q.service ?? '', q.hours]);
  const result = checkInvoices(one);
  const entry = result.entries[0];
  if (!entry) fail(rowProblem(one.findings, 'TimeEntries'), 'the entry could not be read');
  if (entry.outcome === 'invalid') fail(rowProblem([...result.findings, ...one.findings], 'TimeEntries'), `${entry.reason.replace(/_/g, ' ')}: ${entry.source}`);
  return entry;
}

/** "covered: covered", "billable: excluded_role", "non_billable: non_billable_work_type". */
export function coverageText(entry: EntryResult): string {
  return `${entry.outcome}: ${entry.reason}`;
}
