/**
 * "New MSP Sync workbook": every table on its own sheet as an Excel table (header row first, values written
 * in budgeted batches) with drop-down lists. Refuses, before writing anything, when a sheet of one of
 * those names already exists.
 */
import type { SheetSource } from '../../core/workbook';
import { columnLetter } from '../../core/workbook/address';
import { CELL_BUDGET, planBatches } from './chunks';
import type { ExcelRun } from './excel-run';
import { columnFormats } from './column-formats';
import { validationLists } from './validation-lists';

export async function createTables(run: ExcelRun, tables: readonly SheetSource[], budget = CELL_BUDGET): Promise<void> {
  if (tables.length === 0) return;
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const existing = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const clash = tables.filter((t) => existing.has(t.name.toLowerCase())).map((t) => t.name);
    if (clash.length > 0) throw new Error(`The workbook already has sheets named ${clash.join(', ')}; use a new workbook`);

    const width = (t: SheetSource) => Math.max(1, ...t.values.map((r) => r.length));
    const added = tables.map((t) => sheets.add(t.name));
    const formats = tables.map(columnFormats);
    // Formats ride along with the values, so they count against the same cell budget.
    for (const batch of planBatches(tables.map((t, i) => ({ rows: t.values.length, columns: width(t) + formats[i].length })), budget)) {
      context.application.suspendApiCalculationUntilNextSync();
      for (const piece of batch) {
        const t = tables[piece.table];
        const w = width(t);
        const block = t.values.slice(piece.start, piece.start + piece.count).map((row) => {
          const out = new Array<unknown>(w);
          for (let j = 0; j < w; j++) out[j] = row[j] ?? '';
          return out;
        });
        added[piece.table].getRangeByIndexes(piece.start, 0, piece.count, w).values = block;
        const dataStart = Math.max(1, piece.start);
        const dataCount = piece.start + piece.count - dataStart;
        if (dataCount > 0) {
          for (const f of formats[piece.table]) {
            added[piece.table].getRangeByIndexes(dataStart, f.column, dataCount, 1).numberFormat = Array.from({ length: dataCount }, () => [f.format]);
          }
        }
      }
      await context.sync();
    }

    const lists = validationLists(tables);
    tables.forEach((t, i) => {
      const w = width(t);
      const rows = Math.max(2, t.values.length); // an Excel table needs a body row
      const table = added[i].tables.add(`A1:${columnLetter(w - 1)}${rows}`, true);
      table.name = t.name;
      for (const list of lists.filter((l) => l.table === t.name)) {
        const body = table.columns.getItemAt(list.column).getDataBodyRange();
        body.dataValidation.rule = { list: { inCellDropDown: true, source: list.source } };
      }
      added[i].getRangeByIndexes(0, 0, Math.min(rows, 200), w).format.autofitColumns();
    });
    added[0].activate();
    await context.sync();
  });
}
