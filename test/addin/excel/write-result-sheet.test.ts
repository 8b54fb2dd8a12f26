import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../../addin/excel/excel-workbook';
import { CELL_BUDGET } from '../../../addin/excel/chunks';
import type { ResultSheetData } from '../../../addin/excel/port';
import { FakeExcel } from './fake-excel';

function bigSheet(n: number): ResultSheetData {
  const rows = Array.from({ length: n }, (_, i) => [`E${i}`, `Customer ${i % 7}`, i % 3 === 0 ? 'billable' : 'covered', i * 1.5]);
  return {
    name: 'Invoice Check',
    header: ['Entry', 'Customer', 'Outcome', 'Amount'],
    rows,
    fills: rows.map((r) => (r[2] === 'billable' ? '#FFF4CE' : null)),
    formats: { Amount: '#,##0.00' },
  };
}

describe('ExcelWorkbook.writeResultSheet', () => {
  it('writes 100,000 rows in ⌈cells ÷ budget⌉ + a constant syncs and replaces the old sheet', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Invoice Check', [['old']]);
    const data = bigSheet(100_000);
    await new ExcelWorkbook(excel.run).writeResultSheet(data, { activate: true });

    // Values plus the one formatted column count against the budget.
    const cells = (data.rows.length + 1) * (data.header.length + 1);
    expect(excel.syncs).toBeLessThanOrEqual(Math.ceil(cells / CELL_BUDGET) + 4);
    const sheet = excel.sheet('Invoice Check')!;
    expect(sheet.cells[0]).toEqual(data.header);
    expect(sheet.cells[1]).toEqual(data.rows[0]);
    expect(sheet.cells[100_000]).toEqual(data.rows[99_999]);
    expect(sheet.cells.length).toBe(100_001);
    expect(sheet.frozenRows).toBe(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Invoice Check']); // no temp sheet left, old one gone
    expect(excel.activeSheet).toBe('Invoice Check');
  });

  it('applies fills as one format per colour and address batch, not one per row', async () => {
    const excel = new FakeExcel();
    const data: ResultSheetData = {
      name: 'Invoice Check',
      header: ['Entry', 'Outcome'],
      rows: [['a', 'billable'], ['b', 'billable'], ['c', 'covered'], ['d', 'billable'], ['e', 'invalid'], ['f', 'invalid']],
      fills: ['#FFF4CE', '#FFF4CE', null, '#FFF4CE', '#FDE7E9', '#FDE7E9'],
    };
    await new ExcelWorkbook(excel.run).writeResultSheet(data);
    const fills = excel.sheet('Invoice Check')!.fills;
    expect(fills).toEqual([
      { address: 'A2:B3,A5:B5', color: '#FFF4CE' },
      { address: 'A6:B7', color: '#FDE7E9' },
    ]);
  });

  it('an error mid-write leaves the old sheet intact and no partial or temporary sheet', async () => {
    for (const failAt of [2, 3, 5, 6]) {
      const excel = new FakeExcel();
      excel.addSheet('Invoice Check', [['Entry', 'Outcome'], ['old', 'covered']]);
      excel.addSheet('TimeEntries', [['Date'], ['2026-09-01']]);
      excel.failAtSync = failAt;
      const data = bigSheet(120_000); // 8 write syncs with this budget
      await expect(new ExcelWorkbook(excel.run).writeResultSheet(data)).rejects.toThrow(/simulated Excel failure/);
      expect(excel.sheets.map((s) => s.name)).toEqual(['Invoice Check', 'TimeEntries']);
      expect(excel.sheet('Invoice Check')!.cells).toEqual([['Entry', 'Outcome'], ['old', 'covered']]);
    }
  });

  it('a failure on the last step (swap) still leaves the old sheet', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Grid Findings', [['old']]);
    const probe = new FakeExcel();
    const small: ResultSheetData = { name: 'Grid Findings', header: ['Severity'], rows: [['error']] };
    await new ExcelWorkbook(probe.run).writeResultSheet(small);
    excel.failAtSync = probe.syncs; // the last sync of a successful run
    await expect(new ExcelWorkbook(excel.run).writeResultSheet(small)).rejects.toThrow();
    expect(excel.sheets.map((s) => s.name)).toEqual(['Grid Findings']);
    expect(excel.sheet('Grid Findings')!.cells).toEqual([['old']]);
  });

  it('removes a temporary sheet left by an interrupted earlier run', async () => {
    const excel = new FakeExcel();
    excel.addSheet('~Bonus', [['half']]);
    await new ExcelWorkbook(excel.run).writeResultSheet({
      name: 'Bonus',
      header: ['Employee', 'Payout'],
      rows: [['Ana', 500], ['Ben', 250]],
      chart: { title: 'Payout by employee', categoryColumn: 0, valueColumns: [1] },
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(['Bonus']);
    expect(excel.sheet('Bonus')!.charts).toEqual([{ title: 'Payout by employee', series: 1 }]);
  });

  it('rejects a name Excel would refuse before touching the workbook', async () => {
    const excel = new FakeExcel();
    await expect(new ExcelWorkbook(excel.run).writeResultSheet({ name: 'a/b', header: ['x'], rows: [] })).rejects.toThrow(/not a valid sheet name/);
    expect(excel.syncs).toBe(0);
  });
});

describe('payload limit on writes', () => {
  it('writes everything when Excel refuses big requests, in smaller pieces, and leaves no temp sheet', async () => {
    const excel = new FakeExcel();
    excel.maxCellsPerSync = 15_000;
    const data = bigSheet(20_000);
    await new ExcelWorkbook(excel.run).writeResultSheet(data);
    const sheet = excel.sheet('Invoice Check')!;
    expect(sheet.cells.length).toBe(20_001);
    expect(sheet.cells[20_000]).toEqual(data.rows[19_999]);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Invoice Check']);
  });
});
