import { describe, expect, it } from 'vitest';
import { ribbonCommands, type RibbonDeps } from '../../../addin/commands/ribbon';
import { ExcelWorkbook } from '../../../addin/excel/excel-workbook';
import type { WorkbookPort } from '../../../addin/excel/port';
import type { NotifyKind } from '../../../addin/notify/notify';
import { JOB_TABLES } from '../../../addin/engine/tables';
import { demoExcel } from '../demo-excel';

function harness(port: WorkbookPort) {
  const notes: { title: string; message: string; kind?: NotifyKind }[] = [];
  const deps: RibbonDeps = {
    port: () => port,
    notify: async (title, message, kind) => void notes.push({ title, message, kind }),
    today: () => '2026-11-01',
  };
  let completed = 0;
  const event = { completed: () => void completed++ };
  return { commands: ribbonCommands(deps), notes, event, completions: () => completed };
}

describe('ribbon Check invoices', () => {
  it('writes Invoice Check and Invoice Summary, activates the summary and reports the leakage', async () => {
    const excel = demoExcel();
    const h = harness(new ExcelWorkbook(excel.run));
    await h.commands.checkInvoices(h.event);
    expect(h.completions()).toBe(1);
    expect(excel.activeSheet).toBe('Invoice Summary');

    const check = excel.sheet('Invoice Check')!.cells;
    const header = check[0] as string[];
    const col = (name: string) => header.indexOf(name);
    // Leakage recomputed from the written sheet: entries whose discrepancy is leakage.
    const leakage = check.slice(1).filter((r) => r[col('Discrepancy')] === 'leakage').reduce((n, r) => n + (r[col('Discrepancy Amount')] as number), 0);
    expect(leakage).toBeGreaterThan(0); // the demo plants leakage
    const summary = excel.sheet('Invoice Summary')!.cells;
    const total = summary.find((r) => r[0] === 'Total')!;
    expect(total[6]).toBeCloseTo(leakage, 2);
    expect(h.notes).toHaveLength(1);
    expect(h.notes[0].kind).toBe('warning');
    expect(h.notes[0].message).toContain(`Leakage USD ${leakage.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
  });

  it('completes and says why when the workbook cannot be read', async () => {
    const port: WorkbookPort = {
      readTables: async () => { throw new Error('RichApi.Error: The workbook is busy'); },
      writeResultSheet: async () => { throw new Error('must not write'); },
      markCells: async () => undefined,
      selectCell: async () => undefined,
      createTables: async () => undefined,
    };
    const h = harness(port);
    await h.commands.checkInvoices(h.event);
    expect(h.completions()).toBe(1);
    expect(h.notes).toEqual([{ title: 'Invoice check failed', message: 'RichApi.Error: The workbook is busy. No result sheet was changed.', kind: 'error' }]);
  });

  it('completes when Excel fails mid-write, leaving earlier result sheets as they were', async () => {
    const excel = demoExcel();
    excel.addSheet('Invoice Check', [['from last month']]);
    const h = harness(new ExcelWorkbook(excel.run));
    const probe = demoExcel();
    await new ExcelWorkbook(probe.run).readTables(JOB_TABLES.invoice);
    excel.failAtSync = probe.syncs + 2; // after reading, the first chunk written to the temporary Invoice Check
    await h.commands.checkInvoices(h.event);
    expect(h.completions()).toBe(1);
    expect(h.notes[0].kind).toBe('error');
    expect(excel.sheet('Invoice Check')!.cells).toEqual([['from last month']]);
    expect(excel.sheets.some((s) => s.name.startsWith('~'))).toBe(false);
  });

  it('completes even when notifying fails', async () => {
    const excel = demoExcel();
    let completed = 0;
    const commands = ribbonCommands({ port: () => new ExcelWorkbook(excel.run), today: () => '2026-11-01', notify: async () => { throw new Error('no banner'); } });
    await expect(commands.checkInvoices({ completed: () => void completed++ })).rejects.toThrow('no banner');
    expect(completed).toBe(1);
  });
});

describe('ribbon Check invoices on a workbook without time entries', () => {
  it('says what is missing in the message and in Invoice Summary', async () => {
    const excel = demoExcel();
    excel.sheets = excel.sheets.filter((s) => s.name !== 'TimeEntries');
    const h = harness(new ExcelWorkbook(excel.run));
    await h.commands.checkInvoices(h.event);
    expect(h.completions()).toBe(1);
    expect(h.notes[0].message).toContain('The workbook has no TimeEntries sheet or table');
    const summary = excel.sheet('Invoice Summary')!.cells;
    const heading = summary.findIndex((r) => r[0] === 'Findings');
    expect(heading).toBeGreaterThan(0);
    expect(summary.slice(heading + 1).some((r) => r[2] === 'missing_table' && String(r[4]).includes('TimeEntries'))).toBe(true);
  });
});

describe('ribbon Validate grid', () => {
  it('writes Grid Findings and marks the cells the findings point at', async () => {
    const excel = demoExcel();
    // Plant a grid cell that is neither Y, N nor a number.
    const grid = excel.sheet('ServiceGrid')!;
    grid.cells[1][1] = 'maybe';
    const h = harness(new ExcelWorkbook(excel.run));
    await h.commands.validateGrid(h.event);
    expect(h.completions()).toBe(1);
    const findings = excel.sheet('Grid Findings')!.cells;
    expect(findings[0]).toEqual(['Severity', 'Code', 'Cell', 'Message']);
    const bad = findings.find((r) => r[2] === 'ServiceGrid!B2');
    expect(bad?.[0]).toBe('error');
    expect(grid.fills.some((f) => f.address.split(',').includes('B2'))).toBe(true);
    expect(excel.activeSheet).toBe('Grid Findings');
    expect(h.notes[0]).toMatchObject({ title: 'Validate grid', kind: 'error' });
  });
});

describe('ribbon Validate grid with a renamed header', () => {
  it('reports the missing column with the accepted names and completes', async () => {
    const excel = demoExcel();
    const services = excel.sheet('Services')!;
    const col = (services.cells[0] as string[]).indexOf('Price');
    services.cells[0][col] = 'Cost per month';
    const h = harness(new ExcelWorkbook(excel.run));
    await h.commands.validateGrid(h.event);
    expect(h.completions()).toBe(1);
    const row = excel.sheet('Grid Findings')!.cells.find((r) => r[1] === 'missing_column');
    expect(row?.[0]).toBe('error');
    expect(String(row?.[3])).toMatch(/Services: required column Price is missing \(accepted headers: Price, Unit Price, Monthly Price\)/);
  });
});
