/** `msp-sync template [--demo] OUT.xlsx`: an empty MSP Sync workbook, or one filled with the demo MSP. */
import { demoWorkbook } from '../../../core/demo';
import { buildTemplate } from '../../xlsx/template';
import { saveWorkbook } from '../../xlsx/write-sheet';
import { onePositional, parseCommandArgs } from '../args';
import { EXIT_OK, UsageError, type Command } from '../io';

const USAGE = 'template [--demo] OUT.xlsx';

export const template: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { demo: { type: 'boolean' } }, USAGE);
  const path = onePositional(positionals, 'one output path', USAGE);
  if (!/\.xlsx$/i.test(path)) throw new UsageError(`the output must be an .xlsx file, got "${path}" (usage: msp-sync ${USAGE})`);
  const data = values.demo ? demoWorkbook() : [];
  const wb = buildTemplate(data);
  try {
    await saveWorkbook(wb, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write ${path}: ${code === 'ENOENT' ? 'no such directory' : code ?? (e as Error).message}`);
  }
  const rows = data.reduce((n, s) => n + Math.max(0, s.values.length - 1), 0);
  io.out(values.demo ? `Wrote ${path}: ${wb.worksheets.length} tables with the demo MSP (${rows} rows)` : `Wrote ${path}: ${wb.worksheets.length} empty tables`);
  return EXIT_OK;
};
