/** Writes a result sheet (header + rows, optional fill per row) into an exceljs workbook, replacing a sheet of that name. */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';

export interface ResultSheet {
  name: string;
  header: string[];
  rows: unknown[][];
  /** ARGB fill per row (e.g. 'FFFFC7CE'), or undefined for none. */
  fills?: (string | undefined)[];
  /** Column number formats by header name, e.g. { Amount: '#,##0.00' }. */
  formats?: Record<string, string>;
}

export function addResultSheet(wb: ExcelJS.Workbook, sheet: ResultSheet): ExcelJS.Worksheet {
  const existing = wb.getWorksheet(sheet.name);
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(sheet.name);
  ws.addRow(sheet.header);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (let i = 0; i < sheet.rows.length; i++) {
    const row = ws.addRow(sheet.rows[i].map((v) => (v === null || v === undefined ? '' : v)));
    const fill = sheet.fills?.[i];
    if (fill) row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
  sheet.header.forEach((h, j) => {
    const col = ws.getColumn(j + 1);
    col.width = Math.min(60, Math.max(10, h.length + 2));
    const fmt = sheet.formats?.[h];
    if (fmt) col.numFmt = fmt;
  });
  return ws;
}

/** Writes to a temporary file then renames, so an interrupted run never leaves half a workbook. */
export async function saveWorkbook(wb: ExcelJS.Workbook, path: string): Promise<void> {
  const { rename } = await import('node:fs/promises');
  const tmp = `${path}.${process.pid}.tmp`;
  const buffer = await wb.xlsx.writeBuffer();
  await writeFile(tmp, Buffer.from(buffer as ArrayBuffer));
  await rename(tmp, path);
}
