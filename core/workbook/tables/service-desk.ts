/** Service-desk tables: Tickets, TicketEvents, SLA, Calendar, Holidays. */
import type { LocalDate, LocalDateTime } from '../dates';
import { bool, date, datetime, num, oneOf, text, time, type TableSpec } from '../spec';

export const PRIORITIES = {
  P1: ['Critical', '1', 'Priority 1', 'Urgent'],
  P2: ['High', '2', 'Priority 2'],
  P3: ['Medium', '3', 'Priority 3', 'Normal'],
  P4: ['Low', '4', 'Priority 4'],
} as const;
export type Priority = keyof typeof PRIORITIES;

export const TICKET_TYPES = {
  Incident: ['Incident', 'Problem', 'Break-fix'],
  Request: ['Request', 'Service Request', 'SR'],
  Alert: ['Alert', 'Monitoring Alert', 'RMM Alert'],
  Project: ['Project'],
} as const;
export type TicketType = keyof typeof TICKET_TYPES;

export const CSAT = {
  Positive: ['Positive', 'Good', 'Happy', '+'],
  Neutral: ['Neutral', 'Okay', 'OK'],
  Negative: ['Negative', 'Bad', 'Unhappy', '-'],
} as const;
export type Csat = keyof typeof CSAT;

export interface TicketRow {
  ticket: string;
  customer: string;
  priority: Priority;
  created: LocalDateTime;
  firstResponse?: LocalDateTime;
  resolved?: LocalDateTime;
  status?: string;
  resource?: string;
  queue?: string;
  type?: TicketType;
  reopened: number;
  escalated: boolean;
  csat?: Csat;
  estimatedHours?: number;
}
export const TicketsSpec: TableSpec = {
  name: 'Tickets',
  columns: [
    { key: 'ticket', header: 'Ticket', aliases: ['Ticket #', 'Ticket Number', 'ticketID', 'id'], required: true, kind: text() },
    { key: 'customer', header: 'Customer', aliases: ['Company', 'Account', 'Client'], required: true, kind: text() },
    { key: 'priority', header: 'Priority', required: true, kind: oneOf(PRIORITIES) },
    { key: 'created', header: 'Created', aliases: ['Create Date', 'Created Date', 'dateEntered', 'createDate'], required: true, kind: datetime() },
    { key: 'firstResponse', header: 'First Response', aliases: ['First Response Date', 'firstResponseDateTime', 'Responded'], kind: datetime() },
    { key: 'resolved', header: 'Resolved', aliases: ['Resolved Date', 'resolvedDateTime', 'Closed', 'Completed Date'], kind: datetime() },
    { key: 'status', header: 'Status', kind: text() },
    { key: 'resource', header: 'Resource', aliases: ['Member', 'Technician', 'Assigned Resource', 'Owner'], kind: text() },
    { key: 'queue', header: 'Queue', aliases: ['Board'], kind: text() },
    { key: 'type', header: 'Type', aliases: ['Ticket Type'], kind: oneOf(TICKET_TYPES) },
    { key: 'reopened', header: 'Reopened', aliases: ['Reopen Count', 'Reopens'], kind: num({ min: 0, integer: true }), default: 0 },
    { key: 'escalated', header: 'Escalated', kind: bool(), default: false },
    { key: 'csat', header: 'CSAT', aliases: ['Survey', 'Satisfaction'], kind: oneOf(CSAT) },
    { key: 'estimatedHours', header: 'Estimated Hours', aliases: ['Budget Hours', 'Estimate'], kind: num({ min: 0 }) },
  ],
};

export interface TicketEventRow {
  ticket: string;
  at: LocalDateTime;
  status: string;
}
export const TicketEventsSpec: TableSpec = {
  name: 'TicketEvents',
  columns: [
    { key: 'ticket', header: 'Ticket', aliases: ['Ticket #', 'Ticket Number', 'ticketID'], required: true, kind: text() },
    { key: 'at', header: 'At', aliases: ['Date', 'Changed', 'Timestamp', 'Time'], required: true, kind: datetime() },
    { key: 'status', header: 'Status', aliases: ['New Status', 'To Status'], required: true, kind: text() },
  ],
};

export interface SlaRow {
  /** Agreement type (Managed, Block Hours, Time & Materials) or a tier name, as written. */
  appliesTo: string;
  priority: Priority;
  responseHours: number;
  planHours?: number;
  resolutionHours: number;
}
export const SlaSpec: TableSpec = {
  name: 'SLA',
  columns: [
    { key: 'appliesTo', header: 'Agreement Type', aliases: ['Tier', 'Type'], required: true, kind: text() },
    { key: 'priority', header: 'Priority', required: true, kind: oneOf(PRIORITIES) },
    { key: 'responseHours', header: 'Response Hours', aliases: ['Response'], required: true, kind: num({ min: 0 }) },
    { key: 'planHours', header: 'Plan Hours', aliases: ['Plan'], kind: num({ min: 0 }) },
    { key: 'resolutionHours', header: 'Resolution Hours', aliases: ['Resolution'], required: true, kind: num({ min: 0 }) },
  ],
};

export const DAYS = {
  Mon: ['Monday', 'Mo'],
  Tue: ['Tuesday', 'Tu', 'Tues'],
  Wed: ['Wednesday', 'We'],
  Thu: ['Thursday', 'Th', 'Thur', 'Thurs'],
  Fri: ['Friday', 'Fr'],
  Sat: ['Saturday', 'Sa'],
  Sun: ['Sunday', 'Su'],
} as const;
export type Day = keyof typeof DAYS;

export interface CalendarRow {
  day: Day;
  /** Seconds after local midnight. */
  start: number;
  end: number;
}
export const CalendarSpec: TableSpec = {
  name: 'Calendar',
  columns: [
    { key: 'day', header: 'Day', aliases: ['Weekday'], required: true, kind: oneOf(DAYS) },
    { key: 'start', header: 'Start', aliases: ['From', 'Open'], required: true, kind: time() },
    { key: 'end', header: 'End', aliases: ['To', 'Close'], required: true, kind: time() },
  ],
};

export interface HolidayRow {
  date: LocalDate;
  name?: string;
}
export const HolidaysSpec: TableSpec = {
  name: 'Holidays',
  columns: [
    { key: 'date', header: 'Date', required: true, kind: date() },
    { key: 'name', header: 'Name', aliases: ['Holiday'], kind: text() },
  ],
};
