/**
 * Seed 003's intake and open-ticket dashboard as of a moment T (recorded in the result). A ticket's
 * status at T is its last TicketEvent at or before T, else the Tickets Status column.
 */
import { headerKey, nameKey } from '../names';
import type { TicketFacts } from '../sla/analyze';
import { parseInstant } from '../calendar/zone';
import type { KpiContext } from './context';
import { isOpenAt } from './group';

const TWO_DAYS = 2 * 86_400_000;

export interface TicketList {
  count: number;
  tickets: string[];
}

export interface IntakeSnapshot {
  asOf: string;
  triageQueue: TicketList;
  nextSlaOverdue: TicketList;
  waitingNoActivity2Days: TicketList;
  onHoldPastDue: TicketList;
  techsOver20Open: { resource: string; open: number }[];
  unassignedNonTriage: TicketList;
  workedOver2xEstimate: TicketList;
}

const list = (fs: TicketFacts[]): TicketList => ({ count: fs.length, tickets: fs.map((f) => f.ticket) });

function statusAt(f: TicketFacts, t: number): string {
  let status: string | undefined;
  for (const e of f.events) if (e.at <= t) status = e.status;
  if (status === undefined && f.events.length === 0) status = f.row.status;
  return headerKey(status ?? '');
}

export function intakeSnapshot(ctx: KpiContext): IntakeSnapshot {
  const t = ctx.asOf;
  const open = ctx.tickets.filter((f) => isOpenAt(f, t));
  const inTriage = (f: TicketFacts) => headerKey(f.row.queue ?? '').includes('triage');

  // Last activity: creation, status events and time logged on the ticket, up to T.
  const lastEntry = new Map<string, number>();
  for (const r of ctx.wb.TimeEntries.rows) {
    if (!r.ticket || !r.date) continue;
    const at = parseInstant(r.start ?? r.dateTime ?? r.date, ctx.clock);
    if (at === null || at > t) continue;
    const k = nameKey(r.ticket);
    if (at > (lastEntry.get(k) ?? -Infinity)) lastEntry.set(k, at);
  }
  const lastActivity = (f: TicketFacts) => {
    let last = f.created ?? -Infinity;
    for (const e of f.events) if (e.at <= t && e.at > last) last = e.at;
    return Math.max(last, lastEntry.get(nameKey(f.ticket)) ?? -Infinity);
  };
  const nextDue = (f: TicketFacts) => (f.firstResponse === null || f.firstResponse > t ? f.responseDue : f.resolutionDue);

  const perTech = new Map<string, { resource: string; open: number }>();
  for (const f of open) {
    if (!f.resourceKey) continue;
    const cur = perTech.get(f.resourceKey) ?? { resource: f.row.resource!, open: 0 };
    cur.open++;
    perTech.set(f.resourceKey, cur);
  }

  return {
    asOf: ctx.clock.format(t),
    triageQueue: list(open.filter(inTriage)),
    nextSlaOverdue: list(open.filter((f) => { const d = nextDue(f); return d !== null && d < t; })),
    waitingNoActivity2Days: list(open.filter((f) => statusAt(f, t).startsWith('waiting') && t - lastActivity(f) > TWO_DAYS)),
    onHoldPastDue: list(open.filter((f) => statusAt(f, t) === 'onhold' && f.resolutionDue !== null && f.resolutionDue < t)),
    techsOver20Open: [...perTech.values()].filter((x) => x.open > 20),
    unassignedNonTriage: list(open.filter((f) => !f.resourceKey && !inTriage(f))),
    workedOver2xEstimate: list(open.filter((f) => {
      const est = f.row.estimatedHours;
      return est !== undefined && est > 0 && (ctx.hoursPerTicket.get(nameKey(f.ticket)) ?? 0) > 2 * est;
    })),
  };
}
