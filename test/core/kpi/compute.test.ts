import { describe, expect, it } from 'vitest';
import { computeKpis, wilsonLowerBound } from '../../../core/kpi';
import { parseWorkbook } from '../../../core/workbook';
import { deskWorkbook, settings } from './fixture';

// Hand computation for September 2026 (see fixture): 22 weekdays − Labor Day = 21 working days.
// Ann capacity 8 × 21 = 168 h; Bob hired Wed 09-16: 16–18 (3) + 21–25 (5) + 28–30 (3) = 11 days = 88 h.
const run = () => computeKpis(parseWorkbook(deskWorkbook()), { month: '2026-09', asOf: '2026-09-30T12:00:00' });
const res = run();
const ann = res.resources.find((r) => r.resource === 'Ann')!;
const bob = res.resources.find((r) => r.resource === 'Bob')!;
const cat = res.resources.find((r) => r.resource === 'Cat')!;
const desk = res.teams.find((t) => t.team === 'Desk')!;

describe('computeKpis: time', () => {
  it('computes utilization and billable utilization on capacity with a mid-month hire', () => {
    // Ann: non-internal 2 + 1 + 1 = 4 h (Admin 4 h is internal); billable/covered 2 + 1 = 3 h (No Charge left out).
    expect(ann).toMatchObject({ capacityHours: 168, nonInternalHours: 4, billableOrCoveredHours: 3, hoursWorked: 8 });
    expect(ann.utilization).toBeCloseTo(4 / 168, 12);
    expect(ann.billableUtilization).toBeCloseTo(3 / 168, 12);
    // Bob: 1 + 0.5 + 3 = 4.5 h in September (the August entry is another month) on 88 h.
    expect(bob).toMatchObject({ capacityHours: 88, nonInternalHours: 4.5, billableOrCoveredHours: 4.5 });
    expect(bob.utilization).toBeCloseTo(4.5 / 88, 12);
    // Team Desk: 8.5 h on 256 h.
    expect(desk.utilization).toBeCloseTo(8.5 / 256, 12);
    expect(cat.utilization).toBe(0);
  });

  it('computes reactive hours per endpoint from Incident/Alert time and grid endpoint units', () => {
    // Endpoints: Beta 10 workstations + 2 servers = 12 (Acme's "Y" has no count; Backup is Flat).
    // Reactive: K1 (Incident) 2 h Ann; K3 (Alert) 1.5 h + K4 (Incident) 3 h Bob → team 6.5 h.
    expect(desk).toMatchObject({ endpoints: 12, reactiveHours: 6.5 });
    expect(desk.reactiveHoursPerEndpoint).toBeCloseTo(6.5 / 12, 12);
    expect(ann.reactiveHoursPerEndpoint).toBeCloseTo(2 / 12, 12);
  });
});

describe('computeKpis: tickets', () => {
  it('computes MTTR mean and median in business hours', () => {
    // K1 Tue 09:00→13:00 = 4 h; K2 Wed 09:00 → Thu 11:00 = 8 + 2 = 10 h; K3 Fri 09:00→10:00 = 1 h.
    expect(ann).toMatchObject({ resolvedTickets: 2, mttrMeanHours: 7, mttrMedianHours: 7 });
    expect(desk).toMatchObject({ resolvedTickets: 3, mttrMeanHours: 5, mttrMedianHours: 4 });
    expect(res.resources.find((r) => r.resource === 'Cat')).toMatchObject({ resolvedTickets: 0, mttrMeanHours: null, fcr: null, reopenRate: null });
  });

  it('computes FCR, reopen and escalation rates over resolved tickets', () => {
    // K1: one entry, no reopen → FCR. K2: one entry but reopened. K3: two entries.
    expect(ann).toMatchObject({ fcr: 0.5, reopenRate: 0.5, escalationRate: 0.5 });
    expect(desk.fcr).toBeCloseTo(1 / 3, 12);
    expect(bob).toMatchObject({ fcr: 0, reopenRate: 0, escalationRate: 0 });
  });

  it('computes SLA met % over the tickets resolved in the month', () => {
    // Resolved in September: K1 (response ✓, resolution ✓), K2 (✓, ✗: due Wed 17:00, resolved Thu 11:00), K3 (✓, ✓).
    // Open K4, K6, K7 are not rated until they are resolved (DESIGN §4.5: tickets belong to their Resolved month).
    expect(desk.slaResponse).toBe(1);
    expect(desk.slaResolution).toBeCloseTo(2 / 3, 12);
    expect(ann.slaResolution).toBe(0.5);
  });

  it('gives CSAT with its count and Wilson lower bound, N/A under the minimum sample', () => {
    // Ann: Positive + Negative = 1/2. Wilson (z = 1.96, n = 2, p = .5):
    // (0.5 + 0.96037 − 1.96 × √((0.25 + 0.48019) / 2)) / (1 + 1.92073) = (1.46037 − 1.18428) / 2.92073 ≈ 0.0945.
    expect(ann.csat).toMatchObject({ positive: 0.5, answered: 2, positives: 1, minimumSample: 2 });
    expect(ann.csat.wilsonLower).toBeCloseTo(0.0945, 3);
    // Bob: one answer (Neutral) < minimum sample 2 → N/A, count still shown.
    expect(bob.csat).toMatchObject({ positive: null, answered: 1, positives: 0, wilsonLower: null });
    expect(desk.csat.positive).toBeCloseTo(1 / 3, 12);
    expect(wilsonLowerBound(10, 10)).toBeCloseTo(0.7225, 3); // 10/10 answers: not 100 %
  });

  it('counts open tickets and backlog per tech at T', () => {
    // Open at 09-30 12:00: K4 (Bob), K5 (unassigned), K6 and K7 (Ann).
    expect(desk).toMatchObject({ openTickets: 3, backlogPerTech: 1.5 });
    expect(res.overall.openTickets).toBe(4);
    expect(res.overall.backlogPerTech).toBeCloseTo(4 / 3, 12); // Ann, Bob, Cat
  });

  it('computes DSO from Finance', () => {
    // 30,000 ÷ 45,000 × 30 days = 20.
    expect(res.overall.dsoDays).toBeCloseTo(20, 12);
    expect(res.overall.invoiceRuns).toBe(4);
  });

  it('labels each KPI with its definition', () => {
    expect(res.definitions.utilization).toMatch(/÷ capacity/);
    expect(Object.keys(res.definitions)).toEqual(expect.arrayContaining(['mttrMeanHours', 'fcr', 'csat', 'dsoDays', 'intake']));
  });
});

describe('computeKpis: intake snapshot as of T', () => {
  it('lists the seed 003 dashboard items', () => {
    const i = res.intake;
    expect(i.asOf).toBe('2026-09-30T12:00:00-04:00');
    expect(i.triageQueue.tickets).toEqual(['K7']);
    // Next due already past: K4 resolution (Mon 17:00), K5 response (Tue 12:00), K6 resolution (Thu 09-24 17:00), K7 response.
    expect(i.nextSlaOverdue.tickets).toEqual(['K4', 'K5', 'K6', 'K7']);
    // K6 is Waiting Customer since 09-25 10:00, last activity then: more than 2 days.
    expect(i.waitingNoActivity2Days.tickets).toEqual(['K6']);
    expect(i.onHoldPastDue.count).toBe(0);
    expect(i.unassignedNonTriage.tickets).toEqual(['K5']);
    // K4: 3 h worked on a 1 h estimate.
    expect(i.workedOver2xEstimate.tickets).toEqual(['K4']);
    expect(i.techsOver20Open).toEqual([]);
  });

  it('depends on T: earlier, fewer tickets are open', () => {
    const early = computeKpis(parseWorkbook(deskWorkbook()), { month: '2026-09', asOf: '2026-09-26T12:00:00' });
    // 09-26 12:00: K6 (paused since yesterday, < 2 days) is open; K4, K5, K7 do not exist yet.
    expect(early.intake.waitingNoActivity2Days.count).toBe(0);
    expect(early.intake.nextSlaOverdue.tickets).toEqual(['K6']);
  });

  it('defaults the CSAT minimum sample to 10', () => {
    const wb = parseWorkbook(deskWorkbook([{ ...settings, values: settings.values.slice(0, 2) }]));
    const r = computeKpis(wb, { month: '2026-09', asOf: '2026-09-30T12:00:00' });
    expect(r.teams[0].csat).toMatchObject({ positive: null, answered: 3, minimumSample: 10 });
  });
});
