/** The parse findings of the tables an engine reads (plus Settings), so each report shows its own input problems. */
import type { Finding } from '../findings';
import { quoteSheet } from '../workbook/address';
import type { Workbook } from '../workbook/parse-workbook';
import type { TableName } from '../workbook/tables';

export function inputFindings(wb: Workbook, tables: readonly TableName[]): Finding[] {
  const names: TableName[] = ['Settings', ...tables.filter((t) => t !== 'Settings')];
  const out: Finding[] = [];
  const seen = new Set<Finding>();
  for (const name of names) for (const f of wb[name].findings) if (!seen.has(f)) (seen.add(f), out.push(f));
  // Findings made after the table pass (settings values, TimeEntries Start/End) live only in wb.findings.
  const prefixes = names.map((n) => `${quoteSheet(wb[n].sheet)}!`);
  for (const f of wb.findings) {
    if (seen.has(f)) continue;
    if (f.cell !== null && prefixes.some((p) => f.cell!.startsWith(p))) (seen.add(f), out.push(f));
  }
  return out;
}
