import { describe, expect, it } from 'vitest';
import { demoWorkbook, DEMO_AS_OF, DEMO_CUSTOMERS, DEMO_MONTHS, demoMonthlyTotal } from '../../../core/demo';
import { validateGrid } from '../../../core/grid';
import { nameKey } from '../../../core/names';
import { parseWorkbook, TABLE_NAMES } from '../../../core/workbook';

const sources = demoWorkbook();
const wb = parseWorkbook(sources);

describe('demoWorkbook', () => {
  it('holds every table of the workbook contract, header row first', () => {
    expect(sources.map((s) => s.name)).toEqual(TABLE_NAMES);
    for (const name of TABLE_NAMES) expect(wb[name].present, name).toBe(true);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(demoWorkbook())).toBe(JSON.stringify(sources));
  });

  it('holds only what Range.values holds: numbers, strings, booleans', () => {
    const odd = sources.flatMap((s) => s.values.flat().filter((v) => !['number', 'string', 'boolean'].includes(typeof v)));
    expect(odd).toEqual([]);
  });

  it('parses without a single finding', () => {
    expect(wb.findings).toEqual([]);
    expect(wb.settings.timeZone).toBe('America/New_York');
  });

  it.each([DEMO_AS_OF, '2026-08-01', new Date().toISOString().slice(0, 10)])('validates with no error and no warning as of %s', (asOf) => {
    expect(validateGrid(wb, { asOf })).toEqual([]);
  });

  it('has about a dozen managed customers over three tiers, one T&M and one Block Hours customer', () => {
    const managed = wb.Agreements.rows.filter((a) => a.type === 'managed');
    expect(managed.length).toBeGreaterThanOrEqual(10);
    expect(new Set(managed.map((a) => a.tier))).toEqual(new Set(['Silver', 'Gold', 'Platinum']));
    expect(wb.Agreements.rows.filter((a) => a.type === 'tm')).toHaveLength(1);
    expect(wb.Agreements.rows.filter((a) => a.type === 'block_hours').map((a) => a.blockHours)).toEqual([10]);
  });

  it('has the one-offs the brief asks for, incl. an approved price override on an added service', () => {
    const kinds = wb.OneOffs.rows.map((o) => o.kind);
    expect(kinds).toEqual(expect.arrayContaining(['cover_role', 'exclude_work_type', 'add_service', 'price_override']));
    const added = wb.OneOffs.rows.find((o) => o.kind === 'add_service')!;
    const override = wb.OneOffs.rows.find((o) => o.kind === 'price_override')!;
    expect([override.customer, override.target]).toEqual([added.customer, added.target]);
    expect(override.approvedBy).toBeTruthy();
  });

  it('keeps at most four billable work types, with an Always Excluded one and an After Hours multiplier', () => {
    const billable = wb.WorkTypes.rows.filter((w) => !w.nonBillable);
    expect(billable.length).toBeLessThanOrEqual(4);
    expect(billable.some((w) => w.alwaysExcluded)).toBe(true);
    expect(wb.WorkTypes.rows.find((w) => w.workType === 'After Hours')?.multiplier).toBe(1.5);
  });

  it('has three months of tickets and about 1,500 time entries, all naming defined customers, roles and work types', () => {
    const months = (dates: string[]) => [...new Set(dates.map((d) => d.slice(0, 7)))].sort();
    expect(wb.Tickets.rows.length).toBeGreaterThanOrEqual(250);
    expect(wb.TimeEntries.rows.length).toBeGreaterThanOrEqual(1200);
    expect(months(wb.Tickets.rows.map((t) => t.created))).toEqual([...DEMO_MONTHS]);
    expect(months(wb.TimeEntries.rows.map((e) => e.date))).toEqual([...DEMO_MONTHS]);
    const customers = new Set(wb.Agreements.rows.map((a) => nameKey(a.customer)));
    const services = new Set(wb.Services.rows.map((s) => nameKey(s.service)));
    for (const e of wb.TimeEntries.rows) {
      expect(customers.has(nameKey(e.customer))).toBe(true);
      if (e.service) expect(services.has(nameKey(e.service))).toBe(true);
    }
  });

  it('records some billable work as covered (leakage) and some covered work as billable', () => {
    const recorded = wb.TimeEntries.rows.map((e) => e.recorded);
    expect(recorded.filter((r) => r === 'billable').length).toBeGreaterThan(50);
    expect(recorded.filter((r) => r === 'covered').length).toBeGreaterThan(500);
    // Contract Exclusion work is always billable: the ones recorded Covered are the planted leakage.
    const leaked = wb.TimeEntries.rows.filter((e) => e.workType === 'Contract Exclusion' && e.recorded === 'covered');
    expect(leaked.length).toBeGreaterThan(0);
  });

  it('has status history with Waiting Customer pauses, in time order per ticket', () => {
    const byTicket = new Map<string, string[]>();
    for (const ev of wb.TicketEvents.rows) byTicket.set(ev.ticket, [...(byTicket.get(ev.ticket) ?? []), ev.at]);
    for (const ats of byTicket.values()) expect([...ats].sort()).toEqual(ats);
    expect(wb.TicketEvents.rows.some((ev) => ev.status === 'Waiting Customer')).toBe(true);
    expect(byTicket.size).toBe(wb.Tickets.rows.length);
  });

  it('business calendar Mon–Fri 08:00–17:00 with Labor Day 2026-09-07', () => {
    expect(wb.Calendar.rows.map((r) => [r.day, r.start, r.end])).toEqual(
      ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d) => [d, 8 * 3600, 17 * 3600]),
    );
    expect(wb.Holidays.rows.find((h) => h.date === '2026-09-07')?.name).toBe('Labor Day');
  });

  it('has a mid-month hire, two bonus plans with the brief\'s metrics, and a Finance row per month', () => {
    expect(wb.Employees.rows.some((e) => e.start !== undefined && e.start > '2026-09-01' && e.start < '2026-09-30')).toBe(true);
    expect(new Set(wb.BonusPlans.rows.map((p) => p.metric))).toEqual(
      new Set(['MTTR Hours', 'SLA Resolution %', 'CSAT %', 'Utilization %', 'DSO Days', 'Invoice Runs', 'Billing Response Hours']),
    );
    expect(wb.Finance.rows.map((f) => f.month)).toEqual([...DEMO_MONTHS]);
  });

  it('Managed Revenue is the sum of the agreements\' Monthly Totals', () => {
    const sum = DEMO_CUSTOMERS.reduce((s, c) => s + (c.type === 'tm' ? 0 : demoMonthlyTotal(c)), 0);
    const fromSheet = wb.Agreements.rows.reduce((s, a) => s + (a.monthlyTotal ?? 0), 0);
    expect(Math.round(sum * 100) / 100).toBe(Math.round(fromSheet * 100) / 100);
    for (const f of wb.Finance.rows) expect(f.managedRevenue).toBeCloseTo(fromSheet, 2);
  });
});
