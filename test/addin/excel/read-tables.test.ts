import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../../addin/excel/excel-workbook';
import { CELL_BUDGET } from '../../../addin/excel/chunks';
import { cellOf, parseWorkbook } from '../../../core/workbook';
import { FakeExcel } from './fake-excel';

const HEADER = ['Date', 'Customer', 'Role', 'Work Type', 'Hours', 'Recorded', 'Ticket', 'Resource', 'Notes', 'Entry'];

function timeEntries(n: number): unknown[][] {
  const rows: unknown[][] = [HEADER];
  for (let i = 0; i < n; i++) rows.push(['2026-09-01', `Customer ${i % 50}`, 'Tech', 'Remote', 1 + (i % 4) / 4, 'Covered', `T${i}`, 'Ana', '', `E${i}`]);
  return rows;
}

describe('ExcelWorkbook.readTables', () => {
  it('reads 100,000 rows in ⌈cells ÷ budget⌉ + a constant syncs, with every value in place', async () => {
    const excel = new FakeExcel();
    const values = timeEntries(100_000);
    excel.addSheet('TimeEntries', values);
    excel.addSheet('Settings', [['Key', 'Value'], ['Time Zone', 'America/New_York']]);
    excel.addSheet('Notes', [['anything']]);
    const sources = await new ExcelWorkbook(excel.run).readTables(['TimeEntries', 'Settings']);

    const cells = values.length * HEADER.length + 2 * 2;
    expect(excel.syncs).toBeLessThanOrEqual(Math.ceil(cells / CELL_BUDGET) + 4);
    expect(excel.syncs).toBeGreaterThanOrEqual(Math.ceil(cells / CELL_BUDGET)); // really chunked, not one giant read
    const te = sources.find((s) => s.name === 'TimeEntries')!;
    expect(te.values.length).toBe(100_001);
    expect(te.values[0]).toEqual(HEADER);
    expect(te.values[54_321]).toEqual(values[54_321]);
    expect(te.values[100_000]).toEqual(values[100_000]);
    expect(sources.map((s) => s.name).sort()).toEqual(['Settings', 'TimeEntries']);
  });

  it('reports where the used range starts, so parsed cells have the right address', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Roles', [['Role', 'Rate'], ['Tech', 120], ['Engineer', 'abc']], { row0: 3, col0: 2 });
    const sources = await new ExcelWorkbook(excel.run).readTables(['Roles']);
    expect(sources[0]).toMatchObject({ name: 'Roles', row0: 3, col0: 2 });
    const wb = parseWorkbook(sources);
    expect(cellOf(wb.Roles, wb.Roles.rows[0], 'rate')).toBe('Roles!D5');
    expect(wb.findings.find((f) => f.code === 'invalid_value')?.cell).toBe('Roles!D6');
  });

  it('finds an Excel table by name before a sheet, and matches names by the header rules', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Time Entries', [['Date', 'Customer'], ['2026-09-01', 'Acme']]);
    excel.addSheet('Rates', [['x'], [], [], ['Role', 'Rate'], ['Tech', 100]]);
    excel.tables.push({ name: 'Roles', sheet: 'Rates', row0: 3, col0: 0, rows: 2, columns: 2 });
    const sources = await new ExcelWorkbook(excel.run).readTables(['TimeEntries', 'Roles', 'Services']);
    const roles = sources.find((s) => s.name === 'Roles')!;
    expect(roles).toMatchObject({ sheet: 'Rates', row0: 3, col0: 0, values: [['Role', 'Rate'], ['Tech', 100]] });
    expect(sources.find((s) => s.name === 'Time Entries')?.values[1]).toEqual(['2026-09-01', 'Acme']);
    expect(sources.some((s) => s.name === 'Services')).toBe(false); // absent tables are simply not returned
  });

  it('skips an empty sheet instead of failing', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Holidays', []);
    expect(await new ExcelWorkbook(excel.run).readTables(['Holidays'])).toEqual([]);
  });
});

describe('payload limit', () => {
  it('reads a table whose chunks Excel refuses as too large by retrying the same rows in halves', async () => {
    const excel = new FakeExcel();
    const values = timeEntries(30_000);
    excel.addSheet('TimeEntries', values);
    excel.maxCellsPerSync = 20_000; // long notes: fewer cells fit in a request than the budget assumes
    const sources = await new ExcelWorkbook(excel.run).readTables(['TimeEntries']);
    expect(sources[0].values).toEqual(values);
    // 300,010 cells at ≤ 12,500 a request after halving twice, plus a few refused attempts.
    expect(excel.syncs).toBeLessThanOrEqual(2 + Math.ceil(300_010 / 12_500) + 3);
  });

  it("gives up with Excel's error when even one row is too large", async () => {
    const excel = new FakeExcel();
    excel.addSheet('TimeEntries', timeEntries(3));
    excel.maxCellsPerSync = 5;
    await expect(new ExcelWorkbook(excel.run).readTables(['TimeEntries'])).rejects.toThrow(/payload size/);
  });
});
