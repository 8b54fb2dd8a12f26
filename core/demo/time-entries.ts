/**
 * About 1,500 time entries on the demo tickets (plus weekly Network Administration visits), recorded the
 * way techs record them: mostly right, with a realistic share of billable work written off as Covered
 * (leakage) and a few covered hours recorded Billable (overbilled).
 */
import { DEMO_SERVICES, PROJECT_ROLE, WORK_TYPE, type Table } from './catalog';
import { dateOfDay, isBusinessDay, MINUTES_PER_DAY, minuteOfDay, serialOfDate, timeFraction } from './clock';
import { DEMO_CUSTOMERS, DEMO_RULES, servicesOf, type DemoCustomer } from './customers';
import type { Random } from './random';
import { byName, DEMO_EMPLOYEES, type DemoEmployee } from './staff';
import { EXPORT_MINUTE, type DemoTicket, type DemoTicketType } from './tickets';

type Outcome = 'billable' | 'covered' | 'non_billable';

interface DemoEntry {
  day: number;
  start: number; // minute of day
  hours: number;
  customer: DemoCustomer;
  ticket?: string;
  resource: DemoEmployee;
  role: string;
  workType: string;
  service: string;
  notes: string;
}

const NOTES: Record<DemoTicketType | 'visit', readonly string[]> = {
  Incident: ['Outlook not syncing, rebuilt profile', 'Printer offline, reinstalled driver', 'VPN drops, updated client', 'User locked out, reset MFA', 'Slow PC, cleaned startup items', 'Mapped drive missing, fixed GPO'],
  Request: ['New user setup', 'Shared mailbox access', 'Install line-of-business update', 'New PC install', 'Password policy question', 'Add user to Teams channel'],
  Alert: ['Disk space low on server, cleared logs', 'Backup job failed, reran', 'Server offline alert, rebooted', 'AV threat quarantined, verified'],
  Project: ['Firewall replacement', 'Server migration', 'Microsoft 365 tenant migration', 'Wi-Fi upgrade'],
  visit: ['Scheduled network administration visit', 'Net admin checklist'],
};

const quarterHours = (rnd: Random, min: number, max: number) => rnd.int(min * 4, max * 4) / 4;

function hoursFor(rnd: Random, type: DemoTicketType): number {
  switch (type) {
    case 'Request': return quarterHours(rnd, 0.25, 1.5);
    case 'Incident': return quarterHours(rnd, 0.5, 2.5);
    case 'Alert': return quarterHours(rnd, 0.25, 1);
    case 'Project': return quarterHours(rnd, 1, 4);
  }
}

const entryCount: Record<DemoTicketType, readonly [number, number]> = {
  Incident: [2, 11], Request: [1, 9], Alert: [1, 5], Project: [10, 24],
};

/**
 * The service an entry is logged against: one the customer has, except a few (4 %) naming a service
 * outside the agreement (seed 000: out of scope, so billable). Block-hours support is logged without one.
 */
function serviceFor(rnd: Random, type: DemoTicketType, c: DemoCustomer): string {
  if (c.type === 'tm' || type === 'Project') return '';
  const has = servicesOf(c);
  if (rnd.chance(0.04)) {
    const outside = DEMO_SERVICES.map((s) => s.service).filter((s) => !has.includes(s) && s !== 'Network Administration');
    if (outside.length > 0) return rnd.pick(outside);
  }
  const monitoring = ['Server Monitoring', 'Endpoint Monitoring', 'Backup & DR', 'Antivirus'].filter((s) => has.includes(s));
  if (type === 'Alert') return monitoring.length > 0 ? rnd.pick(monitoring) : '';
  if (c.type === 'block_hours') return '';
  const desk = (['Help Desk', 'Email Security', 'Backup & DR', 'Antivirus', 'vCIO Review'] as const).filter((s) => has.includes(s));
  const weights: Record<string, number> = { 'Help Desk': 80, 'Email Security': 6, 'Backup & DR': 6, Antivirus: 4, 'vCIO Review': 4 };
  return rnd.weighted(desk.map((s) => [s, weights[s]] as const));
}

function roleFor(e: DemoEmployee, type: DemoTicketType): string {
  if (type === 'Project') return PROJECT_ROLE;
  if (e.role === PROJECT_ROLE || e.role === 'Network Administrator') return 'Sr. Engineer';
  return e.role;
}

function employedOn(e: DemoEmployee, day: number): boolean {
  return e.start === undefined || e.start <= dateOfDay(day);
}

function workTypeFor(rnd: Random, type: DemoTicketType, afterHours: boolean): string {
  if (afterHours) return rnd.chance(0.8) ? WORK_TYPE.afterHours : WORK_TYPE.standard;
  if (type === 'Request' && rnd.chance(0.12)) return WORK_TYPE.exclusion;
  return rnd.weighted([
    [WORK_TYPE.standard, 89], [WORK_TYPE.taxable, 3], [WORK_TYPE.nbShown, 5], [WORK_TYPE.nbHidden, 3],
  ]);
}

function ticketEntries(rnd: Random, t: DemoTicket): DemoEntry[] {
  const out: DemoEntry[] = [];
  const firstDay = Math.floor(t.created / MINUTES_PER_DAY);
  const endMinute = Math.min(t.resolved ?? EXPORT_MINUTE, EXPORT_MINUTE - 1);
  const lastDay = Math.floor(endMinute / MINUTES_PER_DAY);
  const [lo, hi] = entryCount[t.type];
  const n = rnd.int(lo, hi);
  for (let i = 0; i < n; i++) {
    const day = i === 0 ? firstDay : rnd.int(firstDay, lastDay);
    const afterHours = i === 0 && (t.priority === 'P1' || t.type === 'Alert') && (!isBusinessDay(day) || minuteOfDay(t.created) >= 17 * 60);
    if (!afterHours && !isBusinessDay(day)) continue;
    const hours = hoursFor(rnd, t.type);
    const earliest = day === firstDay ? Math.max(minuteOfDay(t.created), 8 * 60) : 8 * 60;
    const latest = 17 * 60 - hours * 60;
    const start = afterHours ? Math.min(minuteOfDay(t.created) + 10, 22 * 60) : Math.max(earliest, rnd.int(8 * 60, latest));
    // Work in business hours ends by 17:00; only the planted after-hours entries fall outside.
    if (start + hours * 60 >= MINUTES_PER_DAY || (!afterHours && start > latest)) continue;
    let resource = t.resource;
    if (rnd.chance(0.15)) {
      const team = DEMO_EMPLOYEES.filter((e) => e.team === t.resource.team && e !== t.resource && employedOn(e, day));
      if (team.length > 0) resource = rnd.pick(team);
    }
    if (!employedOn(resource, day)) continue;
    out.push({
      day, start: start % MINUTES_PER_DAY, hours, customer: t.customer, ticket: t.id, resource,
      role: roleFor(resource, t.type), workType: t.type === 'Project' ? WORK_TYPE.standard : workTypeFor(rnd, t.type, afterHours),
      service: serviceFor(rnd, t.type, t.customer), notes: rnd.pick(NOTES[t.type]),
    });
  }
  return out;
}

/** Weekly on-site Network Administration visits for customers that have the service. */
function visitEntries(rnd: Random): DemoEntry[] {
  const out: DemoEntry[] = [];
  const hiro = byName('Hiro Tanaka');
  const lastDay = Math.floor((EXPORT_MINUTE - 1) / MINUTES_PER_DAY);
  DEMO_CUSTOMERS.filter((c) => servicesOf(c).includes('Network Administration')).forEach((c, k) => {
    for (let day = 3 + k; day <= lastDay; day += 7) {
      if (!isBusinessDay(day)) continue;
      out.push({
        day, start: 9 * 60, hours: quarterHours(rnd, 2, 4), customer: c, resource: hiro, role: 'Network Administrator',
        workType: WORK_TYPE.standard, service: 'Network Administration', notes: rnd.pick(NOTES.visit),
      });
    }
  });
  return out;
}

/** The outcome the invoice rules give (DESIGN §4.2), before block-hour consumption. */
function ruleOutcome(e: DemoEntry): Outcome {
  if (e.workType === WORK_TYPE.nbShown || e.workType === WORK_TYPE.nbHidden) return 'non_billable';
  if (e.customer.type === 'tm') return 'billable';
  const cover = DEMO_RULES.coverRole;
  if (e.customer.name === cover.customer && e.role === cover.role) return 'covered';
  const exclude = DEMO_RULES.excludeWorkType;
  if (e.workType === WORK_TYPE.exclusion || (e.customer.name === exclude.customer && e.workType === exclude.workType)) return 'billable';
  if (e.role === PROJECT_ROLE) return 'billable';
  if (e.service && !servicesOf(e.customer).includes(e.service)) return 'billable';
  return 'covered';
}

const RECORDED: Record<Outcome, string> = { billable: 'Billable', covered: 'Covered', non_billable: 'No Charge' };

export function timeEntriesTable(rnd: Random, tickets: readonly DemoTicket[]): Table {
  const entries = [...tickets.flatMap((t) => ticketEntries(rnd, t)), ...visitEntries(rnd)];
  entries.sort((a, b) => a.day - b.day || a.start - b.start);
  const blockUsed = new Map<string, number>();
  const rows: Table = [[
    'Entry', 'Date', 'Start', 'End', 'Customer', 'Ticket', 'Resource', 'Role', 'Work Type', 'Service', 'Hours', 'Recorded', 'Notes',
  ]];
  entries.forEach((e, i) => {
    let outcome = ruleOutcome(e);
    const date = dateOfDay(e.day);
    if (outcome === 'covered' && e.customer.blockHours !== undefined) {
      // The block is consumed in date order; a tech records the entry that crosses it as Covered anyway.
      const key = `${e.customer.name}|${date.slice(0, 7)}`;
      const used = blockUsed.get(key) ?? 0;
      blockUsed.set(key, used + e.hours);
      if (used >= e.customer.blockHours) outcome = 'billable';
    }
    let recorded = RECORDED[outcome];
    if (outcome === 'non_billable' && e.workType === WORK_TYPE.nbHidden) recorded = 'Do Not Bill';
    if (outcome === 'billable' && e.customer.type !== 'tm' && rnd.chance(0.2)) recorded = 'Covered'; // leakage
    if (outcome === 'covered' && rnd.chance(0.015)) recorded = 'Billable'; // overbilled
    rows.push([
      `TE-${String(i + 1).padStart(5, '0')}`, serialOfDate(date), timeFraction(e.start),
      timeFraction(e.start + Math.round(e.hours * 60)), e.customer.name, e.ticket ?? '', e.resource.name, e.role, e.workType,
      e.service, e.hours, recorded, e.notes,
    ]);
  });
  return rows;
}

/** Services named in entries must exist in the catalog (kept honest by a test). */
export const DEMO_SERVICE_NAMES = DEMO_SERVICES.map((s) => s.service);
