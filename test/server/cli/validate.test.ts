import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/findings';
import ExcelJS from 'exceljs';
import { writeBook, type TestCell } from '../xlsx/write-book';
import { noStackTrace, runCli, stderrLines } from './run-cli';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'msp-sync-validate-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const GRID: Record<string, TestCell[][]> = {
  Services: [['Service', 'Unit', 'Price'], ['Help Desk', 'User', 40], ['Backup', 'Server', 100]],
  Tiers: [['Tier', 'Help Desk', 'Backup'], ['Silver', 'Y', ''], ['Gold', 'Y', 'Y']],
  ServiceGrid: [['Customer', 'Help Desk', 'Backup'], ['Acme', 10, ''], ['Beta', 5, 2]],
  Agreements: [['Customer', 'Type', 'Tier', 'Start', 'Monthly Total'], ['Acme', 'Managed', 'Silver', '2026-01-01', 400], ['Beta', 'Managed', 'Gold', '2026-01-01', 400]],
};

const json = (stdout: string) => JSON.parse(stdout) as { findings: Finding[] };

describe('msp-sync validate', () => {
  it('a clean grid exits 0; --json prints { findings: [] }', async () => {
    const book = join(dir, 'clean.xlsx');
    await writeBook(book, GRID);
    const [text, js] = await Promise.all([runCli(['validate', book, '--as-of', '2026-11-01']), runCli(['validate', book, '--json', '--as-of', '2026-11-01'])]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('0 error(s), 0 warning(s)');
    expect(js.code).toBe(0);
    expect(json(js.stdout)).toEqual({ findings: [] });
  });

  it('planted problems exit 1 and each is reported with its code and cell', async () => {
    const book = join(dir, 'planted.xlsx');
    await writeBook(book, {
      ...GRID,
      Services: [...GRID.Services, ['help desk', 'User', 45]],
      ServiceGrid: [['Customer', 'Help Desk', 'Backup', 'Firewall'], ['Acme', 10, 1, ''], ['Beta', 5, 'lots', ''], ['Gamma', 3, '', '']],
      Agreements: [...GRID.Agreements, ['Delta', 'Managed', 'Titanium', '2026-05-01', '']],
      OneOffs: [['Customer', 'Kind', 'Target', 'Start', 'End'], ['Beta', 'Cover Role', 'Wizard', '2026-01-01', '2026-03-31']],
      Roles: [['Role', 'Rate'], ['Technician', 100]],
    });
    const run = await runCli(['validate', book, '--json', '--as-of', '2026-11-01']);
    expect(run.code).toBe(1);
    const got = json(run.stdout).findings.map((f) => `${f.code} ${f.cell}`);
    expect(got).toEqual(expect.arrayContaining([
      'duplicate_service Services!A4',
      'unknown_grid_service ServiceGrid!D1',
      'invalid_grid_value ServiceGrid!C3',
      'grid_customer_without_agreement ServiceGrid!A4',
      'agreement_without_grid_row Agreements!A4',
      'unknown_tier Agreements!C4',
      'grid_differs_from_tier ServiceGrid!C2',
      'monthly_total_mismatch Agreements!E2',
      'unknown_one_off_target OneOffs!C2',
      'one_off_expired OneOffs!E2',
    ]));
    const human = await runCli(['validate', book, '--as-of', '2026-11-01']);
    expect(human.code).toBe(1);
    expect(human.stdout).toMatch(/error\s+unknown_tier\s+Agreements!C4: "Delta": tier "Titanium" is not in Tiers/);
  });

  it('a file that is not .xlsx exits 2 with one line on stderr', async () => {
    const book = join(dir, 'notes.xlsx');
    await writeFile(book, 'Customer,Service\nAcme,Backup\n');
    const run = await runCli(['validate', book]);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual([expect.stringContaining('is not an .xlsx workbook')]);
    expect(run.stdout).toBe('');
  });

  it('a zip that is not a workbook, a missing file and bad usage exit 2 with one line', async () => {
    const zip = join(dir, 'fake.xlsx');
    await writeFile(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    const runs = await Promise.all([
      runCli(['validate', zip]),
      runCli(['validate', join(dir, 'nowhere.xlsx')]),
      runCli(['validate']),
      runCli(['validate', zip, '--as-of', '2026-02-30']),
      runCli(['validate', zip, '--bogus']),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(stderrLines(run)).toHaveLength(1);
      expect(noStackTrace(run)).toBe(true);
    }
    expect(runs[1].stderr).toContain('no such file');
    expect(runs[3].stderr).toContain('--as-of must be a date YYYY-MM-DD');
  });

  it('an empty workbook (a blank sheet, or no sheet at all) exits 2 with one line', async () => {
    const blank = join(dir, 'empty.xlsx');
    const none = join(dir, 'no-sheets.xlsx');
    await writeBook(blank, { Sheet1: [] });
    await writeBook(none, {});
    const [a, b] = await Promise.all([runCli(['validate', blank]), runCli(['validate', none])]);
    expect([a.code, b.code]).toEqual([2, 2]);
    expect(stderrLines(a)).toEqual([expect.stringContaining('is empty')]);
    expect(stderrLines(b)).toHaveLength(1);
    expect(noStackTrace(b)).toBe(true);
  });

  it('a workbook without the grid tables reports missing_table (exit 1)', async () => {
    const book = join(dir, 'other.xlsx');
    await writeBook(book, { Budget: [['Line', 'Amount'], ['Rent', 1200]] });
    const run = await runCli(['validate', book, '--json']);
    expect(run.code).toBe(1);
    expect(json(run.stdout).findings.map((f) => f.code)).toEqual(['missing_table', 'missing_table', 'missing_table']);
  });

  it('10,000 garbage cells give findings with cells, capped in the text report, never a stack trace', async () => {
    const garbage: TestCell[][] = [['Customer', 'Help Desk', 'Backup', 'Firewall?!', 'Start']];
    for (let i = 0; i < 2000; i++) garbage.push([`C${i}`, `x${i}`, -i - 1, '#?', `day ${i}`]);
    const book = join(dir, 'garbage.xlsx');
    await writeBook(book, { ...GRID, ServiceGrid: garbage });
    const [js, text] = await Promise.all([runCli(['validate', book, '--json']), runCli(['validate', book])]);
    expect(js.code).toBe(1);
    const invalid = json(js.stdout).findings.filter((f) => f.code === 'invalid_grid_value');
    // Every column after Customer is a service column in ServiceGrid: 4 bad cells per row.
    expect(invalid).toHaveLength(2000 * 4);
    expect(invalid[0].cell).toBe('ServiceGrid!B2');
    expect(text.stdout).toMatch(/… and \d+ more invalid_grid_value/);
    expect(text.stdout.split('\n').length).toBeLessThan(300);
    expect(noStackTrace(js) && noStackTrace(text)).toBe(true);
  });

  it('#N/A and #REF! cells are findings at their cells', async () => {
    const book = join(dir, 'errors.xlsx');
    await writeBook(book, {
      ...GRID,
      Services: [['Service', 'Unit', 'Price'], ['Help Desk', 'User', 40], ['Backup', 'Server', { error: '#REF!' }]],
      ServiceGrid: [['Customer', 'Help Desk', 'Backup'], ['Acme', 10, ''], ['Beta', { error: '#N/A' }, 2]],
    });
    const run = await runCli(['validate', book, '--json', '--as-of', '2026-11-01']);
    expect(run.code).toBe(1);
    const findings = json(run.stdout).findings;
    expect(findings.find((f) => f.cell === 'Services!C3')).toMatchObject({ code: 'formula_error', message: 'Price holds the formula error #REF!' });
    expect(findings.find((f) => f.cell === 'ServiceGrid!B3')?.code).toBe('invalid_grid_value');
  });

  it('dates as text in the formats exports use are read; an impossible one is a finding at its cell', async () => {
    const book = join(dir, 'dates.xlsx');
    const agreements: TestCell[][] = [['Customer', 'Type', 'Tier', 'Start', 'End', 'Monthly Total']];
    const starts = ['2026-01-01', '1/1/2026', '1-Jan-2026', 'Jan 1, 2026', '2026/01/01', '01/01/26'];
    const grid: TestCell[][] = [['Customer', 'Help Desk', 'Backup']];
    starts.forEach((s, i) => {
      agreements.push([`Cust ${i}`, 'Managed', 'Silver', s, '12/31/2027', 40]);
      grid.push([`Cust ${i}`, 1, '']);
    });
    agreements.push(['Bad Date', 'Managed', 'Silver', '31/31/2026', '', 40]);
    grid.push(['Bad Date', 1, '']);
    await writeBook(book, { ...GRID, ServiceGrid: grid, Agreements: agreements });
    const run = await runCli(['validate', book, '--json', '--as-of', '2026-11-01']);
    const findings = json(run.stdout).findings;
    expect(findings.filter((f) => f.code === 'invalid_value').map((f) => f.cell)).toEqual(['Agreements!D8']);
    // The bad row is kept: its customer is not silently dropped, it is reported as having no active agreement.
    expect(findings.filter((f) => f.code !== 'invalid_value').map((f) => `${f.code} ${f.cell}`)).toEqual(['grid_customer_without_agreement ServiceGrid!A8']);
    expect(run.code).toBe(1);
  });

  it('reads grid tables that are Excel tables on sheets of other names, addressing findings by the real sheet', async () => {
    const book = join(dir, 'excel-tables.xlsx');
    const wb = new ExcelJS.Workbook();
    const table = (sheet: ExcelJS.Worksheet, name: string, ref: string, rows: TestCell[][]) =>
      sheet.addTable({ name, ref, headerRow: true, columns: (rows[0] as string[]).map((n) => ({ name: n })), rows: rows.slice(1) as ExcelJS.CellValue[][] });
    const pricing = wb.addWorksheet('Pricing');
    pricing.getCell('A1').value = 'Our price list';
    table(pricing, 'Services', 'B3', [['Service', 'Unit', 'Price'], ['Help Desk', 'User', 40], ['Backup', 'Server', 'lots']]);
    const setup = wb.addWorksheet('Setup');
    table(setup, 'Tiers', 'A1', GRID.Tiers);
    table(setup, 'ServiceGrid', 'F1', GRID.ServiceGrid);
    // A sheet named like a table but holding something else: the Excel table of that name wins.
    wb.addWorksheet('Agreements').getCell('A1').value = 'see the table on Contracts';
    table(wb.addWorksheet('Contracts'), 'Agreements', 'C2', GRID.Agreements);
    await writeFile(book, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const r = await runCli(['validate', book, '--json', '--as-of', '2026-11-01']);
    const findings = json(r.stdout).findings;
    expect(findings.filter((f) => f.code === 'missing_table')).toEqual([]);
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', cell: 'Pricing!D5' })]));
    expect(findings.every((f) => !f.cell || /^(Pricing|Setup|Contracts)!/.test(f.cell))).toBe(true);
    expect(r.code).toBe(1);
  });
});
