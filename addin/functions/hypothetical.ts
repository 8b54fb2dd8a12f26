/**
 * Questions about one entry or ticket that is not in the workbook ("is this covered?", "when is a P2 due?")
 * answered by the same engines as the full runs: the question becomes a one-row TimeEntries or Tickets
 * table next to the cached parsed workbook, so the answer can never drift from the invoice check or SLA.
 */
import type { Finding } from '../../core/findings';
import { parseWorkbook, type SheetSource, type TableName, type Workbook } from '../../core/workbook';
import { emptyTable } from '../../core/workbook/parse-table';
import { FunctionArgError } from './argument-error';

/** Parses a one-row table exactly as a real sheet would be parsed. */
export function withOneRow(wb: Workbook, name: TableName, header: string[], row: unknown[], alsoEmpty: readonly TableName[] = []): Workbook {
  const source: SheetSource = { name, values: [header, row] };
  const parsed = parseWorkbook([source], { only: [name] });
  const out = { ...wb, [name]: parsed[name], findings: parsed.findings } as Workbook;
  for (const t of alsoEmpty) (out as unknown as Record<string, unknown>)[t] = emptyTable(t);
  return out;
}

/** The first error about the hypothetical row, without its made-up cell address. */
export function rowProblem(findings: readonly Finding[], sheet: string): string | undefined {
  const f = findings.find((x) => x.severity === 'error' && x.cell?.startsWith(`${sheet}!`));
  return f?.message;
}

export function fail(message: string | undefined, fallback: string): never {
  throw new FunctionArgError(message ?? fallback);
}
