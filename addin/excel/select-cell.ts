/** Jumps to a finding's cell: activates its sheet and selects the cell. */
import { columnLetter, parseAddress } from '../../core/workbook/address';
import type { ExcelRun } from './excel-run';
import { sheetResolver } from './locate';

export async function selectCell(run: ExcelRun, address: string): Promise<void> {
  const p = parseAddress(address);
  if (!p) throw new Error(`"${address}" is not a cell address like TimeEntries!F12`);
  await run(async (context) => {
    const sheet = (await sheetResolver(context))(p.sheet);
    if (!sheet) throw new Error(`The workbook has no sheet named "${p.sheet}" (for ${address})`);
    sheet.activate();
    sheet.getRange(`${columnLetter(p.col0)}${p.row0 + 1}`).select();
    await context.sync();
  });
}
