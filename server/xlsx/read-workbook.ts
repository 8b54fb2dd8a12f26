/**
 * Reads an .xlsx file into the same `SheetSource[]` shape the add-in gets from Excel's Range.values:
 * numbers, strings, booleans, date serials and '#N/A'-style error strings. Core never sees exceljs.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { SheetSource } from '../../core/workbook';
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

export async function readWorkbookSources(path: string): Promise<SheetSource[]> {
  const wb = await loadWorkbook(path);
  const sources: SheetSource[] = [];
  wb.eachSheet((ws) => sources.push(sheetToSource(ws)));
  if (sources.length === 0) throw new UsageError(`${path} has no sheets`);
  return sources;
}
