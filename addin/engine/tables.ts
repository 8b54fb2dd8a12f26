/** Which workbook tables each job reads: a job never pulls 100,000 time entries it does not need. */
import type { TableName } from '../../core/workbook';

const GRID: readonly TableName[] = ['Settings', 'Services', 'Tiers', 'ServiceGrid', 'Agreements', 'OneOffs', 'Roles', 'WorkTypes'];

export const JOB_TABLES = {
  /** TimeEntries too: roles and work types used there must be defined. */
  grid: [...GRID, 'TimeEntries'],
  invoice: [...GRID, 'TimeEntries', 'Calendar', 'Holidays'],
  sla: [...GRID, 'Tickets', 'TicketEvents', 'SLA', 'Calendar', 'Holidays'],
  kpi: [...GRID, 'TimeEntries', 'Tickets', 'TicketEvents', 'SLA', 'Calendar', 'Holidays', 'Employees', 'Finance'],
  bonus: [...GRID, 'TimeEntries', 'Tickets', 'TicketEvents', 'SLA', 'Calendar', 'Holidays', 'Employees', 'BonusPlans', 'Finance'],
} as const satisfies Record<string, readonly TableName[]>;

export type Job = keyof typeof JOB_TABLES;
