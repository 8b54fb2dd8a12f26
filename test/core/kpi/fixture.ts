/**
 * A September 2026 service desk for the KPI and bonus tests: America/New_York, Mon–Fri 09:00–17:00,
 * Labor Day (Mon 09-07) off → 21 working days. Ann and Bob (team Desk, Bob hired 09-16), Cat (Billing).
 * Every ticket is for Beta (Managed, no tier): SLA Managed P2 = 2 h response, 8 h resolution.
 */
import type { SheetSource } from '../../../core/workbook';
import { agreements, calendar, holidays, sla } from '../sla/fixture';

export const settings: SheetSource = {
  name: 'Settings',
  values: [['Key', 'Value'], ['Time Zone', 'America/New_York'], ['CSAT Minimum Sample', 2]],
};

export const tickets: SheetSource = {
  name: 'Tickets',
  values: [
    ['Ticket', 'Customer', 'Priority', 'Created', 'First Response', 'Resolved', 'Resource', 'Queue', 'Type', 'Reopened', 'Escalated', 'CSAT', 'Estimated Hours', 'Status'],
    ['K1', 'Beta', 'P2', '2026-09-01T09:00', '2026-09-01T09:30', '2026-09-01T13:00', 'Ann', 'Service Desk', 'Incident', 0, 'N', 'Positive', '', 'Complete'],
    ['K2', 'Beta', 'P2', '2026-09-02T09:00', '2026-09-02T09:15', '2026-09-03T11:00', 'Ann', 'Service Desk', 'Request', 1, 'Y', 'Negative', '', 'Complete'],
    ['K3', 'Beta', 'P2', '2026-09-04T09:00', '2026-09-04T09:05', '2026-09-04T10:00', 'Bob', 'Service Desk', 'Alert', 0, 'N', 'Neutral', '', 'Complete'],
    ['K4', 'Beta', 'P2', '2026-09-28T09:00', '2026-09-28T09:10', '', 'Bob', 'Service Desk', 'Incident', 0, 'N', '', 1, 'In Progress'],
    ['K5', 'Beta', 'P2', '2026-09-29T10:00', '', '', '', 'Service Desk', 'Request', 0, 'N', '', '', 'New'],
    ['K6', 'Beta', 'P2', '2026-09-24T09:00', '2026-09-24T09:10', '', 'Ann', 'Service Desk', 'Request', 0, 'N', '', '', 'Waiting Customer'],
    ['K7', 'Beta', 'P2', '2026-09-29T09:00', '', '', 'Ann', 'Triage', 'Request', 0, 'N', '', '', 'New'],
  ],
};

export const events: SheetSource = {
  name: 'TicketEvents',
  values: [['Ticket', 'At', 'Status'], ['K6', '2026-09-25T10:00', 'Waiting Customer']],
};

export const workTypes: SheetSource = {
  name: 'WorkTypes',
  values: [['Work Type', 'Non-billable'], ['Remote Support', 'N'], ['Admin', 'Y']],
};

export const timeEntries: SheetSource = {
  name: 'TimeEntries',
  values: [
    ['Date', 'Customer', 'Ticket', 'Resource', 'Role', 'Work Type', 'Hours', 'Recorded'],
    ['2026-09-01', 'Beta', 'K1', 'Ann', 'Tech', 'Remote Support', 2, 'Covered'],
    ['2026-09-02', 'Beta', 'K2', 'Ann', 'Tech', 'Remote Support', 1, 'Billable'],
    ['2026-09-25', 'Beta', 'K6', 'Ann', 'Tech', 'Remote Support', 1, 'No Charge'],
    ['2026-09-10', 'MSP', '', 'Ann', 'Tech', 'Admin', 4, ''],
    ['2026-09-04', 'Beta', 'K3', 'Bob', 'Tech', 'Remote Support', 1, 'Covered'],
    ['2026-09-04', 'Beta', 'K3', 'Bob', 'Tech', 'Remote Support', 0.5, 'Covered'],
    ['2026-09-28', 'Beta', 'K4', 'Bob', 'Tech', 'Remote Support', 3, ''],
    ['2026-08-28', 'Beta', '', 'Bob', 'Tech', 'Remote Support', 7, 'Covered'],
  ],
};

export const services: SheetSource = {
  name: 'Services',
  values: [['Service', 'Unit', 'Price'], ['Managed Workstation', 'Workstation', 50], ['Server Management', 'Server', 100], ['Backup', 'Flat', 80]],
};

export const grid: SheetSource = {
  name: 'ServiceGrid',
  values: [['Customer', 'Managed Workstation', 'Server Management', 'Backup'], ['Beta', 10, 2, 'Y'], ['Acme', 'Y', '', 'Y']],
};

export const employees: SheetSource = {
  name: 'Employees',
  values: [
    ['Employee', 'Plan', 'Team', 'Monthly Base', 'Hours per Day', 'Start', 'End'],
    ['Ann', 'Help Desk', 'Desk', 5000, 8, '2025-01-01', ''],
    ['Bob', 'Help Desk', 'Desk', 4000, 8, '2026-09-16', ''],
    ['Cat', 'Billing', 'Billing', 3000, 8, '', ''],
  ],
};

export const finance: SheetSource = {
  name: 'Finance',
  values: [
    ['Month', 'Managed Revenue', 'Project Revenue', 'AR Balance', 'Credit Sales', 'Invoice Runs', 'Billing Issue Response Hours'],
    ['2026-09', 100000, 20000, 30000, 45000, 4, 0.75],
  ],
};

export const deskWorkbook = (extra: SheetSource[] = []): SheetSource[] => {
  const base = [settings, calendar, holidays, agreements, sla, tickets, events, workTypes, timeEntries, services, grid, employees, finance];
  const names = new Set(extra.map((s) => s.name));
  return [...base.filter((s) => !names.has(s.name)), ...extra];
};
