/** Parses every table the workbook holds (by sheet or Excel table name) into one typed Workbook. */
import { finding, type Finding } from '../findings';
import { headerKey } from '../names';
import { coerceDateTime, coerceTime, isEmptyCell, isExcelError, show } from './cells';
import { secondsToTime } from './dates';
import { cellOf, emptyTable, parseTable, type ParsedTable, type SheetSource } from './parse-table';
import { readSettings, type Settings } from './settings';
import { TABLE_NAMES, TABLE_SPECS, type TableName } from './tables';
import type * as T from './tables';

export interface Workbook {
  settings: Settings;
  Settings: ParsedTable<T.SettingsRow>;
  Services: ParsedTable<T.ServiceRow>;
  Tiers: ParsedTable<T.TierRow>;
  ServiceGrid: ParsedTable<T.ServiceGridRow>;
  Agreements: ParsedTable<T.AgreementRow>;
  OneOffs: ParsedTable<T.OneOffRow>;
  Roles: ParsedTable<T.RoleRow>;
  WorkTypes: ParsedTable<T.WorkTypeRow>;
  TimeEntries: ParsedTable<T.TimeEntryRow>;
  Tickets: ParsedTable<T.TicketRow>;
  TicketEvents: ParsedTable<T.TicketEventRow>;
  SLA: ParsedTable<T.SlaRow>;
  Calendar: ParsedTable<T.CalendarRow>;
  Holidays: ParsedTable<T.HolidayRow>;
  Employees: ParsedTable<T.EmployeeRow>;
  BonusPlans: ParsedTable<T.BonusPlanRow>;
  Finance: ParsedTable<T.FinanceRow>;
  /** Findings from reading the cells (bad values, missing columns, unknown settings). */
  findings: Finding[];
}

/** Finds a table's source by name, case/space/punctuation-insensitively ("Time Entries" = "TimeEntries"). */
export function findSource(sources: readonly SheetSource[], name: TableName): SheetSource | undefined {
  const key = headerKey(name);
  return sources.find((s) => headerKey(s.name) === key);
}

export interface ParseOptions {
  /** Only these tables are parsed (others are left absent): engines that need few tables skip the rest. */
  only?: readonly TableName[];
}

export function parseWorkbook(sources: readonly SheetSource[], options: ParseOptions = {}): Workbook {
  const wb = { findings: [] as Finding[] } as unknown as Workbook;
  const only = options.only ? new Set<TableName>([...options.only, 'Settings']) : null;
  for (const name of TABLE_NAMES) {
    const source = only && !only.has(name) ? undefined : findSource(sources, name);
    const table = source ? parseTable(TABLE_SPECS[name], source) : emptyTable(name);
    (wb as unknown as Record<string, ParsedTable<unknown>>)[name] = table;
    wb.findings.push(...table.findings);
  }
  const { settings, findings } = readSettings(wb.Settings);
  wb.settings = settings;
  wb.findings.push(...findings);
  finishTimeEntries(wb.TimeEntries, wb.findings);
  return wb;
}

/** Missing-table findings for the tables a command needs. */
export function requireTables(wb: Workbook, names: readonly TableName[]): Finding[] {
  const out: Finding[] = [];
  for (const name of names) {
    if (!wb[name].present && !wb[name].findings.some((f) => f.code === 'empty_table')) {
      out.push(finding('error', 'missing_table', null, `The workbook has no ${name} sheet or table`));
    }
  }
  return out;
}

/**
 * Date keeps its time (Autotask's Time Start); Start/End may be times of day on the entry's date.
 */
function finishTimeEntries(table: ParsedTable<T.TimeEntryRow>, findings: Finding[]): void {
  for (const row of table.rows) {
    const dt = row.date as string | undefined;
    if (dt !== undefined) {
      row.date = dt.slice(0, 10);
      if (dt.length > 10 && dt.slice(11, 19) !== '00:00:00') row.dateTime = dt;
      else delete row.dateTime;
    }
    for (const key of ['start', 'end'] as const) {
      const v: unknown = row[key];
      if (v === undefined) continue;
      const label = key === 'start' ? 'Start' : 'End';
      const combined = combineWithDate(v, row.date);
      if (combined === null) {
        delete row[key];
        const message = isExcelError(v)
          ? `${label} holds the formula error ${String(v).trim()}`
          : `${label} must be a time or date-time, got ${show(v)}`;
        (row.errors ??= {})[key] = message;
        findings.push(finding('error', isExcelError(v) ? 'formula_error' : 'invalid_value', cellOf(table, row, key), message));
      } else {
        row[key] = combined;
      }
    }
  }
}

function combineWithDate(v: unknown, date: string | undefined): string | null {
  if (isEmptyCell(v)) return null;
  const isTimeOnly = (typeof v === 'number' && v >= 0 && v < 1) || (typeof v === 'string' && /^\s*\d{1,2}:\d{2}/.test(v));
  if (isTimeOnly) {
    const secs = coerceTime(v);
    if (secs === null || date === undefined) return null;
    return `${date}T${secondsToTime(secs % 86400)}`;
  }
  return coerceDateTime(v);
}
