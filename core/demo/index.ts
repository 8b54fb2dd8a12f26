/**
 * The demo MSP (DESIGN §3): every table of the workbook contract as Excel Range.values arrays (header row
 * first, dates as Excel serials, times as day fractions). Pure and deterministic: the same seed gives the
 * same workbook on every run. Used by `msp-sync template --demo`, the add-in's preview mode and tests.
 */
import type { SheetSource } from '../workbook/parse-table';
import {
  calendarTable, holidaysTable, rolesTable, servicesTable, settingsTable, slaTable, tiersTable, workTypesTable,
} from './catalog';
import { agreementsTable, oneOffsTable, serviceGridTable } from './customers';
import { seededRandom } from './random';
import { bonusPlansTable, employeesTable, financeTable } from './staff';
import { generateTickets, ticketEventsTable, ticketsTable } from './tickets';
import { timeEntriesTable } from './time-entries';

export { DEMO_TIME_ZONE, DEMO_SERVICES, DEMO_TIERS, DEMO_ROLES, WORK_TYPE as DEMO_WORK_TYPES } from './catalog';
export { DEMO_CUSTOMERS, monthlyTotalOf as demoMonthlyTotal } from './customers';
export { DEMO_EMPLOYEES, DEMO_MONTHS, TECH_PLAN as DEMO_TECH_PLAN, ACCOUNT_MANAGER_PLAN as DEMO_ACCOUNT_MANAGER_PLAN } from './staff';
export { DEMO_HOLIDAYS } from './clock';

/** The date the demo's grid is judged on by default (the day after its last month). */
export const DEMO_AS_OF = '2026-11-01';
export const DEMO_SEED = 20260801;

export function demoWorkbook(): SheetSource[] {
  const rnd = seededRandom(DEMO_SEED);
  const tickets = generateTickets(rnd);
  const tables: [string, unknown[][]][] = [
    ['Settings', settingsTable()],
    ['Services', servicesTable()],
    ['Tiers', tiersTable()],
    ['ServiceGrid', serviceGridTable()],
    ['Agreements', agreementsTable()],
    ['OneOffs', oneOffsTable()],
    ['Roles', rolesTable()],
    ['WorkTypes', workTypesTable()],
    ['TimeEntries', timeEntriesTable(rnd, tickets)],
    ['Tickets', ticketsTable(tickets)],
    ['TicketEvents', ticketEventsTable(tickets)],
    ['SLA', slaTable()],
    ['Calendar', calendarTable()],
    ['Holidays', holidaysTable()],
    ['Employees', employeesTable()],
    ['BonusPlans', bonusPlansTable()],
    ['Finance', financeTable()],
  ];
  return tables.map(([name, values]) => ({ name, values }));
}
