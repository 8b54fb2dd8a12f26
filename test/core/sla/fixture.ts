/**
 * A small service desk in America/New_York used by the SLA tests (expected values computed by hand in
 * the tests). Office hours Mon–Fri 09:00–17:00; Mon 2026-09-07 (Labor Day) is a holiday.
 */
import type { SheetSource } from '../../../core/workbook';

export const settings: SheetSource = { name: 'Settings', values: [['Key', 'Value'], ['Time Zone', 'America/New_York']] };

export const calendar: SheetSource = {
  name: 'Calendar',
  values: [['Day', 'Start', 'End'], ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d) => [d, '09:00', '17:00'])],
};

export const holidays: SheetSource = { name: 'Holidays', values: [['Date', 'Name'], ['2026-09-07', 'Labor Day']] };

export const tiers: SheetSource = { name: 'Tiers', values: [['Tier'], ['Gold'], ['Silver']] };

export const agreements: SheetSource = {
  name: 'Agreements',
  values: [
    ['Customer', 'Type', 'Tier', 'Start', 'End'],
    ['Acme', 'Managed', 'Gold', '2026-01-01', ''],
    ['Beta', 'Managed', '', '2026-01-01', ''],
    ['Cobalt', 'T&M', '', '2026-01-01', ''],
  ],
};

export const sla: SheetSource = {
  name: 'SLA',
  values: [
    ['Agreement Type', 'Priority', 'Response Hours', 'Plan Hours', 'Resolution Hours'],
    ['Managed', 'P1', 1, '', 4],
    ['Managed', 'P2', 2, 4, 8],
    ['Gold', 'Critical', 0.5, '', 2],
    ['Time & Materials', 'P1', 4, '', 16],
    ['Break-fix', 'P2', 8, '', 24],
  ],
};

export const tickets: SheetSource = {
  name: 'Tickets',
  values: [
    ['Ticket', 'Customer', 'Priority', 'Created', 'First Response', 'Resolved', 'Resource', 'Status'],
    ['T1', 'Acme', 'P1', '2026-09-04T16:30', '2026-09-04T16:50', '2026-09-08T10:00', 'Ann', 'Complete'],
    ['T2', 'Beta', 'P2', '2026-09-11T15:00', '2026-09-11T15:30', '2026-09-15T12:00', 'Bob', 'Complete'],
    ['T3', 'Cobalt', 'P1', '2026-09-14T09:00', '', '2026-09-14T13:00', 'Ann', 'Complete'],
    ['T4', 'Delta', 'P2', '2026-09-15T10:00', '2026-09-15T11:00', '', 'Bob', 'In Progress'],
    ['T5', 'acme', 'P3', '2026-09-15T10:00', '2026-09-15T10:05', '2026-09-15T11:00', 'Ann', 'Complete'],
    ['T6', 'Beta', 'P1', '2026-09-16T10:00', '2026-09-16T10:05', '2026-09-16T09:00', 'Ann', 'Complete'],
    ['T7', 'Beta', 'P2', '2026-08-31T09:00', '2026-08-31T09:10', '2026-08-31T10:00', 'Bob', 'Complete'],
  ],
};

export const events: SheetSource = {
  name: 'TicketEvents',
  values: [
    ['Ticket', 'At', 'Status'],
    ['T2', '2026-09-14T11:00', 'In Progress'],
    ['T2', '2026-09-11T16:00', 'Waiting Customer'],
    ['T3', '2026-09-14T10:00', 'On Hold'],
    ['T3', '2026-09-15T10:00', 'In Progress'],
    ['T99', '2026-09-14T10:00', 'On Hold'],
  ],
};

export const serviceDesk = (): SheetSource[] => [settings, calendar, holidays, tiers, agreements, sla, tickets, events];
