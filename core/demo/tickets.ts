/**
 * Three months of tickets (2026-08..2026-10) with their status history. SLA outcomes are planted through
 * the business minutes each ticket took (a factor > 1 of its target misses), Waiting Customer pauses
 * stop the clock, and tickets still running at the export (2026-11-01 00:00) stay open.
 */
import { DEMO_SLA, type Table } from './catalog';
import { addBusinessMinutes, dayOfDate, isBusinessDay, MINUTES_PER_DAY, serialOfMinute } from './clock';
import { DEMO_CUSTOMERS, type DemoCustomer } from './customers';
import type { Random } from './random';
import { byName, SERVICE_DESK, type DemoEmployee } from './staff';

export type DemoPriority = 'P1' | 'P2' | 'P3' | 'P4';
export type DemoTicketType = 'Incident' | 'Request' | 'Alert' | 'Project';

export interface DemoTicket {
  id: string;
  customer: DemoCustomer;
  priority: DemoPriority;
  type: DemoTicketType;
  created: number;
  firstResponse?: number;
  pause?: readonly [number, number];
  resolved?: number;
  resource: DemoEmployee;
  queue: string;
  reopened: number;
  escalated: boolean;
  csat?: 'Positive' | 'Neutral' | 'Negative';
  estimatedHours?: number;
}

export const DEMO_TICKET_COUNT = 320;
/** The moment the data was exported: 2026-11-01 00:00 local. */
export const EXPORT_MINUTE = dayOfDate('2026-11-01') * MINUTES_PER_DAY;
const LAST_DAY = dayOfDate('2026-10-31');

function employedOn(e: DemoEmployee, minute: number): boolean {
  return e.start === undefined || dayOfDate(e.start) * MINUTES_PER_DAY <= minute;
}

function pickResource(rnd: Random, type: DemoTicketType, priority: DemoPriority, created: number, customer: DemoCustomer): DemoEmployee {
  if (type === 'Alert') return rnd.chance(0.85) ? byName('Fatima Noor') : byName('Dana Brooks');
  if (type === 'Project') return customer.tier === 'Platinum' && rnd.chance(0.4) ? byName('Hiro Tanaka') : byName('Grace Kim');
  if ((priority === 'P1' || priority === 'P2') && rnd.chance(0.3)) return byName('Dana Brooks');
  const desk = SERVICE_DESK.filter((e) => e.name !== 'Dana Brooks' && employedOn(e, created));
  return rnd.pick(desk);
}

function createdMinute(rnd: Random, type: DemoTicketType, priority: DemoPriority): number {
  let day: number;
  do day = rnd.int(0, LAST_DAY);
  while (!isBusinessDay(day) && !(type === 'Alert' && rnd.chance(0.3)));
  const afterHours = (type === 'Alert' || priority === 'P1') && rnd.chance(0.2);
  const minute = afterHours ? rnd.int(18 * 60, 22 * 60) : rnd.int(7 * 60 + 30, 17 * 60 + 15);
  return day * MINUTES_PER_DAY + minute;
}

/** Factor of the SLA target a ticket takes: mostly inside it, sometimes over (a missed SLA). */
const factor = (rnd: Random, missRate: number) => (rnd.chance(missRate) ? 1.05 + rnd.next() * 1.2 : 0.05 + rnd.next() * 0.9);

export function generateTickets(rnd: Random): DemoTicket[] {
  const customers = DEMO_CUSTOMERS.map((c) => [c, c.weight] as const);
  const draft: Omit<DemoTicket, 'id'>[] = [];
  for (let i = 0; i < DEMO_TICKET_COUNT; i++) {
    const customer = rnd.weighted(customers);
    const type = rnd.weighted<DemoTicketType>([['Incident', 45], ['Request', 35], ['Alert', 15], ['Project', 5]]);
    const priority = type === 'Project' ? 'P4' : rnd.weighted<DemoPriority>([['P1', 5], ['P2', 15], ['P3', 50], ['P4', 30]]);
    const created = createdMinute(rnd, type, priority);
    const [responseH, , resolutionH] = DEMO_SLA[customer.type][priority];
    // Break-fix work waits behind managed work (seed 004): T&M tickets miss more often.
    const missRate = customer.type === 'tm' ? 0.3 : 0.1;
    const responseMin = Math.max(1, Math.round(responseH * 60 * factor(rnd, missRate)));
    const workMin = Math.max(responseMin + 15, Math.round(resolutionH * 60 * factor(rnd, missRate)));
    const firstResponse = addBusinessMinutes(created, responseMin);
    let resolved: number;
    let pause: readonly [number, number] | undefined;
    if (rnd.chance(0.22)) {
      const before = responseMin + 5 + Math.round((workMin - responseMin - 10) * rnd.next() * 0.6);
      const start = addBusinessMinutes(created, before);
      const end = addBusinessMinutes(start, rnd.int(60, 900));
      pause = [start, end];
      resolved = addBusinessMinutes(end, workMin - before);
    } else {
      resolved = addBusinessMinutes(created, workMin);
    }
    const done = resolved < EXPORT_MINUTE;
    const escalated = rnd.chance(priority === 'P1' || priority === 'P2' ? 0.25 : 0.05);
    const surveyed = done && rnd.chance(0.4);
    draft.push({
      customer, priority, type, created,
      firstResponse: firstResponse < EXPORT_MINUTE ? firstResponse : undefined,
      pause: pause && pause[0] < EXPORT_MINUTE ? pause : undefined,
      resolved: done ? resolved : undefined,
      resource: pickResource(rnd, type, priority, created, customer),
      queue: type === 'Alert' ? 'NOC' : type === 'Project' ? 'Projects' : 'Service Desk',
      reopened: done && rnd.chance(0.05) ? 1 : 0,
      escalated,
      csat: surveyed ? rnd.weighted<'Positive' | 'Neutral' | 'Negative'>([['Positive', 86], ['Neutral', 9], ['Negative', 5]]) : undefined,
      estimatedHours: type === 'Project' ? rnd.int(8, 24) : undefined,
    });
  }
  draft.sort((a, b) => a.created - b.created);
  return draft.map((t, i) => ({ id: `T${24001 + i}`, ...t }));
}

function statusOf(t: DemoTicket): string {
  if (t.resolved !== undefined) return 'Closed';
  if (t.pause && t.pause[1] >= EXPORT_MINUTE) return 'Waiting Customer';
  return t.firstResponse === undefined ? 'New' : 'In Progress';
}

export function ticketsTable(tickets: readonly DemoTicket[]): Table {
  const rows: Table = [[
    'Ticket', 'Customer', 'Priority', 'Created', 'First Response', 'Resolved', 'Status', 'Resource', 'Queue', 'Type',
    'Reopened', 'Escalated', 'CSAT', 'Estimated Hours',
  ]];
  const at = (m: number | undefined) => (m === undefined ? '' : serialOfMinute(m));
  for (const t of tickets) {
    rows.push([
      t.id, t.customer.name, t.priority, at(t.created), at(t.firstResponse), at(t.resolved), statusOf(t), t.resource.name,
      t.queue, t.type, t.reopened, t.escalated ? 'Y' : 'N', t.csat ?? '', t.estimatedHours ?? '',
    ]);
  }
  return rows;
}

export function ticketEventsTable(tickets: readonly DemoTicket[]): Table {
  const rows: Table = [['Ticket', 'At', 'Status']];
  for (const t of tickets) {
    rows.push([t.id, serialOfMinute(t.created), 'New']);
    if (t.firstResponse !== undefined) rows.push([t.id, serialOfMinute(t.firstResponse), 'In Progress']);
    if (t.pause) {
      rows.push([t.id, serialOfMinute(t.pause[0]), 'Waiting Customer']);
      if (t.pause[1] < EXPORT_MINUTE) rows.push([t.id, serialOfMinute(t.pause[1]), 'In Progress']);
    }
    if (t.resolved !== undefined) rows.push([t.id, serialOfMinute(t.resolved), 'Closed']);
  }
  return rows;
}
