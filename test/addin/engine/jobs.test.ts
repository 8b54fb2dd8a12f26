import { describe, expect, it } from 'vitest';
import { ExcelWorkbook } from '../../../addin/excel/excel-workbook';
import { invoiceMessage, runBonus, runKpis, runSla, type InvoiceRun } from '../../../addin/engine/jobs';
import { findingsSheet } from '../../../addin/engine/sheets/findings-sheet';
import { DEMO_AS_OF } from '../../../core/demo';
import { finding } from '../../../core/findings';
import { demoExcel } from '../demo-excel';

describe('result sheets of the jobs', () => {
  it('SLA: one row per ticket of the month, missed clocks filled', async () => {
    const excel = demoExcel();
    const result = await runSla(new ExcelWorkbook(excel.run), { month: '2026-09', asOf: `${DEMO_AS_OF}T00:00:00` });
    const sheet = excel.sheet('SLA')!;
    expect(sheet.cells.length).toBe(result.tickets.length + 1);
    expect(result.tickets.length).toBeGreaterThan(0);
    const missed = result.tickets.filter((t) => t.responseMet === false || t.resolutionMet === false).length;
    const filledRows = sheet.fills.flatMap((f) => f.address.split(',')).reduce((n, a) => {
      const m = /^A(\d+):[A-Z]+(\d+)$/.exec(a)!;
      return n + Number(m[2]) - Number(m[1]) + 1;
    }, 0);
    expect(filledRows).toBe(missed);
    expect(excel.activeSheet).toBe('SLA');
  });

  it('KPIs: resources, teams and overall, with a utilization chart', async () => {
    const excel = demoExcel();
    const result = await runKpis(new ExcelWorkbook(excel.run), { month: '2026-09', asOf: `${DEMO_AS_OF}T00:00:00` });
    const sheet = excel.sheet('KPIs')!;
    expect(sheet.cells.length).toBe(1 + result.resources.length + result.teams.length + 1);
    expect(sheet.cells[sheet.cells.length - 1].slice(0, 2)).toEqual(['All', 'Overall']);
    expect(sheet.charts).toEqual([{ title: 'Utilization 2026-09', series: 2 }]);
  });
});

describe('Bonus sheet', () => {
  it('one row per employee with payouts and a payout chart', async () => {
    const excel = demoExcel();
    const result = await runBonus(new ExcelWorkbook(excel.run), { month: '2026-09' });
    const sheet = excel.sheet('Bonus')!;
    const header = sheet.cells[0] as string[];
    const payouts = sheet.cells.slice(1).map((r) => r[header.indexOf('Payout')] as number);
    expect(sheet.cells.slice(1).map((r) => r[0])).toEqual(result.employees.map((e) => e.employee));
    const planTotal = result.plans.reduce((n, p) => n + p.payout, 0);
    expect(payouts.reduce((a, b) => a + b, 0)).toBeCloseTo(planTotal, 2);
    expect(sheet.charts).toEqual([{ title: 'Bonus payout 2026-09 (USD)', series: 1 }]);
  });
});

describe('findingsSheet', () => {
  it('lists errors first with their cells', () => {
    const s = findingsSheet('Grid Findings', [finding('info', 'i', null, 'note'), finding('error', 'bad', 'Services!C4', 'Price must be a number')]);
    expect(s.rows).toEqual([['error', 'bad', 'Services!C4', 'Price must be a number'], ['info', 'i', '', 'note']]);
    expect(s.fills).toEqual(['#FDE7E9', null]);
  });
});

describe('invoiceMessage', () => {
  it('names the leakage, billable amount and data errors', () => {
    const run = {
      currency: 'USD',
      totals: { leakage: 1234.5, leakingCustomers: 1, billableAmount: 20000, overbilled: 0 },
      result: { findings: [finding('error', 'invalid_role', 'TimeEntries!E9', 'x')] },
    } as unknown as InvoiceRun;
    expect(invoiceMessage(run)).toBe('Leakage USD 1,234.50 across 1 customer; billable USD 20,000.00; 1 error in the data, first: TimeEntries!E9: x (all in Invoice Summary).');
  });
});
