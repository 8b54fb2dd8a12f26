import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { billable, bonus, coverage, CUSTOM_FUNCTIONS, kpi, sladue } from '../../../addin/functions/functions';
import { setFunctionsRuntime } from '../../../addin/functions/runtime';
import { WorkbookCache } from '../../../addin/functions/workbook-cache';
import { ExcelWorkbook } from '../../../addin/excel/excel-workbook';
import { computeBonus } from '../../../core/bonus';
import { computeKpis } from '../../../core/kpi';
import { localDateTimeToSerial, parseWorkbook } from '../../../core/workbook';
import { demoWorkbook } from '../../../core/demo';
import { demoExcel } from '../demo-excel';

/** Excel's functions runtime: errors carry a code and a message. */
class CfError extends Error {
  constructor(readonly code: string, message?: string) {
    super(message);
  }
}
const g = globalThis as { CustomFunctions?: unknown };
let cache: WorkbookCache;
let excel: ReturnType<typeof demoExcel>;

beforeAll(() => {
  g.CustomFunctions = { associate: () => undefined, Error: CfError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
  excel = demoExcel();
  const port = new ExcelWorkbook(excel.run);
  cache = new WorkbookCache((names) => port.readTables(names));
  setFunctionsRuntime({ cache, now: () => Date.UTC(2026, 8, 15, 14), watching: true });
});
afterAll(() => {
  delete g.CustomFunctions;
  setFunctionsRuntime(null);
});

async function excelError(p: Promise<unknown>): Promise<CfError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(CfError);
    return e as CfError;
  }
  throw new Error('expected an Excel error');
}

describe('MSPSYNC.COVERAGE (demo MSP)', () => {
  it('gives the outcome and reason the invoice check would give', async () => {
    expect(await coverage('Acme Dental', 'Technician', 'Standard', null, '2026-09-15')).toBe('covered: covered');
    expect(await coverage('acme dental', 'Project Engineer', 'Standard', null, '2026-09-15')).toBe('billable: excluded_role'); // Excluded Roles
    expect(await coverage('Acme Dental', 'Technician', 'Contract Exclusion', null, '2026-09-15')).toBe('billable: excluded_work_type'); // Always Excluded
    expect(await coverage('Acme Dental', 'Technician', 'Non-billable - Shown', null, '2026-09-15')).toBe('non_billable: non_billable_work_type');
    expect(await coverage('Acme Dental', 'Technician', 'Standard', 'Backup & DR', '2026-09-15')).toBe('billable: service_not_in_agreement'); // Silver has no backup
    expect(await coverage('Maple Street Bakery', 'Engineer', 'Standard')).toBe('billable: tm_agreement'); // date defaults to today
    expect(await coverage('Acme Dental', 'Technician', 'Standard', null, localDateTimeToSerial('2026-09-15'))).toBe('covered: covered'); // a date cell
  });

  it('answers a bad argument with #VALUE! and a message, not a guess', async () => {
    const unknown = await excelError(coverage('Nobody Inc', 'Technician', 'Standard', null, '2026-09-15'));
    expect(unknown.code).toBe('#VALUE!');
    expect(unknown.message).toMatch(/Nobody Inc/);
    expect((await excelError(coverage('Acme Dental', 'Wizard', 'Standard', null, '2026-09-15'))).message).toMatch(/Wizard/);
    expect((await excelError(coverage('', 'Technician', 'Standard'))).message).toBe('customer is required');
    expect((await excelError(coverage('Acme Dental', 'Technician', 'Standard', null, 'next tuesday'))).code).toBe('#VALUE!');
  });
});

describe('MSPSYNC.BILLABLE', () => {
  it('prices with the agreement bill increment, minimum, role rate and multiplier', async () => {
    // Maple Street Bakery (T&M): increment 0.5 h, minimum 1 h; Engineer 150/h; After Hours ×1.5.
    expect(await billable('Maple Street Bakery', 'Engineer', 'Standard', 1.1, null, '2026-09-15')).toBe(225); // 1.5 h × 150
    expect(await billable('Maple Street Bakery', 'Engineer', 'After Hours', 0.2, null, '2026-09-15')).toBe(225); // 1 h × 225
    expect(await billable('Acme Dental', 'Technician', 'Standard', 3, null, '2026-09-15')).toBe(0); // covered
    expect((await excelError(billable('Acme Dental', 'Technician', 'Standard', -1))).message).toBe('hours must be a number ≥ 0, got -1');
  });
});

describe('MSPSYNC.SLADUE', () => {
  // Calendar Mon–Fri 08:00–17:00 America/New_York; 2026-09-15 is a Tuesday.
  it('adds the target business hours from Created', async () => {
    const created = '2026-09-15T09:00:00';
    expect(await sladue(created, 'P2', 'Acme Dental', 'response')).toBeCloseTo(localDateTimeToSerial('2026-09-15T11:00:00'), 8); // managed P2: 2 h
    expect(await sladue(localDateTimeToSerial(created), 'High', 'Acme Dental')).toBeCloseTo(localDateTimeToSerial('2026-09-15T17:00:00'), 8); // 8 h: exact fit
    expect(await sladue(created, 'P2')).toBeCloseTo(localDateTimeToSerial('2026-09-17T15:00:00'), 8); // break-fix P2: 24 h = 8 + 9 + 7
  });

  it('rejects a bad priority or kind', async () => {
    expect((await excelError(sladue('2026-09-15T09:00:00', 'P9'))).code).toBe('#VALUE!');
    expect((await excelError(sladue('2026-09-15T09:00:00', 'P1', null, 'lunch'))).message).toBe('kind must be response, plan or resolution, got "lunch"');
  });
});

describe('MSPSYNC.KPI', () => {
  it("reads a metric for everyone, a resource or a team from the month's KPIs", async () => {
    const wb = parseWorkbook(demoWorkbook());
    const expected = computeKpis(wb, { month: '2026-09' });
    expect(await kpi('Utilization %', null, '2026-09')).toBe(expected.overall.utilization);
    const person = expected.resources.find((r) => r.utilization !== null)!;
    expect(await kpi('utilization %', person.resource, '2026-09')).toBe(person.utilization);
    expect(await kpi('Open Tickets', expected.teams[0].team, '2026-09')).toBe(expected.teams[0].openTickets);
  });

  it('says which metrics exist and refuses Finance figures per resource', async () => {
    expect((await excelError(kpi('Happiness', null, '2026-09'))).message).toMatch(/unknown metric "Happiness" \(known: MTTR Hours, /);
    expect((await excelError(kpi('DSO Days', 'Ana', '2026-09'))).message).toMatch(/company figure/);
    expect((await excelError(kpi('MTTR Hours', 'Nobody', '2026-09'))).message).toBe('no resource or team named "Nobody" in 2026-09');
    expect((await excelError(kpi('MTTR Hours', null, '2026/13'))).message).toMatch(/month like 2026-09/);
  });

  it('reads the workbook once for many calls', async () => {
    const before = cache.loads;
    await kpi('FCR %', null, '2026-09');
    await kpi('Reopen %', null, '2026-09');
    expect(cache.loads).toBe(before);
  });
});

describe('MSPSYNC.BONUS', () => {
  it("gives the employee's payout for the month, matching names like the workbook does", async () => {
    const expected = computeBonus(parseWorkbook(demoWorkbook()), { month: '2026-09' });
    const paid = expected.employees.find((e) => e.payout > 0)!;
    expect(await bonus(paid.employee.toUpperCase(), '2026-09')).toBe(paid.payout);
    for (const e of expected.employees) expect(await bonus(e.employee, '2026-09')).toBe(e.payout);
  });

  it('needs a known employee and a month', async () => {
    expect((await excelError(bonus('Nobody', '2026-09'))).message).toBe('no employee named "Nobody" in Employees');
    expect((await excelError(bonus('Alex Rivera', ''))).message).toBe('month is required (YYYY-MM)');
  });
});

describe('registration', () => {
  it('offers the five functions of the contract', () => {
    expect(Object.keys(CUSTOM_FUNCTIONS).sort()).toEqual(['BILLABLE', 'BONUS', 'COVERAGE', 'KPI', 'SLADUE']);
  });
});

describe('refresh on change', () => {
  it('answers from the cache until the sheet it read changes, then from the edited sheet', async () => {
    expect(await coverage('Acme Dental', 'Technician', 'Standard', null, '2026-09-15')).toBe('covered: covered');
    const agreements = excel.sheet('Agreements')!;
    const header = agreements.cells[0] as string[];
    const acme = agreements.cells.findIndex((r) => r?.[0] === 'Acme Dental');
    agreements.cells[acme][header.indexOf('Excluded Roles')] = 'Project Engineer, Technician';
    expect(await coverage('Acme Dental', 'Technician', 'Standard', null, '2026-09-15')).toBe('covered: covered'); // not told yet
    cache.invalidateSheet('Time Entries'); // an edit elsewhere changes nothing here
    expect(await coverage('Acme Dental', 'Technician', 'Standard', null, '2026-09-15')).toBe('covered: covered');
    cache.invalidateSheet('Agreements'); // what the onChanged handler does for an edit there
    expect(await coverage('Acme Dental', 'Technician', 'Standard', null, '2026-09-15')).toBe('billable: excluded_role');
  });
});
