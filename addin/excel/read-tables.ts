/**
 * Reads workbook tables as SheetSources (Range.values + where they sit), in batched requests:
 * one sync to list sheets and tables, one to size the ranges, then one per batch of ≤ budget cells.
 */
import { headerKey } from '../../core/names';
import { TABLE_NAMES, type SheetSource, type TableName } from '../../core/workbook';
import { CELL_BUDGET, isPayloadTooLarge, nextBatch } from './chunks';
import type { ExcelRun } from './excel-run';
import { findByName } from './locate';

interface Located {
  name: string;
  sheet: Excel.Worksheet;
  range: Excel.Range;
  /** Set for an Excel table on a sheet of another name: the sheet its cells are addressed by. */
  sheetName?: string;
}

export async function readTables(run: ExcelRun, names: readonly TableName[] = TABLE_NAMES, budget = CELL_BUDGET): Promise<SheetSource[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    const tables = context.workbook.tables;
    sheets.load('items/name');
    tables.load('items/name');
    await context.sync();

    const located: Located[] = [];
    const tableSheets: { found: Located; table: Excel.Table; wanted: string }[] = [];
    for (const wanted of names) {
      const table = findByName(tables.items, wanted);
      if (table) {
        const sheet = table.worksheet;
        sheet.load('name');
        const found: Located = { name: table.name, sheet, range: table.getRange() };
        tableSheets.push({ found, table, wanted });
        located.push(found);
        continue;
      }
      const sheet = findByName(sheets.items, wanted);
      if (sheet) located.push({ name: sheet.name, sheet, range: sheet.getUsedRangeOrNullObject(true) });
    }
    for (const l of located) l.range.load('rowIndex,columnIndex,rowCount,columnCount');
    await context.sync();

    // An Excel table is found by its name and its cells are addressed by the sheet they are on.
    for (const { found, wanted } of tableSheets) {
      if (headerKey(found.sheet.name) === headerKey(wanted)) found.name = found.sheet.name;
      else found.sheetName = found.sheet.name;
    }

    const present = located.filter((l) => !l.range.isNullObject);
    const sources: SheetSource[] = present.map((l) => ({
      name: l.name,
      ...(l.sheetName ? { sheet: l.sheetName } : {}),
      values: new Array<unknown[]>(l.range.rowCount),
      row0: l.range.rowIndex,
      col0: l.range.columnIndex,
    }));
    const sizes = present.map((l) => ({ rows: l.range.rowCount, columns: l.range.columnCount }));
    const done = sizes.map(() => 0);
    let cells = budget;
    for (let batch = nextBatch(sizes, done, cells); batch.length > 0; batch = nextBatch(sizes, done, cells)) {
      const pending = batch.map((piece) => {
        const l = present[piece.table];
        const r = l.sheet.getRangeByIndexes(l.range.rowIndex + piece.start, l.range.columnIndex, piece.count, l.range.columnCount);
        r.load('values');
        return { piece, r };
      });
      try {
        await context.sync();
      } catch (error) {
        // Too many bytes (long notes): the same rows again, in halves.
        if (!isPayloadTooLarge(error) || (batch.length === 1 && batch[0].count === 1)) throw error;
        cells = Math.max(1, Math.floor(Math.min(cells, batch.reduce((n, p) => n + p.count * sizes[p.table].columns, 0)) / 2));
        continue;
      }
      for (const { piece, r } of pending) {
        const target = sources[piece.table].values as unknown[][];
        const values = r.values;
        for (let i = 0; i < piece.count; i++) target[piece.start + i] = values[i];
        done[piece.table] += piece.count;
      }
    }
    return sources;
  });
}
