/**
 * A small MSP as Range.values arrays, for invoice tests. Reference data (columns by letter, row 2 first):
 *  Agreements  A Customer, B Agreement, C Type, D Start, E End, F Excluded Roles, G Excluded Work Types,
 *              H Block Hours, I Bill Increment, J Minimum Hours
 *    Acme  (row 2) Managed, excludes role Project Manager and work type Onsite
 *    Beta  (row 3) Block Hours, 10 h a month
 *    Gamma (row 4) Time & Materials, bill increment 0.5, minimum 1 h
 *    Delta (row 5) Managed, ended 2026-08-31
 *  Roles: Technician 100 (cost 40), Engineer 150 (cost 60), Project Manager 120 (cost 50), Junior 4.02, Intern 0
 *  WorkTypes (B Non-billable, C Show on Invoice, D Always Excluded, E Multiplier, F Taxable):
 *    Remote, Onsite, After Hours ×1.5, Internal (non-billable), Travel (non-billable, shown),
 *    Project (always excluded), Hardware Install (taxable)
 *  ServiceGrid: Acme Helpdesk 10, Backup 2, Firewall Y; Beta Helpdesk Y; Delta Helpdesk 5
 *  Settings: Tax Rate 0.1, Bill Increment 0.25; Calendar Mon–Fri 08:00–17:00; Holiday 2026-09-07.
 *  TimeEntries columns: A Entry, B Date, C Start, D End, E Customer, F Resource, G Role, H Work Type,
 *              I Service, J Hours, K Recorded
 */
import { parseWorkbook, type SheetSource, type TableName, type Workbook } from '../../../core/workbook';
import { checkInvoices } from '../../../core/invoice';
import type { InvoiceOptions, InvoiceResult } from '../../../core/invoice';

export type Table = unknown[][];

export const BASE: Partial<Record<TableName, Table>> = {
  Settings: [
    ['Key', 'Value'],
    ['Time Zone', 'America/New_York'],
    ['Bill Increment', 0.25],
    ['Minimum Hours', 0],
    ['Tax Rate', 0.1],
  ],
  Services: [
    ['Service', 'Unit', 'Price', 'Cost'],
    ['Helpdesk', 'User', 50, 10],
    ['Backup', 'Server', 100, 30],
    ['Firewall', 'Flat', 200, 80],
    ['Email', 'User', 5, 2],
  ],
  ServiceGrid: [
    ['Customer', 'Helpdesk', 'Backup', 'Firewall', 'Email'],
    ['Acme', 10, 2, 'Y', ''],
    ['Beta', 'Y', '', '', ''],
    ['Delta', 5, '', '', ''],
  ],
  Agreements: [
    ['Customer', 'Agreement', 'Type', 'Start', 'End', 'Excluded Roles', 'Excluded Work Types', 'Block Hours', 'Bill Increment', 'Minimum Hours'],
    ['Acme', 'Acme MSA', 'Managed', '2026-01-01', '', 'Project Manager', 'Onsite', '', '', ''],
    ['Beta', 'Beta Block', 'Block Hours', '2026-01-01', '', '', '', 10, '', ''],
    ['Gamma', 'Gamma T&M', 'Time & Materials', '2026-01-01', '', '', '', '', 0.5, 1],
    ['Delta', 'Delta MSA', 'Managed', '2026-01-01', '2026-08-31', '', '', '', '', ''],
  ],
  OneOffs: [['Customer', 'Kind', 'Target', 'Value', 'Start', 'End']],
  Roles: [
    ['Role', 'Rate', 'Cost Rate'],
    ['Technician', 100, 40],
    ['Engineer', 150, 60],
    ['Project Manager', 120, 50],
    ['Junior', 4.02, 0],
    ['Intern', 0, 0],
  ],
  WorkTypes: [
    ['Work Type', 'Non-billable', 'Show on Invoice', 'Always Excluded', 'Multiplier', 'Taxable'],
    ['Remote', 'N', 'N', 'N', 1, 'N'],
    ['Onsite', 'N', 'N', 'N', 1, 'N'],
    ['After Hours', 'N', 'N', 'N', 1.5, 'N'],
    ['Internal', 'Y', 'N', 'N', 1, 'N'],
    ['Travel', 'Y', 'Y', 'N', 1, 'N'],
    ['Project', 'N', 'N', 'Y', 1, 'N'],
    ['Hardware Install', 'N', 'N', 'N', 1, 'Y'],
  ],
  Calendar: [
    ['Day', 'Start', 'End'],
    ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri'].map((d) => [d, '08:00', '17:00']),
  ],
  Holidays: [
    ['Date', 'Name'],
    ['2026-09-07', 'Labor Day'],
  ],
};

export interface EntrySpec {
  id?: string | number;
  date?: unknown;
  start?: unknown;
  end?: unknown;
  customer?: unknown;
  resource?: unknown;
  role?: unknown;
  workType?: unknown;
  service?: unknown;
  hours?: unknown;
  recorded?: unknown;
}

export const ENTRY_HEADER = ['Entry', 'Date', 'Start', 'End', 'Customer', 'Resource', 'Role', 'Work Type', 'Service', 'Hours', 'Recorded'];

/** One TimeEntries row; defaults: Acme, Technician, Remote, 1 h on Wednesday 2026-09-02, no service. */
export function entryRow(e: EntrySpec, i: number): unknown[] {
  return [
    e.id ?? String(1000 + i),
    e.date ?? '2026-09-02',
    e.start ?? '',
    e.end ?? '',
    e.customer ?? 'Acme',
    e.resource ?? 'Sam',
    e.role ?? 'Technician',
    e.workType ?? 'Remote',
    e.service ?? '',
    e.hours ?? 1,
    e.recorded ?? '',
  ];
}

export function timeEntries(entries: EntrySpec[]): Table {
  return [ENTRY_HEADER, ...entries.map(entryRow)];
}

/** Appends rows to a base table (e.g. extra OneOffs or Roles). */
export function withRows(name: TableName, ...rows: unknown[][]): Partial<Record<TableName, Table>> {
  return { [name]: [...(BASE[name] ?? []), ...rows] };
}

export function sources(entries: EntrySpec[], overrides: Partial<Record<TableName, Table | null>> = {}): SheetSource[] {
  const tables: Partial<Record<TableName, Table | null>> = { ...BASE, TimeEntries: timeEntries(entries), ...overrides };
  return Object.entries(tables)
    .filter((e): e is [string, Table] => e[1] !== null && e[1] !== undefined)
    .map(([name, values]) => ({ name, values }));
}

export function book(entries: EntrySpec[], overrides: Partial<Record<TableName, Table | null>> = {}): Workbook {
  return parseWorkbook(sources(entries, overrides));
}

export function check(entries: EntrySpec[], overrides: Partial<Record<TableName, Table | null>> = {}, options?: InvoiceOptions): InvoiceResult {
  return checkInvoices(book(entries, overrides), options);
}

/** The single entry's result of a one-entry check. */
export function one(entry: EntrySpec, overrides: Partial<Record<TableName, Table | null>> = {}) {
  const r = check([entry], overrides);
  return { ...r.entries[0], findings: r.findings };
}
