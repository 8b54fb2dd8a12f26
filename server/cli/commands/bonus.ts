/** `msp-sync bonus BOOK.xlsx --month YYYY-MM [--json] [--out RESULT.xlsx]`: the monthly bonus close (DESIGN §4.5). */
import { computeBonus, type BonusResult } from '../../../core/bonus';
import { parseWorkbook } from '../../../core/workbook/parse-workbook';
import { addBonusSheet } from '../../xlsx/bonus-sheet';
import { saveWorkbook } from '../../xlsx/write-sheet';
import { monthArg, onePositional, parseCommandArgs } from '../args';
import { UsageError, type CliIo, type Command } from '../io';
import { exitCodeFor, formatFindings, printJson } from '../report';
import { num, outArg, pct, printTable, readBook } from './sla';

const USAGE = 'bonus BOOK.xlsx --month YYYY-MM [--json] [--out RESULT.xlsx]';

export const bonus: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, out: { type: 'string' }, month: { type: 'string' } }, USAGE);
  const path = onePositional(positionals, 'one workbook path', USAGE);
  const month = monthArg(values.month, USAGE);
  if (!month) throw new UsageError(`--month YYYY-MM is required (usage: msp-sync ${USAGE})`);
  const out = outArg(values.out, USAGE);
  const { book, sources } = await readBook(path);
  const wb = parseWorkbook(sources);
  const result = computeBonus(wb, { month });
  if (out) {
    addBonusSheet(book, result);
    await saveWorkbook(book, out);
  }
  if (values.json) printJson(io, result);
  else printHuman(io, path, result, out);
  return exitCodeFor(result.findings);
};

function printHuman(io: CliIo, path: string, r: BonusResult, out: string | undefined): void {
  io.out(`${path}: bonus for ${r.month} (${r.currency})`);
  printTable(io, [
    ['Employee', 'Plan', 'Attainment', 'Pool', 'Proration', 'Withheld', 'Payout', '% of base'],
    ...r.employees.map((e) => [e.employee, e.plan ?? '-', num(e.attainment, 3), num(e.pool), num(e.prorationFactor, 3), num(e.withheld), num(e.payout), pct(e.percentOfBase)]),
  ]);
  for (const e of r.employees) {
    const missed = e.metrics.filter((m) => !m.met).map((m) => `${m.metric}${m.note ? ` (${m.note})` : ''}`);
    if (missed.length > 0 || e.notes.length > 0) io.out(`  ${e.employee}: ${[...e.notes, ...missed.map((m) => `missed ${m}`)].join('; ')}`);
  }
  for (const line of formatFindings(r.findings)) io.out(line);
  if (out) io.out(`Wrote ${out} with the "Bonus" sheet`);
}
