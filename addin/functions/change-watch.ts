/**
 * Keeps the functions' cache true: registers (once) worksheet change, add and delete handlers, and drops
 * what depends on the sheet that changed. Returns false when Excel cannot raise these events (older hosts):
 * the caller then does not cache at all.
 */
import type { ExcelRun } from '../excel/excel-run';
import type { WorkbookCache } from './workbook-cache';

let registered: Promise<boolean> | null = null;

export function watchWorkbook(run: ExcelRun, cache: WorkbookCache): Promise<boolean> {
  registered ??= register(run, cache).catch(() => false);
  return registered;
}

async function sheetName(run: ExcelRun, id: string): Promise<string | null> {
  try {
    return await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(id);
      sheet.load('name');
      await context.sync();
      return sheet.isNullObject ? null : sheet.name;
    });
  } catch {
    return null;
  }
}

async function register(run: ExcelRun, cache: WorkbookCache): Promise<boolean> {
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.onChanged.add(async (event) => {
      const name = await sheetName(run, event.worksheetId);
      if (name === null) cache.clear();
      else cache.invalidateSheet(name);
    });
    // A new or deleted sheet may be (or hold) a table the functions read.
    sheets.onAdded.add(async () => cache.clear());
    sheets.onDeleted.add(async () => cache.clear());
    await context.sync();
  });
  return true;
}
