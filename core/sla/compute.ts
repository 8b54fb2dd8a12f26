/**
 * `computeSla(wb, { month, asOf })`: due dates and met/missed per ticket, a summary side by side for
 * managed, block-hours and break-fix (Time & Materials or no agreement) customers and by priority, and
 * the tickets at risk as of asOf. Tickets belong to the month of their Resolved time; open tickets to the
 * month they were created in.
 */
import { buildCalendar } from '../calendar/calendar';
import { businessMinutesBetween } from '../calendar/business-time';
import { parseAsOf, zoneClock } from '../calendar/zone';
import { finding, type Finding } from '../findings';
import type { Workbook } from '../workbook/parse-workbook';
import { requireTables } from '../workbook/parse-workbook';
import { PRIORITIES, type AgreementType, type Priority } from '../workbook/tables';
import { analyzeTickets, type TicketFacts } from './analyze';
import { inputFindings } from './input-findings';
import { metRate, type MetRate } from './rates';

export interface SlaOptions {
  /** YYYY-MM: only tickets of that month in `tickets` and `summary`. */
  month?: string;
  /** The moment the report is as of (ISO text or epoch ms). Core has no clock: the caller passes now. */
  asOf?: string | number;
  /** "At risk" = due within this many business hours of asOf, not yet met (default 4). */
  atRiskHours?: number;
}

export interface SlaTicket {
  ticket: string;
  cell: string;
  customer: string;
  resource: string | null;
  priority: Priority | null;
  agreementType: AgreementType | null;
  tier: string | null;
  created: string | null;
  firstResponse: string | null;
  resolved: string | null;
  responseDue: string | null;
  planDue: string | null;
  resolutionDue: string | null;
  responseMet: boolean | null;
  resolutionMet: boolean | null;
  pausedHours: number;
  /** Business hours Created → Resolved with pauses removed (null while open). */
  resolutionHours: number | null;
  month: string | null;
}

export interface SlaGroup {
  tickets: number;
  response: MetRate;
  resolution: MetRate;
}

export interface SlaSummary {
  overall: SlaGroup;
  managed: SlaGroup;
  blockHours: SlaGroup;
  /** Time & Materials agreements and customers with no agreement (seed 004). */
  breakFix: SlaGroup;
  byPriority: Record<Priority, SlaGroup>;
}

export interface AtRiskItem {
  ticket: string;
  customer: string;
  resource: string | null;
  priority: Priority | null;
  clock: 'response' | 'resolution';
  due: string;
  businessHoursLeft: number;
}

export interface SlaResult {
  findings: Finding[];
  month: string | null;
  asOf: string;
  timeZone: string;
  tickets: SlaTicket[];
  summary: SlaSummary;
  atRiskHours: number;
  atRisk: AtRiskItem[];
}

const round = (n: number, places = 4) => Math.round(n * 10 ** places) / 10 ** places;

export function slaGroup(facts: readonly TicketFacts[]): SlaGroup {
  const valid = facts.filter((f) => f.valid);
  return { tickets: facts.length, response: metRate(valid.map((f) => f.responseMet)), resolution: metRate(valid.map((f) => f.resolutionMet)) };
}

export function summarize(facts: readonly TicketFacts[]): SlaSummary {
  const byPriority = {} as Record<Priority, SlaGroup>;
  for (const p of Object.keys(PRIORITIES) as Priority[]) byPriority[p] = slaGroup(facts.filter((f) => f.priority === p));
  return {
    overall: slaGroup(facts),
    managed: slaGroup(facts.filter((f) => f.agreementType === 'managed')),
    blockHours: slaGroup(facts.filter((f) => f.agreementType === 'block_hours')),
    breakFix: slaGroup(facts.filter((f) => f.agreementType === 'tm' || f.agreementType === null)),
    byPriority,
  };
}

/** Resolves the as-of option against the workbook zone; a bad value is an error finding. */
export function resolveAsOf(asOf: string | number | undefined, zone: string, findings: Finding[]): number | undefined {
  if (asOf === undefined) return undefined;
  if (typeof asOf === 'number') return asOf;
  const ms = parseAsOf(asOf, zoneClock(zone));
  if (ms === null) findings.push(finding('error', 'invalid_as_of', null, `as-of must be an ISO date or date-time, got ${JSON.stringify(asOf)}`));
  return ms ?? undefined;
}

export function computeSla(wb: Workbook, options: SlaOptions = {}): SlaResult {
  const findings: Finding[] = [...requireTables(wb, ['Tickets', 'SLA', 'Calendar']), ...inputFindings(wb, ['Tickets', 'TicketEvents', 'SLA', 'Calendar', 'Holidays', 'Agreements'])];
  const clock = zoneClock(wb.settings.timeZone);
  const { calendar, findings: calFindings } = buildCalendar(wb);
  findings.push(...calFindings.filter((f) => f.code !== 'empty_calendar' || wb.Calendar.present));
  const analysis = analyzeTickets(wb, calendar, clock, resolveAsOf(options.asOf, wb.settings.timeZone, findings));
  findings.push(...analysis.findings);
  const { facts, asOf } = analysis;
  const inMonth = options.month ? facts.filter((f) => f.month === options.month) : facts;
  const iso = (ms: number | null) => (ms === null ? null : clock.format(ms));
  const tickets: SlaTicket[] = inMonth.map((f) => ({
    ticket: f.ticket,
    cell: f.cell,
    customer: f.customer,
    resource: f.row.resource ?? null,
    priority: f.priority,
    agreementType: f.agreementType,
    tier: f.tier,
    created: iso(f.created),
    firstResponse: iso(f.firstResponse),
    resolved: iso(f.resolved),
    responseDue: iso(f.responseDue),
    planDue: iso(f.planDue),
    resolutionDue: iso(f.resolutionDue),
    responseMet: f.responseMet,
    resolutionMet: f.resolutionMet,
    pausedHours: round(f.pausedMinutes / 60),
    resolutionHours: f.resolutionMinutes === null ? null : round(f.resolutionMinutes / 60),
    month: f.month,
  }));
  const atRiskHours = options.atRiskHours ?? 4;
  const atRisk: AtRiskItem[] = [];
  if (calendar) {
    for (const f of facts) {
      if (!f.valid || f.created === null || f.created > asOf) continue;
      const clocks: ['response' | 'resolution', number | null, number | null][] = [
        ['response', f.firstResponse, f.responseDue],
        ['resolution', f.resolved, f.resolutionDue],
      ];
      for (const [name, event, due] of clocks) {
        if (due === null || due < asOf || (event !== null && event <= asOf)) continue;
        const left = businessMinutesBetween(calendar, asOf, due, f.pauses) / 60;
        if (left <= atRiskHours) {
          atRisk.push({ ticket: f.ticket, customer: f.customer, resource: f.row.resource ?? null, priority: f.priority, clock: name, due: clock.format(due), businessHoursLeft: round(left) });
        }
      }
    }
    atRisk.sort((a, b) => a.businessHoursLeft - b.businessHoursLeft || a.due.localeCompare(b.due));
  }
  return { findings, month: options.month ?? null, asOf: clock.format(asOf), timeZone: clock.zone, tickets, summary: summarize(inMonth), atRiskHours, atRisk };
}
