/** The demo's people (techs, NOC, engineers, an account manager, one mid-month hire), bonus plans and finance months. */
import { daysInMonth } from '../workbook/dates';
import { type Table } from './catalog';
import { serialOfDate } from './clock';
import { DEMO_CUSTOMERS, monthlyTotalOf } from './customers';
import { seededRandom } from './random';

export const TECH_PLAN = 'Service Desk Tech';
export const ACCOUNT_MANAGER_PLAN = 'Account Manager';

export interface DemoEmployee {
  name: string;
  team: string;
  plan: string;
  base: number;
  /** The role this person usually logs time in. */
  role: string;
  start?: string;
}

export const DEMO_EMPLOYEES: readonly DemoEmployee[] = [
  { name: 'Alex Rivera', team: 'Service Desk', plan: TECH_PLAN, base: 4800, role: 'Technician', start: '2023-02-13' },
  { name: 'Bianca Chen', team: 'Service Desk', plan: TECH_PLAN, base: 5000, role: 'Technician', start: '2022-06-01' },
  { name: 'Carlos Mendes', team: 'Service Desk', plan: TECH_PLAN, base: 4700, role: 'Technician', start: '2024-09-09' },
  { name: 'Dana Brooks', team: 'Service Desk', plan: TECH_PLAN, base: 6200, role: 'Engineer', start: '2021-03-15' },
  { name: 'Evan Price', team: 'Service Desk', plan: TECH_PLAN, base: 4600, role: 'Technician', start: '2026-09-16' },
  { name: 'Fatima Noor', team: 'NOC', plan: TECH_PLAN, base: 5200, role: 'Technician', start: '2023-07-10' },
  { name: 'Grace Kim', team: 'Projects', plan: TECH_PLAN, base: 7000, role: 'Project Engineer', start: '2020-10-01' },
  { name: 'Hiro Tanaka', team: 'Projects', plan: TECH_PLAN, base: 7200, role: 'Network Administrator', start: '2021-08-16' },
  { name: 'Isabel Ortiz', team: 'Account Management', plan: ACCOUNT_MANAGER_PLAN, base: 5500, role: 'Technician', start: '2022-01-10' },
];

export const SERVICE_DESK = DEMO_EMPLOYEES.filter((e) => e.team === 'Service Desk');
export const byName = (name: string): DemoEmployee => DEMO_EMPLOYEES.find((e) => e.name === name)!;

export function employeesTable(): Table {
  return [
    ['Employee', 'Plan', 'Team', 'Monthly Base', 'Hours per Day', 'Start', 'End'],
    ...DEMO_EMPLOYEES.map((e) => [e.name, e.plan, e.team, e.base, 8, e.start ? serialOfDate(e.start) : '', '']),
  ];
}

export function bonusPlansTable(): Table {
  const tech = ['Managed Revenue', 0.1, 'Hours', 0.3];
  const am = ['Fixed', 1500, 'Equal', 0.3];
  return [
    ['Plan', 'Metric', 'Goal', 'Direction', 'Weight', 'Mode', 'Threshold', 'Stretch', 'Gate', 'Pool Basis', 'Pool Rate', 'Split', 'Cap'],
    [TECH_PLAN, 'MTTR Hours', 5, 'at most', 0.3, 'Linear', 8, 3, '', ...tech],
    [TECH_PLAN, 'SLA Resolution %', 0.9, 'at least', 0.3, 'Linear', 0.75, 0.98, '', ...tech],
    [TECH_PLAN, 'CSAT %', 0.95, 'at least', 0.2, 'Step', '', '', '', ...tech],
    [TECH_PLAN, 'Utilization %', 0.7, 'at least', 0.2, 'Linear', 0.5, 0.85, '', ...tech],
    [ACCOUNT_MANAGER_PLAN, 'DSO Days', 45, 'at most', 0.4, 'Step', '', '', '', ...am],
    [ACCOUNT_MANAGER_PLAN, 'Invoice Runs', 1, 'at least', 0.2, 'Step', '', '', 'Y', ...am],
    [ACCOUNT_MANAGER_PLAN, 'Billing Response Hours', 24, 'at most', 0.4, 'Linear', 48, 8, '', ...am],
  ];
}

export const DEMO_MONTHS = ['2026-08', '2026-09', '2026-10'] as const;

export function financeTable(): Table {
  const rnd = seededRandom(2026_10);
  const managed = DEMO_CUSTOMERS.filter((c) => c.type !== 'tm').reduce((s, c) => s + monthlyTotalOf(c), 0);
  const rows: Table = [['Month', 'Managed Revenue', 'Project Revenue', 'AR Balance', 'Credit Sales', 'Invoice Runs', 'Billing Issue Response Hours']];
  for (const month of DEMO_MONTHS) {
    const project = rnd.int(120, 220) * 100;
    const credit = Math.round(managed + project + rnd.int(20, 45) * 100);
    const dso = rnd.int(36, 52);
    const ar = Math.round((credit * dso) / daysInMonth(month));
    rows.push([month, Math.round(managed * 100) / 100, project, ar, credit, rnd.int(1, 2), rnd.int(6, 36)]);
  }
  return rows;
}
