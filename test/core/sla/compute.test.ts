import { describe, expect, it } from 'vitest';
import { computeSla } from '../../../core/sla';
import { parseWorkbook } from '../../../core/workbook';
import { serviceDesk, tickets } from './fixture';

// Office hours Mon–Fri 09:00–17:00 America/New_York (EDT, -04:00 in September); Mon 2026-09-07 is a holiday.
const run = (options = {}) => computeSla(parseWorkbook(serviceDesk()), { asOf: '2026-09-18T08:00:00', ...options });
const byId = (r: ReturnType<typeof run>, id: string) => r.tickets.find((t) => t.ticket === id)!;

describe('computeSla: due dates per ticket', () => {
  const r = run();

  it('uses the tier row first and skips the holiday (T1)', () => {
    // Acme is Managed/Gold: Gold P1 (Critical) = 0.5 h response, 2 h resolution.
    // Created Fri 09-04 16:30: response 16:30 + 30 min = 17:00 (exact fit), first response 16:50 → met.
    // Resolution: Fri 30 min, Mon 09-07 holiday, Tue 09:00 + 1 h 30 = 10:30; resolved Tue 10:00 → met.
    expect(byId(r, 'T1')).toMatchObject({
      agreementType: 'managed',
      tier: 'Gold',
      responseDue: '2026-09-04T17:00:00-04:00',
      resolutionDue: '2026-09-08T10:30:00-04:00',
      responseMet: true,
      resolutionMet: true,
      pausedHours: 0,
      resolutionHours: 1.5, // Fri 0.5 + Tue 1.0
    });
  });

  it('removes a weekend pause from every clock (T2)', () => {
    // Managed P2: 2 h response, 4 h plan, 8 h resolution. Created Fri 09-11 15:00,
    // paused Fri 16:00 (Waiting Customer) → Mon 09-14 11:00 (In Progress). Rows are out of order in the sheet.
    // Response: Fri 15–16 (1 h) + Mon 11–12 → Mon 12:00. Plan: 1 h + Mon 11–14 → Mon 14:00.
    // Resolution: 1 h + Mon 11–17 (6 h) + Tue 09–10 → Tue 10:00; resolved Tue 12:00 → missed.
    expect(byId(r, 'T2')).toMatchObject({
      responseDue: '2026-09-14T12:00:00-04:00',
      planDue: '2026-09-14T14:00:00-04:00',
      resolutionDue: '2026-09-15T10:00:00-04:00',
      responseMet: true,
      resolutionMet: false,
      pausedHours: 3, // Fri 16–17 + Mon 09–11
      resolutionHours: 10, // Fri 1 + Mon 6 + Tue 3
    });
  });

  it('closes a pause at the resolution and marks a never-given response as missed once past due (T3)', () => {
    // T&M P1: 4 h response, 16 h resolution. Created Mon 09-14 09:00, On Hold 10:00, resolved 13:00 while
    // paused (the later In Progress event is after the resolution and does not count).
    // Response: 09–10 (1 h) + 13:00 + 3 h → Mon 16:00; no first response, as of Fri 09-18 → missed.
    // Resolution: 1 h + Mon 13–17 (4) + Tue (8) + Wed 09–12 (3) → Wed 09-16 12:00; resolved Mon 13:00 → met.
    expect(byId(r, 'T3')).toMatchObject({
      agreementType: 'tm',
      responseDue: '2026-09-14T16:00:00-04:00',
      resolutionDue: '2026-09-16T12:00:00-04:00',
      responseMet: false,
      resolutionMet: true,
      pausedHours: 3,
      resolutionHours: 1,
    });
  });

  it('treats a customer with no agreement as break-fix and leaves a future due N/A (T4)', () => {
    // No agreement → Time & Materials row ("Break-fix" P2): 8 h response, 24 h resolution.
    // Created Tue 09-15 10:00: response Tue 7 h + Wed 09–10 → Wed 10:00 (first response Tue 11:00 → met).
    // Resolution: Tue 7 + Wed 8 + Thu 8 + Fri 09–10 → Fri 09-18 10:00, still ahead as of Fri 08:00 → null.
    expect(byId(r, 'T4')).toMatchObject({
      agreementType: null,
      responseDue: '2026-09-16T10:00:00-04:00',
      resolutionDue: '2026-09-18T10:00:00-04:00',
      responseMet: true,
      resolutionMet: null,
      resolutionHours: null,
    });
  });

  it('lists tickets due within N business hours as of T', () => {
    // Fri 08:00 → Fri 10:00 is 1 business hour (office opens at 09:00).
    expect(r.atRisk).toEqual([
      { ticket: 'T4', customer: 'Delta', resource: 'Bob', priority: 'P2', clock: 'resolution', due: '2026-09-18T10:00:00-04:00', businessHoursLeft: 1 },
    ]);
    expect(run({ atRiskHours: 0.5 }).atRisk).toEqual([]);
  });

  it('reports bad input with cells and still computes the rest', () => {
    const codes = r.findings.map((f) => [f.code, f.cell]);
    expect(codes).toContainEqual(['resolved_before_created', 'Tickets!F7']);
    expect(codes).toContainEqual(['no_sla_target', 'Tickets!C6']);
    expect(codes).toContainEqual(['unknown_ticket', 'TicketEvents!A6']);
    expect(codes).toContainEqual(['events_out_of_order', 'TicketEvents!B3']);
    expect(byId(r, 'T6')).toMatchObject({ responseMet: null, resolutionMet: null, resolved: null });
    expect(byId(r, 'T5')).toMatchObject({ responseDue: null, resolutionMet: null });
  });

  it('reports an unknown priority from the parser and keeps the ticket', () => {
    const bad = { ...tickets, values: [...tickets.values.slice(0, 2), ['T8', 'Acme', 'Urgent-ish', '2026-09-15T10:00', '', '', 'Ann', '']] };
    const wb = parseWorkbook(serviceDesk().map((s) => (s.name === 'Tickets' ? bad : s)));
    const res = computeSla(wb, { asOf: '2026-09-18T08:00:00' });
    expect(res.findings.some((f) => f.cell === 'Tickets!C3' && f.severity === 'error')).toBe(true);
    expect(res.tickets.map((t) => t.ticket)).toEqual(['T1', 'T8']);
    expect(res.tickets[1]).toMatchObject({ priority: null, responseDue: null });
  });
});

describe('computeSla: summary', () => {
  it('splits managed and break-fix side by side, by priority, with N/A for empty groups', () => {
    const s = run({ month: '2026-09' }).summary;
    // Month 2026-09: T1–T6 (T7 was resolved in August). T6 (resolved before created) is not rated.
    // Managed: T1, T2, T5, T6 — response met T1, T2 (T5 has no target) → 2/2; resolution T1 met, T2 missed → 1/2.
    expect(s.managed).toEqual({ tickets: 4, response: { met: 2, missed: 0, rate: 1 }, resolution: { met: 1, missed: 1, rate: 0.5 } });
    // Break-fix: T3 (T&M), T4 (no agreement) — response T3 missed, T4 met; resolution T3 met, T4 pending.
    expect(s.breakFix).toEqual({ tickets: 2, response: { met: 1, missed: 1, rate: 0.5 }, resolution: { met: 1, missed: 0, rate: 1 } });
    expect(s.blockHours).toEqual({ tickets: 0, response: { met: 0, missed: 0, rate: null }, resolution: { met: 0, missed: 0, rate: null } });
    // Overall response 3 met / 1 missed; resolution 2 met / 1 missed.
    expect(s.overall.response.rate).toBe(0.75);
    expect(s.overall.resolution.rate).toBeCloseTo(2 / 3, 12);
    expect(s.byPriority.P1.response).toEqual({ met: 1, missed: 1, rate: 0.5 }); // T1 met, T3 missed
    expect(s.byPriority.P4).toEqual({ tickets: 0, response: { met: 0, missed: 0, rate: null }, resolution: { met: 0, missed: 0, rate: null } });
  });

  it('files tickets by the month of Resolved (open ones by Created)', () => {
    expect(run({ month: '2026-08' }).tickets.map((t) => t.ticket)).toEqual(['T7']);
    expect(run({ month: '2026-09' }).tickets.map((t) => t.ticket)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
  });

  it('refuses to compute without working time (no wall-clock fallback)', () => {
    const wb = parseWorkbook(serviceDesk().map((s) => (s.name === 'Calendar' ? { name: 'Calendar', values: [['Day', 'Start', 'End']] } : s)));
    const res = computeSla(wb, { asOf: '2026-09-18T08:00:00' });
    expect(res.findings.some((f) => f.code === 'empty_calendar' && f.severity === 'error')).toBe(true);
    expect(res.tickets.every((t) => t.responseDue === null && t.responseMet === null)).toBe(true);
    expect(res.summary.overall.response.rate).toBeNull();
  });
});
