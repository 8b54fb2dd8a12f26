/**
 * TicketEvents grouped per ticket, as instants in time order, and the pauses they make: a ticket is
 * paused from an event into a Pause Status until the next event into any other status, or its Resolved
 * time (resolved while paused closes the pause then), or — still open — the as-of time.
 */
import type { ZoneClock } from '../calendar/zone';
import { parseInstant } from '../calendar/zone';
import { mergeIntervals } from '../calendar/business-time';
import { finding, type Finding } from '../findings';
import { nameKey } from '../names';
import { cellOf, type ParsedTable } from '../workbook/parse-table';
import type { TicketEventRow } from '../workbook/tables';

export interface TicketEvent {
  at: number;
  status: string;
}

/** Ticket key → events sorted by time (ties keep sheet order). Reports rows out of time order. */
export function groupEvents(table: ParsedTable<TicketEventRow>, clock: ZoneClock, known: ReadonlySet<string>): { events: Map<string, TicketEvent[]>; findings: Finding[] } {
  const events = new Map<string, TicketEvent[]>();
  const findings: Finding[] = [];
  const outOfOrder = new Set<string>();
  for (const r of table.rows) {
    if (r.errors || r.ticket === undefined || r.at === undefined || r.status === undefined) continue; // parse finding already given
    const key = nameKey(r.ticket);
    if (!known.has(key)) {
      findings.push(finding('warning', 'unknown_ticket', cellOf(table, r, 'ticket'), `Event for ticket ${r.ticket}, which is not in Tickets; ignored`));
      continue;
    }
    const at = parseInstant(r.at, clock);
    if (at === null) continue;
    let list = events.get(key);
    if (!list) events.set(key, (list = []));
    if (list.length > 0 && at < list[list.length - 1].at && !outOfOrder.has(key)) {
      outOfOrder.add(key);
      findings.push(finding('warning', 'events_out_of_order', cellOf(table, r, 'at'),
        `Events of ticket ${r.ticket} are not in time order; they are used sorted by time`));
    }
    list.push({ at, status: r.status });
  }
  for (const list of events.values()) list.sort((a, b) => a.at - b.at); // stable: ties keep sheet order
  return { events, findings };
}

/**
 * Pause intervals (flat, merged) of one ticket within [created, end], where end is its Resolved time or,
 * when still open, the as-of time. Events after the end do not count.
 */
export function pausesOf(events: readonly TicketEvent[], pauseKeys: ReadonlySet<string>, created: number, end: number): number[] {
  const pairs: [number, number][] = [];
  let since: number | null = null;
  for (const e of events) {
    if (e.at > end) break;
    const pausing = pauseKeys.has(nameKey(e.status));
    if (pausing && since === null) since = e.at;
    else if (!pausing && since !== null) {
      pairs.push([Math.max(since, created), e.at]);
      since = null;
    }
  }
  if (since !== null) pairs.push([Math.max(since, created), end]);
  return mergeIntervals(pairs);
}
