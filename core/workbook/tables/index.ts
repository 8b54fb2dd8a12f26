/** Every table of the workbook contract (DESIGN §3), by name. */
import { AgreementsSpec, OneOffsSpec, RolesSpec, ServiceGridSpec, ServicesSpec, TiersSpec, WorkTypesSpec } from './grid';
import { BonusPlansSpec, EmployeesSpec, FinanceSpec } from './people';
import { CalendarSpec, HolidaysSpec, SlaSpec, TicketEventsSpec, TicketsSpec } from './service-desk';
import { SettingsSpec } from './settings';
import { TimeEntriesSpec } from './time-entries';

export const TABLE_SPECS = {
  Settings: SettingsSpec,
  Services: ServicesSpec,
  Tiers: TiersSpec,
  ServiceGrid: ServiceGridSpec,
  Agreements: AgreementsSpec,
  OneOffs: OneOffsSpec,
  Roles: RolesSpec,
  WorkTypes: WorkTypesSpec,
  TimeEntries: TimeEntriesSpec,
  Tickets: TicketsSpec,
  TicketEvents: TicketEventsSpec,
  SLA: SlaSpec,
  Calendar: CalendarSpec,
  Holidays: HolidaysSpec,
  Employees: EmployeesSpec,
  BonusPlans: BonusPlansSpec,
  Finance: FinanceSpec,
} as const;

export type TableName = keyof typeof TABLE_SPECS;
export const TABLE_NAMES = Object.keys(TABLE_SPECS) as TableName[];

export * from './grid';
export * from './people';
export * from './service-desk';
export * from './settings';
export * from './time-entries';
