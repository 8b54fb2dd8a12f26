/** Writes test workbooks: each sheet from Range.values-like arrays; `{ error: '#N/A' }` cells become Excel errors. */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';

export type TestCell = string | number | boolean | null | { error: string };

export async function writeBook(path: string, sheets: Record<string, TestCell[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === '') return;
        ws.getCell(i + 1, j + 1).value = (typeof v === 'object' ? { error: v.error } : v) as ExcelJS.CellValue;
      }),
    );
  }
  await writeFile(path, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}
