/** `msp-sync sla | kpi | bonus` as a user runs them: subprocesses on an .xlsx written here with exceljs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SheetSource } from '../../../core/workbook';
import { deskWorkbook } from '../../core/kpi/fixture';
import { serviceDesk } from '../../core/sla/fixture';
import { noStackTrace, runCli, stderrLines } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'sla-kpi-bonus-'));
const plans: SheetSource = {
  name: 'BonusPlans',
  values: [
    ['Plan', 'Metric', 'Goal', 'Weight', 'Mode', 'Threshold', 'Stretch', 'Gate', 'Pool Basis', 'Pool Rate', 'Split', 'Cap'],
    ['Help Desk', 'MTTR Hours', 6, 2, 'Step', '', '', '', 'Managed Revenue', 0.02, 'Equal', 0.3],
    ['Help Desk', 'SLA Resolution %', 0.6, 1, 'Linear', 0.4, 0.8, '', 'Managed Revenue', 0.02, 'Equal', 0.3],
    ['Help Desk', 'Utilization %', 0.5, 1, 'Linear', 0, '', '', 'Managed Revenue', 0.02, 'Equal', 0.3],
    ['Help Desk', 'CSAT %', 0.3, 0, 'Step', '', '', 'Y', 'Managed Revenue', 0.02, 'Equal', 0.3],
    ['Billing', 'DSO Days', 45, '', 'Step', '', '', '', 'Fixed', 1000, 'Equal', 0.1],
  ],
};

async function writeBook(name: string, sheets: SheetSource[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.values) ws.addRow(r as unknown[]);
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

let desk: string, slaBook: string;
beforeAll(async () => {
  desk = await writeBook('desk.xlsx', deskWorkbook([plans]));
  slaBook = await writeBook('sla.xlsx', serviceDesk());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('msp-sync sla', () => {
  it('--json gives tickets with due dates in the zone offset and the summary; exit 1 on an error finding', async () => {
    const run = await runCli(['sla', slaBook, '--month', '2026-09', '--as-of', '2026-09-18T08:00:00', '--json']);
    expect(run.code).toBe(1); // T6 is resolved before it was created
    const r = JSON.parse(run.stdout);
    const t1 = r.tickets.find((t: { ticket: string }) => t.ticket === 'T1');
    expect(t1).toMatchObject({ responseDue: '2026-09-04T17:00:00-04:00', resolutionDue: '2026-09-08T10:30:00-04:00', responseMet: true, resolutionMet: true, pausedHours: 0 });
    expect(r.summary.managed.resolution).toEqual({ met: 1, missed: 1, rate: 0.5 });
    expect(r.findings.find((f: { code: string }) => f.code === 'resolved_before_created')).toMatchObject({ severity: 'error', cell: 'Tickets!F7' });
  });

  it('--out writes the input workbook plus an SLA sheet; human output is a table', async () => {
    const out = join(dir, 'sla-out.xlsx');
    const run = await runCli(['sla', slaBook, '--as-of', '2026-09-18T08:00:00', '--out', out]);
    // No --month: T7 (August, met both) joins T1, T2, T5, T6 → response 3/3, resolution 2/3.
    expect(run.stdout).toMatch(/Managed\s+5\s+3\/3\s+100\.0%\s+2\/3\s+66\.7%/);
    expect(run.stdout).toMatch(/T4\s+Delta\s+resolution due 2026-09-18T10:00:00-04:00/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('Tickets')).toBeDefined();
    const ws = book.getWorksheet('SLA')!;
    expect(ws.getRow(1).getCell(1).value).toBe('Ticket');
    expect(ws.getRow(2).values).toEqual(expect.arrayContaining(['T1', '2026-09-04T17:00:00-04:00', 'Met']));
  });

  it('rejects a bad --as-of with exit 2 and one line', async () => {
    const run = await runCli(['sla', slaBook, '--as-of', 'yesterday']);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toHaveLength(1);
    expect(stderrLines(run)[0]).toMatch(/--as-of must be an ISO date/);
    expect(noStackTrace(run)).toBe(true);
  });
});

describe('msp-sync kpi', () => {
  it('--json gives per-team and per-resource KPIs with definitions and the intake snapshot', async () => {
    const out = join(dir, 'kpi-out.xlsx');
    const run = await runCli(['kpi', desk, '--month', '2026-09', '--as-of', '2026-09-30T12:00:00', '--json', '--out', out]);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout);
    const team = r.teams.find((t: { team: string }) => t.team === 'Desk');
    expect(team).toMatchObject({ mttrMeanHours: 5, mttrMedianHours: 4, openTickets: 3 });
    expect(r.intake).toMatchObject({ asOf: '2026-09-30T12:00:00-04:00', triageQueue: { count: 1, tickets: ['K7'] } });
    expect(r.definitions.fcr).toMatch(/one time entry/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const rows = book.getWorksheet('KPIs')!.getSheetValues().filter(Array.isArray) as unknown[][];
    const deskRow = rows.find((row) => row[1] === 'Team' && row[2] === 'Desk')!;
    expect(deskRow[5]).toBe(5); // MTTR mean column
    expect(rows.some((row) => row[1] === 'Definition')).toBe(true);
  });
});

describe('msp-sync bonus', () => {
  it('requires --month (exit 2, one line)', async () => {
    const run = await runCli(['bonus', desk]);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual([expect.stringMatching(/--month YYYY-MM is required/)]);
  });

  it('--json pays to the cent; --out adds a Bonus sheet', async () => {
    const out = join(dir, 'bonus-out.xlsx');
    const run = await runCli(['bonus', desk, '--month', '2026-09', '--json', '--out', out]);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout);
    // Hand arithmetic in test/core/bonus: Ann 803.57, Bob 408.62 (half month), Cat capped at 300.
    const pay = Object.fromEntries(r.employees.map((e: { employee: string; payout: number }) => [e.employee, e.payout]));
    expect(pay).toEqual({ Ann: 803.57, Bob: 408.62, Cat: 300 });
    expect(r.employees[0].metrics[0]).toMatchObject({ metric: 'MTTR Hours', actual: 5, goal: 6, attainment: 1, met: true });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const ws = book.getWorksheet('Bonus')!;
    const totals = ws.getSheetValues().filter((row) => Array.isArray(row) && row[4] === 'Total') as unknown[][];
    expect(totals.map((row) => [row[1], row[13]])).toEqual([['Ann', 803.57], ['Bob', 408.62], ['Cat', 300]]);
  });
});
