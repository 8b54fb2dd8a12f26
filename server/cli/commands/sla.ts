/**
 * `msp-sync sla BOOK.xlsx [--month YYYY-MM] [--as-of ISO] [--at-risk-hours N] [--json] [--out RESULT.xlsx]`:
 * due dates and met/missed per ticket in business time, managed vs break-fix, at-risk list (DESIGN §4.3).
 * Without --as-of the report is as of now.
 */
import { parseAsOf, zoneClock } from '../../../core/calendar/zone';
import { computeSla, type SlaGroup, type SlaResult } from '../../../core/sla';
import { parseWorkbook } from '../../../core/workbook/parse-workbook';
import { loadWorkbook, workbookSources } from '../../xlsx/read-workbook';
import { addSlaSheet } from '../../xlsx/sla-sheet';
import { saveWorkbook } from '../../xlsx/write-sheet';
import { monthArg, onePositional, parseCommandArgs } from '../args';
import { UsageError, type CliIo, type Command } from '../io';
import { exitCodeFor, formatFindings, printJson } from '../report';

const USAGE = 'sla BOOK.xlsx [--month YYYY-MM] [--as-of ISO] [--at-risk-hours N] [--json] [--out RESULT.xlsx]';

/** `--as-of`: an ISO date or date-time (wall-clock in the workbook zone unless it carries an offset). Default: now. */
export function asOfArg(value: string | undefined, usage: string): string {
  if (value === undefined) return new Date().toISOString();
  if (parseAsOf(value, zoneClock('UTC')) === null) throw new UsageError(`--as-of must be an ISO date or date-time, got "${value}" (usage: msp-sync ${usage})`);
  return value;
}

export function outArg(value: string | undefined, usage: string): string | undefined {
  if (value !== undefined && !/\.xlsx$/i.test(value)) throw new UsageError(`--out must name an .xlsx file, got "${value}" (usage: msp-sync ${usage})`);
  return value;
}

/** Loads the workbook once: the sources for core and the exceljs book for --out. */
export async function readBook(path: string) {
  const book = await loadWorkbook(path);
  return { book, sources: workbookSources(book) };
}

/** Left-aligned first column, right-aligned others. */
export function printTable(io: CliIo, rows: string[][]): void {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => (row[j] ?? '').length)));
  for (const row of rows) io.out(row.map((v, j) => (j === 0 ? v.padEnd(widths[j]) : (v ?? '').padStart(widths[j]))).join('  ').trimEnd());
}

export const pct = (v: number | null | undefined) => (v === null || v === undefined ? 'N/A' : `${(v * 100).toFixed(1)}%`);
export const num = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? 'N/A' : v.toFixed(digits));

export const sla: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, out: { type: 'string' }, month: { type: 'string' }, 'as-of': { type: 'string' }, 'at-risk-hours': { type: 'string' } },
    USAGE,
  );
  const path = onePositional(positionals, 'one workbook path', USAGE);
  const month = monthArg(values.month, USAGE);
  const asOf = asOfArg(values['as-of'], USAGE);
  const out = outArg(values.out, USAGE);
  const atRiskHours = values['at-risk-hours'] === undefined ? undefined : Number(values['at-risk-hours']);
  if (atRiskHours !== undefined && !(atRiskHours >= 0)) throw new UsageError(`--at-risk-hours must be a number ≥ 0 (usage: msp-sync ${USAGE})`);

  const { book, sources } = await readBook(path);
  const wb = parseWorkbook(sources, { only: ['Tickets', 'TicketEvents', 'SLA', 'Calendar', 'Holidays', 'Agreements', 'Tiers'] });
  const result = computeSla(wb, { month, asOf, atRiskHours });
  if (out) {
    addSlaSheet(book, result);
    await saveWorkbook(book, out);
  }
  if (values.json) printJson(io, result);
  else printHuman(io, path, result, out);
  return exitCodeFor(result.findings);
};

function printHuman(io: CliIo, path: string, r: SlaResult, out: string | undefined): void {
  io.out(`${path}: ${r.tickets.length} tickets${r.month ? ` in ${r.month}` : ''}, as of ${r.asOf} (${r.timeZone})`);
  const row = (name: string, g: SlaGroup) => [name, String(g.tickets), `${g.response.met}/${g.response.met + g.response.missed}`, pct(g.response.rate), `${g.resolution.met}/${g.resolution.met + g.resolution.missed}`, pct(g.resolution.rate)];
  const s = r.summary;
  printTable(io, [
    ['Group', 'Tickets', 'Response', 'Resp %', 'Resolution', 'Res %'],
    row('Managed', s.managed),
    row('Block hours', s.blockHours),
    row('Break-fix / T&M', s.breakFix),
    ...(['P1', 'P2', 'P3', 'P4'] as const).map((p) => row(p, s.byPriority[p])),
    row('Overall', s.overall),
  ]);
  if (r.atRisk.length > 0) {
    io.out(`At risk (due within ${r.atRiskHours} business hours):`);
    for (const a of r.atRisk) io.out(`  ${a.ticket}  ${a.customer}  ${a.clock} due ${a.due} (${num(a.businessHoursLeft)} h left)${a.resource ? `  ${a.resource}` : ''}`);
  }
  for (const line of formatFindings(r.findings)) io.out(line);
  if (out) io.out(`Wrote ${out} with the "SLA" sheet`);
}
