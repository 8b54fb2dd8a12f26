/**
 * `msp-sync invoice-check BOOK.xlsx [--json] [--out RESULT.xlsx] [--time-entries EXPORT.csv] [--month YYYY-MM]`:
 * every time entry covered, billable or non-billable with its reason, price and leakage (DESIGN §4.2, §5).
 */
import { checkInvoices, type InvoiceResult } from '../../../core/invoice';
import { headerKey } from '../../../core/names';
import { parseWorkbook } from '../../../core/workbook/parse-workbook';
import type { SheetSource } from '../../../core/workbook';
import { readTimeEntriesCsv } from '../../csv/time-entries-csv';
import { addInvoiceSheets } from '../../xlsx/invoice-sheets';
import { loadWorkbook, workbookSources } from '../../xlsx/read-workbook';
import { saveWorkbook } from '../../xlsx/write-sheet';
import { monthArg, onePositional, parseCommandArgs } from '../args';
import { UsageError, type CliIo, type Command } from '../io';
import { exitCodeFor, formatFindings, printJson } from '../report';

const USAGE = 'invoice-check BOOK.xlsx [--json] [--out RESULT.xlsx] [--time-entries EXPORT.csv] [--month YYYY-MM]';

export const invoiceCheck: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, out: { type: 'string' }, 'time-entries': { type: 'string' }, month: { type: 'string' } },
    USAGE,
  );
  const path = onePositional(positionals, 'one workbook path', USAGE);
  const month = monthArg(values.month, USAGE);
  if (values.out !== undefined && !/\.xlsx$/i.test(values.out)) throw new UsageError(`--out must name an .xlsx file, got "${values.out}" (usage: msp-sync ${USAGE})`);

  const book = await loadWorkbook(path);
  let sources: SheetSource[] = workbookSources(book);
  if (values['time-entries'] !== undefined) {
    const csv = await readTimeEntriesCsv(values['time-entries']);
    // The export replaces the workbook's TimeEntries sheet.
    sources = [...sources.filter((s) => headerKey(s.name) !== headerKey('TimeEntries')), csv];
  }
  const wb = parseWorkbook(sources, { only: ['Services', 'ServiceGrid', 'Agreements', 'OneOffs', 'Roles', 'WorkTypes', 'TimeEntries', 'Calendar', 'Holidays'] });
  const result = checkInvoices(wb, { month });

  if (values.out !== undefined) {
    addInvoiceSheets(book, result);
    await saveWorkbook(book, values.out);
  }
  if (values.json) printJson(io, result);
  else printHuman(io, path, result, values.out, wb.settings.currency);
  return exitCodeFor(result.findings);
};

function printHuman(io: CliIo, path: string, r: InvoiceResult, out: string | undefined, currency: string): void {
  const count = (o: string) => r.entries.filter((e) => e.outcome === o).length;
  io.out(`${path}: ${r.entries.length} time entries — ${count('covered')} covered, ${count('billable')} billable, ${count('non_billable')} non-billable, ${count('invalid')} invalid`);
  const money = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const hours = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const rows = [
    ['Customer', 'Covered h', 'Billable h', `Billable ${currency}`, 'Non-bill h', 'Invalid', 'Leakage', 'Overbilled'],
    ...r.customers.map((c) => [c.customer || '(no customer)', hours(c.coveredHours), hours(c.billableHours), money(c.billableAmount), hours(c.nonBillableHours), String(c.invalid), money(c.leakage), money(c.overbilled)]),
  ];
  const total = (pick: (c: InvoiceResult['customers'][number]) => number) => r.customers.reduce((a, c) => a + Math.round(pick(c) * 100), 0) / 100;
  rows.push(['Total', hours(total((c) => c.coveredHours)), hours(total((c) => c.billableHours)), money(total((c) => c.billableAmount)), hours(total((c) => c.nonBillableHours)), String(total((c) => c.invalid)), money(total((c) => c.leakage)), money(total((c) => c.overbilled))]);
  const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => row[j].length)));
  for (const row of rows) io.out(row.map((v, j) => (j === 0 ? v.padEnd(widths[j]) : v.padStart(widths[j]))).join('  '));
  for (const line of formatFindings(r.findings)) io.out(line);
  if (out) io.out(`Wrote ${out} with the "Invoice Check" and "Invoice Summary" sheets`);
}
