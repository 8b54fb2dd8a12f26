/**
 * Reads an .xlsx file into the same `SheetSource[]` shape the add-in gets from Excel's Range.values:
 * numbers, strings, booleans, date serials and '#N/A'-style error strings. Core never sees exceljs.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { SheetSource } from '../../core/workbook';
import { columnIndex } from '../../core/workbook/address';
import { UsageError } from '../cli/io';

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** exceljs cell value → what Range.values would hold. */
export function toRangeValue(v: ExcelJS.CellValue): unknown {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_UTC) / 86_400_000;
  if (typeof v === 'object') {
    if ('error' in v) return String(v.error);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      return result === undefined ? '' : toRangeValue(result as ExcelJS.CellValue);
    }
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

export function sheetToSource(ws: ExcelJS.Worksheet): SheetSource {
  const rowCount = ws.actualRowCount === 0 ? 0 : ws.rowCount;
  const colCount = ws.columnCount;
  const values: unknown[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const line: unknown[] = new Array(colCount);
    for (let c = 1; c <= colCount; c++) line[c - 1] = toRangeValue(row.getCell(c).value);
    values.push(line);
  }
  return { name: ws.name, values };
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? (e as Error).message}`);
  }
  // An .xlsx is a zip archive: refuse anything else before exceljs produces an obscure message.
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    throw new UsageError(`${path} is not an .xlsx workbook (expected an Excel 2007+ file)`);
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new UsageError(`${path} is not a readable .xlsx workbook: ${(e as Error).message.split('\n')[0]}`);
  }
  return wb;
}

/** An exceljs table as loaded from a file: its model holds the name and the A1 range it covers. */
interface LoadedTable {
  table?: { name?: string; tableRef?: string };
}

/**
 * The Excel tables (ListObjects) of a sheet as sources named by the table, addressed by the sheet:
 * DESIGN §3 lets each table be a sheet of that name or an Excel table of that name, anywhere.
 */
export function tablesToSources(ws: ExcelJS.Worksheet): SheetSource[] {
  const tables = (ws as unknown as { tables?: Record<string, LoadedTable> }).tables ?? {};
  const out: SheetSource[] = [];
  for (const t of Object.values(tables)) {
    const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/i.exec(t.table?.tableRef ?? '');
    if (!t.table?.name || !m) continue;
    const [c1, r1, c2, r2] = [columnIndex(m[1]) + 1, Number(m[2]), columnIndex(m[3]) + 1, Number(m[4])];
    const values: unknown[][] = [];
    for (let r = r1; r <= r2; r++) {
      const row = ws.getRow(r);
      const line: unknown[] = [];
      for (let c = c1; c <= c2; c++) line.push(toRangeValue(row.getCell(c).value));
      values.push(line);
    }
    out.push({ name: t.table.name, sheet: ws.name, values, row0: r1 - 1, col0: c1 - 1 });
  }
  return out;
}

/** Every Excel table and every sheet of a loaded workbook, as core's sources. */
export function workbookSources(wb: ExcelJS.Workbook): SheetSource[] {
  const sheets: SheetSource[] = [];
  const tables: SheetSource[] = [];
  wb.eachSheet((ws) => {
    sheets.push(sheetToSource(ws));
    tables.push(...tablesToSources(ws));
  });
  // An Excel table comes before a sheet of the same name, as in the add-in: it is the data's exact extent.
  return [...tables, ...sheets];
}

export async function readWorkbookSources(path: string): Promise<SheetSource[]> {
  const sources = workbookSources(await loadWorkbook(path));
  if (sources.length === 0) throw new UsageError(`${path} has no sheets`);
  return sources;
}
