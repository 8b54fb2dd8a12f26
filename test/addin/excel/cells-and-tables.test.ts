import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../../addin/excel/excel-workbook';
import { runNewWorkbook, templateTables } from '../../../addin/engine/new-workbook';
import { columnFormats } from '../../../addin/excel/column-formats';
import { validationLists } from '../../../addin/excel/validation-lists';
import { FakeExcel } from './fake-excel';

describe('ExcelWorkbook.markCells', () => {
  it('marks many cells with one range per sheet in two syncs, skipping sheets that are gone', async () => {
    const excel = new FakeExcel();
    excel.addSheet('ServiceGrid', [['Customer']]);
    excel.addSheet("Bob's Sheet", [['x']]);
    const addresses = Array.from({ length: 300 }, (_, i) => `ServiceGrid!B${i + 2}`);
    await new ExcelWorkbook(excel.run).markCells([...addresses, "'Bob''s Sheet'!C3", 'Gone!A1', 'ServiceGrid!B2', 'not an address'], '#FDE7E9');
    expect(excel.syncs).toBe(2);
    const grid = excel.sheet('ServiceGrid')!.fills;
    expect(grid.length).toBe(1);
    expect(grid[0].address.split(',')).toHaveLength(300); // duplicates collapsed
    expect(excel.sheet("Bob's Sheet")!.fills).toEqual([{ address: 'C3', color: '#FDE7E9' }]);
  });
});

describe('ExcelWorkbook.selectCell', () => {
  it("activates the cell's sheet and selects it, resolving an Excel table's name to its sheet", async () => {
    const excel = new FakeExcel();
    excel.addSheet('Rates', [['Role', 'Rate']]);
    excel.tables.push({ name: 'Roles', sheet: 'Rates', row0: 0, col0: 0, rows: 1, columns: 2 });
    const port = new ExcelWorkbook(excel.run);
    await port.selectCell('Roles!B7');
    expect(excel.activeSheet).toBe('Rates');
    expect(excel.selected).toBe('Rates!B7');
  });

  it('says which sheet is missing', async () => {
    const excel = new FakeExcel();
    await expect(new ExcelWorkbook(excel.run).selectCell('Tickets!A2')).rejects.toThrow('The workbook has no sheet named "Tickets" (for Tickets!A2)');
    await expect(new ExcelWorkbook(excel.run).selectCell('A2')).rejects.toThrow(/not a cell address/);
  });
});

describe('ExcelWorkbook.createTables', () => {
  const tables = [
    { name: 'Roles', values: [['Role', 'Rate', 'Cost Rate'], ['Tech', 120, 45]] },
    { name: 'WorkTypes', values: [['Work Type', 'Non-billable', 'Multiplier'], ['Remote', 'N', 1]] },
    { name: 'TimeEntries', values: [['Date', 'Customer', 'Role', 'Work Type', 'Hours', 'Recorded']] },
  ];

  it('creates every table as an Excel table with drop-down lists', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1');
    await new ExcelWorkbook(excel.run).createTables(tables);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Roles', 'WorkTypes', 'TimeEntries']);
    expect(excel.sheet('Roles')!.cells).toEqual(tables[0].values);
    const te = excel.sheet('TimeEntries')!.tables[0];
    expect(te).toMatchObject({ name: 'TimeEntries', address: 'A1:F2' });
    expect(te.validations).toEqual([
      { column: 2, source: '=INDIRECT("Roles[Role]")' },
      { column: 3, source: '=INDIRECT("WorkTypes[Work Type]")' },
      { column: 5, source: 'Billable,Covered,No Charge,Do Not Bill' },
    ]);
    expect(excel.sheet('WorkTypes')!.tables[0].validations).toEqual([{ column: 1, source: 'Y,N' }]);
  });

  it('refuses to overwrite existing sheets and writes nothing', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Roles', [['mine']]);
    await expect(new ExcelWorkbook(excel.run).createTables(tables)).rejects.toThrow('The workbook already has sheets named Roles; use a new workbook');
    expect(excel.sheets.map((s) => s.name)).toEqual(['Roles']);
  });
});

describe('validationLists', () => {
  it('offers readable spellings for enums and skips references to tables that are not created', () => {
    const lists = validationLists([
      { name: 'Agreements', values: [['Customer', 'Type', 'Tier', 'Start']] },
      { name: 'Tickets', values: [['Ticket', 'Priority', 'Escalated']] },
    ]);
    expect(lists).toEqual([
      { table: 'Agreements', header: 'Type', column: 1, source: 'Managed,Block Hours,Time & Materials' },
      { table: 'Tickets', header: 'Priority', column: 1, source: 'P1,P2,P3,P4' },
      { table: 'Tickets', header: 'Escalated', column: 2, source: 'Y,N' },
    ]);
  });
});

describe('New MSP Sync workbook', () => {
  it('creates every table with the demo data in batched syncs, dates formatted as dates', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Sheet1');
    const names = await runNewWorkbook(new ExcelWorkbook(excel.run), { demo: true });
    expect(names).toHaveLength(17);
    expect(excel.sheets.map((s) => s.name)).toEqual(['Sheet1', ...names]);
    const cells = templateTables({ demo: true }).reduce((n, t) => n + t.values.length * Math.max(...t.values.map((r) => r.length)), 0);
    expect(excel.syncs).toBeLessThanOrEqual(Math.ceil((cells * 1.5) / 50_000) + 4);
    expect(excel.sheet('TimeEntries')!.numberFormats).toBeGreaterThan(0);
    expect(excel.sheet('Agreements')!.tables[0].validations.map((v) => v.source)).toContain('=INDIRECT("Tiers[Tier]")');
  });

  it('blank: headers only, one per column of the contract', () => {
    const roles = templateTables().find((t) => t.name === 'Roles')!;
    expect(roles.values).toEqual([['Role', 'Rate', 'Cost Rate']]);
  });
});

describe('columnFormats', () => {
  it('formats date, date-time and time-of-day columns', () => {
    expect(columnFormats({ name: 'Calendar', values: [['Day', 'Start', 'End'], ['Mon', 0.333, 0.708]] })).toEqual([
      { column: 1, format: 'hh:mm' },
      { column: 2, format: 'hh:mm' },
    ]);
    expect(columnFormats({ name: 'Tickets', values: [['Ticket', 'Created', 'Priority'], ['T1', 46280.4, 'P1']] })).toEqual([{ column: 1, format: 'yyyy-mm-dd hh:mm' }]);
    expect(columnFormats({ name: 'Agreements', values: [['Customer', 'Start'], ['A', 46000]] })).toEqual([{ column: 1, format: 'yyyy-mm-dd' }]);
  });
});
