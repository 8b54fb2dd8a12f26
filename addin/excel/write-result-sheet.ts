/**
 * Writes a result sheet as a whole: the new sheet is built under a temporary name (values in chunks, one
 * sync each, fills grouped by colour, number formats, autofit, chart), and only then does the old sheet
 * go and the new one take its name. A failure on the way deletes the temporary sheet and leaves the old
 * one as it was: never a half-written result sheet.
 */
import type { CellData, ResultSheetData } from './port';
import { CELL_BUDGET, isPayloadTooLarge, rowsPerChunk } from './chunks';
import { COLUMN_CLUSTERED, SERIES_BY_COLUMNS, type ExcelRun } from './excel-run';
import { fillAddresses, fillRuns } from './fill-runs';
import { isValidSheetName, tempSheetName } from './sheet-names';

/** Autofit looks at this many rows: enough for widths, cheap on 100,000-row sheets. */
const AUTOFIT_ROWS = 500;
const HEADER_FILL = '#EBF3FC';

export async function writeResultSheet(
  run: ExcelRun,
  data: ResultSheetData,
  options: { activate?: boolean } = {},
  budget = CELL_BUDGET,
): Promise<void> {
  if (!isValidSheetName(data.name)) throw new Error(`"${data.name}" is not a valid sheet name`);
  const width = Math.max(1, data.header.length);
  const lines: CellData[][] = [data.header, ...data.rows];
  const temp = tempSheetName(data.name);

  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const old = sheets.getItemOrNullObject(data.name);
    const leftover = sheets.getItemOrNullObject(temp);
    old.load('name');
    leftover.load('name');
    await context.sync();
    if (!leftover.isNullObject) leftover.delete(); // from an earlier run that was cut off

    const sheet = sheets.add(temp);
    try {
      // The sheet exists before any data goes out: a data request Excel refuses (too large) cannot take it along.
      await context.sync();
      await writeValues(context, sheet, lines, width, formatColumns(data), budget);

      const header = sheet.getRangeByIndexes(0, 0, 1, width);
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      sheet.freezePanes.freezeRows(1);
      for (const f of fillAddresses(fillRuns(data.fills ?? []), width, 1)) sheet.getRanges(f.address).format.fill.color = f.color;
      sheet.getRangeByIndexes(0, 0, Math.min(lines.length, AUTOFIT_ROWS), width).format.autofitColumns();
      if (data.chart && data.rows.length > 0) addChart(sheet, data, width);
      await context.sync();

      if (!old.isNullObject) old.delete();
      sheet.name = data.name;
      if (options.activate) sheet.activate();
      await context.sync();
    } catch (error) {
      try {
        sheet.delete();
        await context.sync();
      } catch {
        // The first error is the one worth reporting.
      }
      throw error;
    }
  });
}

interface FormatColumn {
  col: number;
  format: string;
}

function formatColumns(data: ResultSheetData): FormatColumn[] {
  return data.header
    .map((h, col) => ({ col, format: data.formats?.[h] }))
    .filter((f): f is FormatColumn => Boolean(f.format));
}

/**
 * Header and rows in chunks under the cell budget, one sync each; number formats ride along with the values
 * (and count against the same budget). A chunk Excel refuses as too large (long text) goes again in halves.
 */
async function writeValues(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  lines: readonly (readonly CellData[])[],
  width: number,
  formatCols: readonly FormatColumn[],
  budget: number,
): Promise<void> {
  let perChunk = rowsPerChunk(width + formatCols.length, budget);
  for (let start = 0; start < lines.length; ) {
    const count = Math.min(perChunk, lines.length - start);
    context.application.suspendApiCalculationUntilNextSync();
    sheet.getRangeByIndexes(start, 0, count, width).values = lines.slice(start, start + count).map((row) => padRow(row, width));
    const dataStart = Math.max(1, start);
    const dataCount = start + count - dataStart;
    if (dataCount > 0) {
      for (const f of formatCols) {
        sheet.getRangeByIndexes(dataStart, f.col, dataCount, 1).numberFormat = Array.from({ length: dataCount }, () => [f.format]);
      }
    }
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || count === 1) throw error;
      perChunk = Math.max(1, Math.floor(count / 2));
      continue;
    }
    start += count;
  }
}

function padRow(row: readonly CellData[], width: number): (string | number | boolean)[] {
  const out = new Array<string | number | boolean>(width);
  for (let j = 0; j < width; j++) {
    const v = row[j];
    out[j] = v === null || v === undefined ? '' : v;
  }
  return out;
}

function addChart(sheet: Excel.Worksheet, data: ResultSheetData, width: number): void {
  const spec = data.chart!;
  const n = data.rows.length;
  const [first, ...rest] = spec.valueColumns;
  if (first === undefined) return;
  const categories = sheet.getRangeByIndexes(1, spec.categoryColumn, n, 1);
  const chart = sheet.charts.add(COLUMN_CLUSTERED, sheet.getRangeByIndexes(0, first, n + 1, 1), SERIES_BY_COLUMNS);
  chart.title.text = spec.title;
  chart.series.getItemAt(0).setXAxisValues(categories);
  for (const col of rest) {
    const series = chart.series.add(data.header[col] ?? `Series ${col}`);
    series.setValues(sheet.getRangeByIndexes(1, col, n, 1));
    series.setXAxisValues(categories);
  }
  // Beside the table, below the header.
  chart.setPosition(sheet.getRangeByIndexes(1, width + 1, 1, 1));
}
