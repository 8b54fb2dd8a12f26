/**
 * The DESIGN §4.4 KPIs over one group of people (a resource, a team, everyone) for the context's month.
 * Tickets count for the person in their Resource column; tickets belong to the month of Resolved.
 * Every rate with an empty denominator is null (N/A).
 */
import type { TicketFacts } from '../sla/analyze';
import { metRate, ratio } from '../sla/rates';
import { nameKey } from '../names';
import type { KpiContext, Person } from './context';
import { daysWithin, isWorkingDay } from './month';
import { wilsonLowerBound } from './wilson';

export interface CsatKpi {
  /** Positive ÷ answered; null under the minimum sample. */
  positive: number | null;
  answered: number;
  positives: number;
  /** Wilson 95 % lower bound of the positive share; null under the minimum sample. */
  wilsonLower: number | null;
  minimumSample: number;
}

export interface KpiSet {
  people: number;
  hoursWorked: number;
  nonInternalHours: number;
  billableOrCoveredHours: number;
  capacityHours: number;
  utilization: number | null;
  billableUtilization: number | null;
  resolvedTickets: number;
  mttrMeanHours: number | null;
  mttrMedianHours: number | null;
  slaResponse: number | null;
  slaResolution: number | null;
  fcr: number | null;
  reopenRate: number | null;
  escalationRate: number | null;
  csat: CsatKpi;
  reactiveHours: number;
  endpoints: number;
  reactiveHoursPerEndpoint: number | null;
  openTickets: number;
  backlogPerTech: number | null;
}

/** Working hours a person could have logged this month: Hours per Day × working days while employed. */
export function capacityOf(ctx: KpiContext, p: Person): number {
  if (!ctx.calendar) return 0;
  const e = p.employee;
  const days = daysWithin(ctx.month, e?.start, e?.end).filter((d) => isWorkingDay(ctx.calendar!, d)).length;
  return (e?.hoursPerDay ?? 8) * days;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function isOpenAt(f: TicketFacts, t: number): boolean {
  return f.valid && f.created !== null && f.created <= t && (f.resolved === null || f.resolved > t);
}

/** members = null: everyone (including unassigned tickets and entries without a resource). */
export function groupKpis(ctx: KpiContext, members: readonly Person[] | null): KpiSet {
  const keys = members ? new Set(members.map((m) => m.key)) : null;
  const mine = (key: string | null) => keys === null || (key !== null && keys.has(key));
  const people = members ?? [...ctx.people.values()];

  const entries = ctx.entries.filter((e) => mine(e.resourceKey));
  const sum = (xs: { hours: number }[]) => xs.reduce((a, e) => a + e.hours, 0);
  const hoursWorked = sum(entries);
  const nonInternal = entries.filter((e) => !e.internal);
  const nonInternalHours = sum(nonInternal);
  const billableOrCoveredHours = sum(nonInternal.filter((e) => e.billableOrCovered));
  const capacityHours = people.reduce((a, p) => a + capacityOf(ctx, p), 0);
  const reactiveHours = sum(entries.filter((e) => e.reactive));

  const tickets = ctx.tickets.filter((f) => mine(f.resourceKey));
  const ofMonth = tickets.filter((f) => f.valid && f.month === ctx.month);
  const resolved = ofMonth.filter((f) => f.resolved !== null);
  const mttr = resolved.filter((f) => f.resolutionMinutes !== null).map((f) => f.resolutionMinutes! / 60);
  const firstContact = resolved.filter((f) => (ctx.entriesPerTicket.get(nameKey(f.ticket)) ?? 0) === 1 && f.row.reopened === 0);
  const answered = resolved.filter((f) => f.row.csat !== undefined);
  const positives = answered.filter((f) => f.row.csat === 'Positive').length;
  const minimumSample = ctx.wb.settings.csatMinimumSample;
  const enough = answered.length >= minimumSample && answered.length > 0;
  const open = tickets.filter((f) => isOpenAt(f, ctx.openAt)).length;

  return {
    people: people.length,
    hoursWorked,
    nonInternalHours,
    billableOrCoveredHours,
    capacityHours,
    utilization: ratio(nonInternalHours, capacityHours),
    billableUtilization: ratio(billableOrCoveredHours, capacityHours),
    resolvedTickets: resolved.length,
    mttrMeanHours: mttr.length ? mttr.reduce((a, b) => a + b, 0) / mttr.length : null,
    mttrMedianHours: median(mttr),
    // DESIGN §4.5: tickets belong to the month of their Resolved time — open tickets are not rated yet.
    slaResponse: metRate(resolved.map((f) => f.responseMet)).rate,
    slaResolution: metRate(resolved.map((f) => f.resolutionMet)).rate,
    fcr: ratio(firstContact.length, resolved.length),
    reopenRate: ratio(resolved.filter((f) => f.row.reopened > 0).length, resolved.length),
    escalationRate: ratio(resolved.filter((f) => f.row.escalated).length, resolved.length),
    csat: {
      positive: enough ? positives / answered.length : null,
      answered: answered.length,
      positives,
      wilsonLower: enough ? wilsonLowerBound(positives, answered.length) : null,
      minimumSample,
    },
    reactiveHours,
    endpoints: ctx.endpoints,
    reactiveHoursPerEndpoint: ratio(reactiveHours, ctx.endpoints),
    openTickets: open,
    backlogPerTech: ratio(open, people.length),
  };
}
