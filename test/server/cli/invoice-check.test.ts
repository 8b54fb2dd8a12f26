/** `msp-sync invoice-check` as a user runs it: a subprocess on an .xlsx generated here with exceljs. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sources, type EntrySpec } from '../../core/invoice/fixtures';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'invoice-check-'));
const bin = join(process.cwd(), 'bin', 'msp-sync.js');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, 'invoice-check', ...args], { cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function writeBook(name: string, entries: EntrySpec[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sources(entries)) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.values) ws.addRow(r as unknown[]);
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

let clean: string, flawed: string;
beforeAll(async () => {
  clean = await writeBook('clean.xlsx', [
    { id: 'E1', workType: 'Onsite', hours: 1.5, recorded: 'Covered' }, // leakage 150
    { id: 'E2', service: 'Helpdesk', hours: 2 }, // covered
    { id: 'E3', customer: 'Gamma', hours: 0.2 }, // T&M, minimum 1 h → 100
    { id: 'E4', customer: 'Beta', hours: 12 }, // block 10 h: 2 h billable
  ]);
  flawed = await writeBook('flawed.xlsx', [{ id: 'F1' }, { id: 'F2', customer: 'Zeta' }, { id: 'F3', hours: 'lots' }]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test is its own subprocess: run them side by side.
describe.concurrent('msp-sync invoice-check', () => {
  it('--json prints entries, customers and findings as DESIGN §5; exit 0 without errors', async () => {
    const { code, stdout } = await cli(clean, '--json');
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.entries.map((e: { entry: string; outcome: string; reason: string; amount: number }) => [e.entry, e.outcome, e.reason, e.amount])).toEqual([
      ['E1', 'billable', 'excluded_work_type', 150],
      ['E2', 'covered', 'covered', 0],
      ['E3', 'billable', 'tm_agreement', 100],
      ['E4', 'billable', 'block_exhausted', 200],
    ]);
    expect(r.entries[0]).toMatchObject({ cell: 'TimeEntries!A2', customer: 'Acme', billHours: 1.5, rate: 100, recorded: 'covered', discrepancy: 'leakage' });
    expect(r.customers.find((c: { customer: string }) => c.customer === 'Acme')).toMatchObject({ coveredHours: 2, billableHours: 1.5, billableAmount: 150, nonBillableHours: 0, leakage: 150, overbilled: 0 });
    expect(Array.isArray(r.findings)).toBe(true);
    expect(Array.isArray(r.services)).toBe(true);
  });

  it('exit 1 with the invalid entries as error findings at their cells', async () => {
    const { code, stdout } = await cli(flawed);
    expect(code).toBe(1);
    expect(stdout).toContain('TimeEntries!E3: customer "Zeta" is not in Agreements or ServiceGrid');
    expect(stdout).toContain('TimeEntries!J4: Hours must be a number ≥ 0, got "lots"');
  });

  it('human output (a per-customer table with leakage, the findings summary); --out writes the workbook plus Invoice Check and Invoice Summary sheets, rows filled by outcome', async () => {
    const out = join(dir, 'result.xlsx');
    const { code, stdout } = await cli(clean, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('4 time entries — 1 covered, 3 billable, 0 non-billable, 0 invalid');
    expect(stdout).toMatch(/Acme\s+2\s+1\.5\s+150\.00\s+0\s+0\s+150\.00\s+0\.00/);
    expect(stdout).toContain('0 error(s)');
    expect(stdout).toContain(`Wrote ${out}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Agreements')).toBeDefined();
    const ws = wb.getWorksheet('Invoice Check')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 12)).toEqual(['Cell', 'Entry', 'Date', 'Customer', 'Resource', 'Role', 'Work Type', 'Service', 'Hours', 'Outcome', 'Reason', 'Source']);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(ws.getRow(2).getCell(col('Reason')).value).toBe('excluded_work_type');
    expect(ws.getRow(2).getCell(col('Discrepancy')).value).toBe('leakage');
    expect(ws.getRow(2).getCell(col('Source')).value).toBe('Agreements!G2 excludes work type "Onsite"');
    const fill = (r: number) => (ws.getRow(r).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill(2)).toBe('FFF4B183'); // leakage
    expect(fill(3)).toBe('FFE2EFDA'); // covered
    expect(fill(4)).toBe('FFFFEB9C'); // billable
    const summary = wb.getWorksheet('Invoice Summary')!;
    expect((summary.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Customer', 'Entries']);
  });

  it('--time-entries reads a ConnectWise CSV export instead of the TimeEntries sheet', async () => {
    const csv = join(dir, 'cw.csv');
    writeFileSync(csv, [
      'Time RecId,Date Worked,Company,Member,Work Role,Work Type,Hours Worked,Billable Option',
      '501,9/2/2026,Acme,sam,Technician,Onsite,1.5,Do Not Bill',
      '502,9/3/2026,Acme,sam,Technician,Remote,1,Billable',
    ].join('\r\n'));
    const { code, stdout } = await cli(clean, '--json', '--time-entries', csv);
    expect(code).toBe(0);
    const r = JSON.parse(stdout);
    expect(r.entries.map((e: { entry: string; reason: string; discrepancy: string | null }) => [e.entry, e.reason, e.discrepancy])).toEqual([
      ['501', 'excluded_work_type', 'leakage'],
      ['502', 'covered', 'overbilled'],
    ]);
  });

  it('exit 2 with one line for a CSV with a wrong delimiter, a missing file, or bad usage', async () => {
    const pipes = join(dir, 'pipes.csv');
    writeFileSync(pipes, 'Date|Customer|Role|Work Type|Hours\n2026-09-02|Acme|Technician|Remote|1\n');
    const cases: [string[], RegExp][] = [
      [[clean, '--time-entries', pipes], /pipes\.csv: the header line has no comma, semicolon or tab/],
      [[join(dir, 'nope.xlsx')], /cannot read .*nope\.xlsx: no such file/],
      [[clean, '--bogus'], /Unknown option '--bogus'/],
      [[clean, '--out', 'x.csv'], /--out must name an \.xlsx file/],
    ];
    const results = await Promise.all(cases.map(([args]) => cli(...args)));
    results.forEach(({ code, stderr }, i) => {
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^msp-sync invoice-check: /);
      expect(stderr).toMatch(cases[i][1]);
    });
  });
});
