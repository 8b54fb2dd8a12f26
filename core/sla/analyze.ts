/**
 * Per-ticket SLA facts shared by the SLA report, the KPIs and the bonus: instants, pauses, due dates,
 * met/missed and business durations. Met means event ≤ due; an event that has not happened is missed
 * once the due is past as of asOf, and N/A (null) while the due is still ahead.
 */
import { addBusinessMinutes, businessMinutesBetween } from '../calendar/business-time';
import type { BusinessCalendar } from '../calendar/calendar';
import { parseInstant, type ZoneClock } from '../calendar/zone';
import { finding, type Finding } from '../findings';
import { buildGridModel } from '../grid/model';
import { nameKey } from '../names';
import { cellOf, type Row } from '../workbook/parse-table';
import type { Workbook } from '../workbook/parse-workbook';
import type { AgreementType, Priority, SlaRow, TicketRow, TicketType } from '../workbook/tables';
import { indexSlaTargets, targetFor } from './targets';
import { groupEvents, pausesOf, type TicketEvent } from './ticket-events';

export interface TicketFacts {
  row: Row<TicketRow>;
  cell: string;
  ticket: string;
  customer: string;
  customerKey: string;
  resourceKey: string | null;
  priority: Priority | null;
  type: TicketType | null;
  agreementType: AgreementType | null;
  tier: string | null;
  target: Row<SlaRow> | null;
  created: number | null;
  firstResponse: number | null;
  /** Null when open — or when the Resolved cell is unusable (before Created): see `valid`. */
  resolved: number | null;
  /** False when Created is unreadable or Resolved precedes it: excluded from rates and means. */
  valid: boolean;
  events: TicketEvent[];
  pauses: number[];
  responseDue: number | null;
  planDue: number | null;
  resolutionDue: number | null;
  responseMet: boolean | null;
  resolutionMet: boolean | null;
  /** Business minutes paused between Created and Resolved (or asOf when open). */
  pausedMinutes: number;
  /** Business minutes Created → Resolved with pauses removed; null while open. */
  resolutionMinutes: number | null;
  /** YYYY-MM of Resolved, or of Created for open tickets. */
  month: string | null;
}

export interface TicketAnalysis {
  facts: TicketFacts[];
  findings: Finding[];
  clock: ZoneClock;
  asOf: number;
}

function metState(event: number | null, due: number | null, asOf: number): boolean | null {
  if (due === null) return null;
  if (event !== null) return event <= due;
  return asOf > due ? false : null;
}

/** Latest instant the tickets mention: the default as-of time when the caller gives none. */
function latestInstant(wb: Workbook, clock: ZoneClock): number {
  let latest = -Infinity;
  for (const r of wb.Tickets.rows) {
    for (const v of [r.created, r.firstResponse, r.resolved]) {
      const ms = v === undefined ? null : parseInstant(v, clock);
      if (ms !== null && ms > latest) latest = ms;
    }
  }
  for (const r of wb.TicketEvents.rows) {
    const ms = r.at === undefined ? null : parseInstant(r.at, clock);
    if (ms !== null && ms > latest) latest = ms;
  }
  return Number.isFinite(latest) ? latest : 0;
}

export function analyzeTickets(wb: Workbook, calendar: BusinessCalendar | null, clock: ZoneClock, asOfMs?: number): TicketAnalysis {
  const T = wb.Tickets;
  const findings: Finding[] = [];
  const asOf = asOfMs ?? latestInstant(wb, clock);
  const model = buildGridModel(wb);
  const tierKeys = new Set<string>([...model.tiers.keys()]);
  for (const list of model.agreements.values()) for (const a of list) if (a.tier) tierKeys.add(nameKey(a.tier));
  const { targets, findings: targetFindings } = indexSlaTargets(wb.SLA, tierKeys);
  findings.push(...targetFindings);
  const known = new Set(T.rows.filter((r) => r.ticket !== undefined).map((r) => nameKey(r.ticket)));
  const { events, findings: eventFindings } = groupEvents(wb.TicketEvents, clock, known);
  findings.push(...eventFindings);
  const pauseKeys = new Set(wb.settings.pauseStatuses.map(nameKey));

  const facts: TicketFacts[] = [];
  for (const r of T.rows) {
    if (r.ticket === undefined) continue; // missing_value finding already given
    const key = nameKey(r.ticket);
    const created = r.created === undefined ? null : parseInstant(r.created, clock);
    let resolved = r.resolved === undefined ? null : parseInstant(r.resolved, clock);
    const firstResponse = r.firstResponse === undefined ? null : parseInstant(r.firstResponse, clock);
    let valid = created !== null;
    if (created !== null && resolved !== null && resolved < created) {
      findings.push(finding('error', 'resolved_before_created', cellOf(T, r, 'resolved'),
        `Ticket ${r.ticket} is resolved (${r.resolved}) before it was created (${r.created}); it is left out of SLA rates and MTTR`));
      valid = false;
      resolved = null;
    }
    const f: TicketFacts = {
      row: r,
      cell: cellOf(T, r, 'ticket'),
      ticket: r.ticket,
      customer: r.customer ?? '',
      customerKey: nameKey(r.customer ?? ''),
      resourceKey: r.resource ? nameKey(r.resource) : null,
      priority: r.priority ?? null,
      type: r.type ?? null,
      agreementType: null,
      tier: null,
      target: null,
      created,
      firstResponse,
      resolved,
      valid,
      events: events.get(key) ?? [],
      pauses: [],
      responseDue: null,
      planDue: null,
      resolutionDue: null,
      responseMet: null,
      resolutionMet: null,
      pausedMinutes: 0,
      resolutionMinutes: null,
      month: null,
    };
    facts.push(f);
    if (created === null) continue;
    f.month = clock.localDate(resolved ?? created).slice(0, 7);
    const createdDate = clock.localDate(created);
    if (f.priority) {
      const match = targetFor(targets, model, f.customerKey, createdDate, f.priority);
      f.agreementType = match.agreementType;
      f.tier = match.tier;
      f.target = match.row;
      if (!match.row) {
        const scope = match.tier ?? match.agreementType ?? 'no agreement (Time & Materials)';
        findings.push(finding('warning', 'no_sla_target', cellOf(T, r, 'priority'),
          `No SLA row for ${scope} ${f.priority} (ticket ${r.ticket}); its due dates are not computed`));
      }
    } else {
      f.agreementType = targetFor(targets, model, f.customerKey, createdDate, 'P4').agreementType;
    }
    const end = resolved ?? Math.max(asOf, created);
    f.pauses = pausesOf(f.events, pauseKeys, created, end);
    if (!calendar) continue;
    if (f.pauses.length > 0) f.pausedMinutes = businessMinutesBetween(calendar, created, end) - businessMinutesBetween(calendar, created, end, f.pauses);
    if (resolved !== null) f.resolutionMinutes = businessMinutesBetween(calendar, created, resolved, f.pauses);
    const t = f.target;
    if (!t) continue;
    const due = (hours: number | undefined) => {
      if (hours === undefined) return null;
      const ms = addBusinessMinutes(calendar, created, hours * 60, f.pauses);
      if (ms === null) {
        findings.push(finding('warning', 'due_beyond_horizon', cellOf(T, r, 'created'),
          `Ticket ${r.ticket}: a ${hours}-hour target does not fit in the calendar's working time within 3 years`));
      }
      return ms;
    };
    f.responseDue = due(t.responseHours);
    f.planDue = due(t.planHours);
    f.resolutionDue = due(t.resolutionHours);
    if (valid) {
      f.responseMet = metState(firstResponse, f.responseDue, asOf);
      f.resolutionMet = metState(resolved, f.resolutionDue, asOf);
    }
  }
  return { facts, findings, clock, asOf };
}
