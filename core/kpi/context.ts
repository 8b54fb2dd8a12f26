/**
 * Everything the KPIs of one month need, read once: ticket facts (SLA engine), the month's time
 * entries classified, people (Employees plus anyone named on tickets or time), grid endpoints and the
 * Finance row. Shared by computeKpis and computeBonus.
 */
import { buildCalendar, type BusinessCalendar } from '../calendar/calendar';
import { zoneClock, type ZoneClock } from '../calendar/zone';
import { finding, type Finding } from '../findings';
import { buildGridModel, servicesOn } from '../grid/model';
import { nameKey } from '../names';
import { analyzeTickets, type TicketFacts } from '../sla/analyze';
import { daysInMonth } from '../workbook/dates';
import { cellOf, type Row } from '../workbook/parse-table';
import type { Workbook } from '../workbook/parse-workbook';
import type { EmployeeRow, FinanceRow, TimeEntryRow } from '../workbook/tables';
import { monthBounds } from './month';

export interface Person {
  key: string;
  name: string;
  team: string | null;
  employee: Row<EmployeeRow> | null;
}

export interface EntryFacts {
  row: Row<TimeEntryRow>;
  resourceKey: string | null;
  hours: number;
  /** Work type marked Non-billable: internal time, outside utilization. */
  internal: boolean;
  /** Recorded Billable or Covered (or not recorded): counts toward Billable Utilization. */
  billableOrCovered: boolean;
  /** Logged on an Incident or Alert ticket. */
  reactive: boolean;
}

export interface KpiContext {
  wb: Workbook;
  month: string;
  clock: ZoneClock;
  calendar: BusinessCalendar | null;
  /** The instant the snapshot KPIs are as of. */
  asOf: number;
  /** Month end or asOf, whichever is earlier: "open at the end of the month". */
  openAt: number;
  monthStart: number;
  monthEnd: number;
  tickets: TicketFacts[];
  /** Entry count per ticket key (all months): first-contact resolution. */
  entriesPerTicket: Map<string, number>;
  /** Hours per ticket key (all months): worked vs estimate. */
  hoursPerTicket: Map<string, number>;
  /** This month's entries. */
  entries: EntryFacts[];
  people: Map<string, Person>;
  teams: Map<string, Person[]>;
  /** Σ units of Device, Server and Workstation services on the grid at the month's end. */
  endpoints: number;
  finance: Row<FinanceRow> | null;
  findings: Finding[];
}

const ENDPOINT_UNITS = new Set(['Device', 'Server', 'Workstation']);

function countEndpoints(wb: Workbook, month: string): number {
  const model = buildGridModel(wb);
  const lastDay = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
  let total = 0;
  for (const customerKey of model.grid.keys()) {
    for (const [serviceKey, units] of servicesOn(model, customerKey, lastDay)) {
      const service = model.services.get(serviceKey);
      if (service && ENDPOINT_UNITS.has(service.unit) && units !== null) total += units;
    }
  }
  return total;
}

export function buildKpiContext(wb: Workbook, month: string, asOf: number | undefined): KpiContext {
  const findings: Finding[] = [];
  const clock = zoneClock(wb.settings.timeZone);
  const { calendar, findings: calFindings } = buildCalendar(wb);
  findings.push(...calFindings);
  const { start: monthStart, end: monthEnd } = monthBounds(month, clock);
  const analysis = analyzeTickets(wb, calendar, clock, asOf ?? monthEnd - 1);
  findings.push(...analysis.findings);
  const snapshot = asOf ?? monthEnd - 1;

  const model = buildGridModel(wb);
  const ticketType = new Map(analysis.facts.map((f) => [nameKey(f.ticket), f.type]));
  const entriesPerTicket = new Map<string, number>();
  const hoursPerTicket = new Map<string, number>();
  const entries: EntryFacts[] = [];
  for (const r of wb.TimeEntries.rows) {
    if (r.hours === undefined || r.date === undefined) continue; // parse finding already given
    const tk = r.ticket ? nameKey(r.ticket) : null;
    if (tk) {
      entriesPerTicket.set(tk, (entriesPerTicket.get(tk) ?? 0) + 1);
      hoursPerTicket.set(tk, (hoursPerTicket.get(tk) ?? 0) + r.hours);
    }
    if (r.date.slice(0, 7) !== month) continue;
    const wt = r.workType ? model.workTypes.get(nameKey(r.workType)) : undefined;
    const type = tk ? ticketType.get(tk) : undefined;
    entries.push({
      row: r,
      resourceKey: r.resource ? nameKey(r.resource) : null,
      hours: r.hours,
      internal: wt?.nonBillable ?? false,
      billableOrCovered: r.recorded === undefined || r.recorded === 'billable' || r.recorded === 'covered',
      reactive: type === 'Incident' || type === 'Alert',
    });
  }

  const people = new Map<string, Person>();
  const E = wb.Employees;
  for (const e of E.rows) {
    if (!e.employee) continue;
    const key = nameKey(e.employee);
    if (people.has(key)) {
      findings.push(finding('warning', 'duplicate_employee', cellOf(E, e, 'employee'), `Employee ${e.employee} appears twice; the first row is used`));
      continue;
    }
    people.set(key, { key, name: e.employee, team: e.team ?? null, employee: e });
  }
  const addNamed = (name: string | undefined) => {
    if (!name) return;
    const key = nameKey(name);
    if (!people.has(key)) people.set(key, { key, name, team: null, employee: null });
  };
  for (const f of analysis.facts) addNamed(f.row.resource);
  for (const e of entries) addNamed(e.row.resource);

  const teams = new Map<string, Person[]>();
  for (const p of people.values()) {
    if (!p.team) continue;
    const list = teams.get(nameKey(p.team)) ?? [];
    list.push(p);
    teams.set(nameKey(p.team), list);
  }

  const finance = wb.Finance.rows.find((r) => r.month === month) ?? null;
  return {
    wb,
    month,
    clock,
    calendar,
    asOf: snapshot,
    openAt: Math.min(monthEnd - 1, snapshot),
    monthStart,
    monthEnd,
    tickets: analysis.facts,
    entriesPerTicket,
    hoursPerTicket,
    entries,
    people,
    teams,
    endpoints: countEndpoints(wb, month),
    finance,
    findings,
  };
}
