/** TimeEntries: the PSA's time export, with ConnectWise and Autotask column spellings. */
import type { LocalDate, LocalDateTime } from '../dates';
import { datetime, num, oneOf, raw, text, type TableSpec } from '../spec';

export const RECORDED = {
  billable: ['Billable', 'B', 'Bill'],
  covered: ['Covered', 'Agreement', 'BilledAgreement', 'Billed Agreement', 'Contract'],
  no_charge: ['No Charge', 'NC', 'NoCharge'],
  do_not_bill: ['Do Not Bill', 'NB', 'DoNotBill', 'Non-Billable'],
} as const;
export type Recorded = keyof typeof RECORDED;

export interface TimeEntryRow {
  /** Local date the work was done (date part of Date / Time Start). */
  date: LocalDate;
  /** The Date cell's own date-time when it carried a time (Autotask "Time Start"). */
  dateTime?: LocalDateTime;
  /** Start/End: a full date-time, or a time of day combined with `date`. */
  start?: LocalDateTime;
  end?: LocalDateTime;
  customer: string;
  ticket?: string;
  resource?: string;
  role: string;
  workType: string;
  service?: string;
  hours: number;
  recorded?: Recorded;
  entry?: string;
  notes?: string;
}

export const TimeEntriesSpec: TableSpec = {
  name: 'TimeEntries',
  columns: [
    { key: 'date', header: 'Date', aliases: ['Date Worked', 'dateWorked', 'Time Start', 'timeStart'], required: true, overflowTo: 'start', kind: datetime() },
    { key: 'start', header: 'Start', aliases: ['startDateTime', 'Start Time'], kind: raw() },
    { key: 'end', header: 'End', aliases: ['endDateTime', 'timeEnd', 'End Time', 'Time End'], kind: raw() },
    { key: 'customer', header: 'Customer', aliases: ['Company', 'Account', 'company', 'Company Name', 'Client'], required: true, kind: text() },
    { key: 'ticket', header: 'Ticket', aliases: ['Ticket #', 'Ticket Number', 'ticketID', 'Ticket ID', 'chargeToId'], kind: text() },
    { key: 'resource', header: 'Resource', aliases: ['Member', 'Technician', 'resourceID', 'member', 'Resource Name'], kind: text() },
    { key: 'role', header: 'Role', aliases: ['Work Role', 'roleID', 'workRole'], required: true, kind: text() },
    { key: 'workType', header: 'Work Type', aliases: ['Billing Code', 'billingCodeID', 'workType'], required: true, kind: text() },
    { key: 'service', header: 'Service', aliases: ['Contract Service', 'contractServiceID'], kind: text() },
    { key: 'hours', header: 'Hours', aliases: ['Hours Worked', 'Actual Hours', 'hoursWorked', 'actualHours'], required: true, kind: num({ min: 0 }) },
    { key: 'recorded', header: 'Recorded', aliases: ['Bill', 'Billable Option', 'billableOption', 'Billing Status'], kind: oneOf(RECORDED), blank: ['NoDefault', 'No Default'] },
    { key: 'entry', header: 'Entry', aliases: ['id', 'Time RecId', 'Entry ID'], kind: text() },
    { key: 'notes', header: 'Notes', aliases: ['Summary Notes'], kind: text() },
  ],
};
