/**
 * Writes the MSP Sync workbook template: every table of DESIGN §3 as a sheet with a bold, frozen header,
 * column widths and data-validation drop-downs; with `--demo` the demo MSP's data, dates shown as dates.
 */
import ExcelJS from 'exceljs';
import type { SheetSource } from '../../core/workbook/parse-table';
import { TABLE_NAMES, TABLE_SPECS, type TableName } from '../../core/workbook/tables';
import { columnLetter } from '../../core/workbook/address';
import { columnForHeader, dropDownFor } from './template-validations';

/** Rows below the data that still get the drop-downs, so users can type new records. */
const SPARE_ROWS = 1000;

/** Header row of a blank table: every column of the spec (the matrix tables start with their key column). */
export function blankHeader(table: TableName): string[] {
  return TABLE_SPECS[table].columns.map((c) => c.header);
}

function numberFormat(table: TableName, header: unknown, value: number): string | undefined {
  const col = columnForHeader(table, header);
  if (!col) return undefined;
  const isTimeColumn = col.kind.type === 'time' || (table === 'TimeEntries' && (col.key === 'start' || col.key === 'end'));
  if (isTimeColumn && value < 1) return 'hh:mm';
  if (col.kind.type === 'date' || col.kind.type === 'datetime' || isTimeColumn) {
    return Number.isInteger(value) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
  }
  return undefined;
}

function displayWidth(v: unknown, fmt: string | undefined): number {
  if (fmt) return fmt.length;
  if (v === null || v === undefined) return 0;
  return String(v).length;
}

function quoteList(values: readonly string[]): string {
  return `"${values.join(',')}"`;
}

function addTableSheet(wb: ExcelJS.Workbook, table: TableName, values: readonly (readonly unknown[])[], keyColumns: Map<TableName, string>): void {
  const ws = wb.addWorksheet(table);
  const header = values[0] ?? blankHeader(table);
  ws.addRow([...header]);
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const widths = header.map((h) => String(h).length);
  for (let i = 1; i < values.length; i++) {
    const row = ws.addRow(values[i].map((v) => (v === null || v === undefined ? '' : v)));
    values[i].forEach((v, j) => {
      const fmt = typeof v === 'number' ? numberFormat(table, header[j], v) : undefined;
      if (fmt) row.getCell(j + 1).numFmt = fmt;
      if (i < 200) widths[j] = Math.max(widths[j] ?? 0, displayWidth(v, fmt));
    });
  }
  widths.forEach((w, j) => (ws.getColumn(j + 1).width = Math.min(40, Math.max(8, w + 2))));

  const lastRow = values.length + SPARE_ROWS;
  header.forEach((h, j) => {
    const col = columnForHeader(table, h);
    const dd = col ? dropDownFor(table, col) : null;
    const range = `${columnLetter(j)}2:${columnLetter(j)}${lastRow}`;
    if (dd?.kind === 'values') listValidation(ws, range, quoteList(dd.values), `${h}: pick one of ${dd.values.join(', ')}`);
    else if (dd?.kind === 'sheet') {
      const letter = keyColumns.get(dd.table) ?? 'A';
      listValidation(ws, range, `${dd.table}!$${letter}$2:$${letter}$${SPARE_ROWS + 500}`, `${h}: pick a name from ${dd.table}`);
    } else if (!col && TABLE_SPECS[table].dynamic && j > 0) {
      // Tiers cells are Y or blank; ServiceGrid cells may also hold a unit count, so they get no list.
      if (table === 'Tiers') listValidation(ws, range, quoteList(['Y', 'N']), `${h}: Y when the tier includes it`);
    }
  });
}

function listValidation(ws: ExcelJS.Worksheet, range: string, formula: string, prompt: string): void {
  // exceljs types only per-cell validations; its writer accepts a range as the key and writes it as one sqref.
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    // Warn, do not block: the parser also accepts aliases (T&M, High, Yes) and names not yet listed.
    errorStyle: 'warning',
    error: prompt,
  });
}

/** Column letter of each table's key column (the one other sheets' drop-downs list). */
function keyColumnLetters(tables: Map<TableName, readonly (readonly unknown[])[]>): Map<TableName, string> {
  const out = new Map<TableName, string>();
  for (const [table, values] of tables) {
    const header = values[0] ?? blankHeader(table);
    const key = TABLE_SPECS[table].columns[0].key;
    const j = header.findIndex((h) => columnForHeader(table, h)?.key === key);
    out.set(table, columnLetter(Math.max(0, j)));
  }
  return out;
}

/** The template as an exceljs workbook; `data` (e.g. the demo) fills the tables it names, others get headers only. */
export function buildTemplate(data: readonly SheetSource[] = []): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MSP Sync';
  const tables = new Map<TableName, readonly (readonly unknown[])[]>();
  for (const name of TABLE_NAMES) tables.set(name, data.find((s) => s.name === name)?.values ?? [blankHeader(name)]);
  const keys = keyColumnLetters(tables);
  for (const [name, values] of tables) addTableSheet(wb, name, values, keys);
  return wb;
}
