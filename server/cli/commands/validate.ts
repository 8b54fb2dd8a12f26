/** `msp-sync validate BOOK.xlsx [--json] [--as-of YYYY-MM-DD]`: the workbook's cell findings and the services-grid checks. */
import { validateGrid } from '../../../core/grid/validate';
import { isEmptyCell } from '../../../core/workbook/cells';
import { isValidYmd } from '../../../core/workbook/dates';
import { parseWorkbook } from '../../../core/workbook/parse-workbook';
import { readWorkbookSources } from '../../xlsx/read-workbook';
import { onePositional, parseCommandArgs } from '../args';
import { UsageError, type Command } from '../io';
import { exitCodeFor, formatFindings, printJson } from '../report';

const USAGE = 'validate BOOK.xlsx [--json] [--as-of YYYY-MM-DD]';

export function asOfArg(value: string | undefined, today: string): string {
  if (value === undefined) return today;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new UsageError(`--as-of must be a date YYYY-MM-DD, got "${value}" (usage: msp-sync ${USAGE})`);
  }
  return value;
}

export const validate: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, 'as-of': { type: 'string' } }, USAGE);
  const path = onePositional(positionals, 'one workbook path', USAGE);
  const asOf = asOfArg(values['as-of'], new Date().toISOString().slice(0, 10));
  const sources = await readWorkbookSources(path);
  if (!sources.some((s) => s.values.some((row) => row.some((v) => !isEmptyCell(v))))) {
    throw new UsageError(`${path} is empty: none of its sheets holds a value`);
  }
  const wb = parseWorkbook(sources);
  const findings = [...wb.findings, ...validateGrid(wb, { asOf })];
  if (values.json) printJson(io, { findings });
  else {
    io.out(`${path}: services grid as of ${asOf}`);
    for (const line of formatFindings(findings)) io.out(line);
  }
  return exitCodeFor(findings);
};
