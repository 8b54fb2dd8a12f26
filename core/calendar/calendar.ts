/**
 * The business calendar: Calendar windows per weekday and Holidays, in the workbook's time zone, turned
 * lazily into UTC working intervals per local date (cached per date).
 *
 * Each local date's intervals are its own slice of the day [00:00, 24:00): the windows that start that
 * day (an overnight window is cut at midnight) plus the after-midnight tail of the previous day's
 * overnight windows, merged. Slicing by date keeps overlapping windows from counting twice.
 *
 * Holidays (kept simple, documented in the README): a holiday removes the windows that START on that
 * local date. An overnight window that starts the evening before a holiday is kept whole, including
 * its hours after midnight; a window starting on the holiday evening is removed whole, including the
 * hours that fall on the next day.
 */
import { finding, type Finding } from '../findings';
import { addDays, isoWeekday, type LocalDate } from '../workbook/dates';
import { cellOf } from '../workbook/parse-table';
import type { Workbook } from '../workbook/parse-workbook';
import type { Day } from '../workbook/tables';
import { dayToDate, zoneClock, type ZoneClock } from './zone';

const DAY_INDEX: Record<Day, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const DAY_SECONDS = 86_400;

/** A window in seconds after local midnight; end > 86400 reaches into the next day. */
export interface Window {
  start: number;
  end: number;
}

export interface BusinessCalendar {
  clock: ZoneClock;
  /** Index 1 (Mon) … 7 (Sun). */
  windows: Window[][];
  holidays: Set<LocalDate>;
  /** Local day number (days since 1970-01-01) → flat sorted disjoint [start0, end0, …] epoch ms. */
  cache: Map<number, number[]>;
}

export interface CalendarSpecInput {
  timeZone: string;
  windows: { day: Day; start: number; end: number }[];
  holidays?: LocalDate[];
}

/** An End at or before its Start is an overnight window (End = Start: 24 hours). */
function toWindow(start: number, end: number): Window {
  return { start, end: end > start ? end : end + DAY_SECONDS };
}

export function createCalendar(input: CalendarSpecInput): BusinessCalendar {
  const windows: Window[][] = Array.from({ length: 8 }, () => []);
  for (const w of input.windows) windows[DAY_INDEX[w.day]].push(toWindow(w.start, w.end));
  for (const list of windows) list.sort((a, b) => a.start - b.start);
  return { clock: zoneClock(input.timeZone), windows, holidays: new Set(input.holidays ?? []), cache: new Map() };
}

export function hasWorkingTime(cal: BusinessCalendar): boolean {
  return cal.windows.some((list) => list.some((w) => w.end > w.start));
}

/** The calendar of a workbook, or null with an `empty_calendar` error when it has no working time. */
export function buildCalendar(wb: Workbook): { calendar: BusinessCalendar | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const C = wb.Calendar;
  const windows: CalendarSpecInput['windows'] = [];
  for (const r of C.rows) {
    if (r.errors || r.day === undefined || r.start === undefined || r.end === undefined) continue; // parse finding already given
    if (r.start >= DAY_SECONDS) {
      findings.push(finding('error', 'invalid_value', cellOf(C, r, 'start'), 'Start must be a time of day before 24:00'));
      continue;
    }
    windows.push({ day: r.day, start: r.start, end: r.end });
  }
  const holidays = wb.Holidays.rows.filter((h) => h.date !== undefined && !h.errors).map((h) => h.date);
  const calendar = createCalendar({ timeZone: wb.settings.timeZone, windows, holidays });
  if (!hasWorkingTime(calendar)) {
    findings.push(
      finding('error', 'empty_calendar', C.present ? `${C.sheet}!A1` : null,
        C.present
          ? 'The Calendar has no working time: business-hour SLA and KPIs cannot be computed (no fallback to wall-clock time)'
          : 'The workbook has no Calendar sheet: business-hour SLA and KPIs need working hours (no fallback to wall-clock time)'),
    );
    return { calendar: null, findings };
  }
  return { calendar, findings };
}

/** Working intervals of one local date (cached), as flat [start, end, …] epoch ms. */
export function intervalsOn(cal: BusinessCalendar, date: LocalDate): number[] {
  return intervalsOnDay(cal, Math.round(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000));
}

/** intervalsOn by day number: the hot path of due-date arithmetic steps through days without strings. */
export function intervalsOnDay(cal: BusinessCalendar, day: number): number[] {
  const hit = cal.cache.get(day);
  if (hit) return hit;
  const date = dayToDate(day);
  const { clock } = cal;
  const next = addDays(date, 1);
  const dayStart = clock.toInstant(date, 0);
  const dayEnd = clock.toInstant(next, 0);
  const pieces: [number, number][] = [];
  if (!cal.holidays.has(date)) {
    for (const w of cal.windows[isoWeekday(date)]) {
      const s = clock.toInstant(date, w.start);
      const e = Math.min(clock.toInstant(date, w.end), dayEnd);
      if (e > s) pieces.push([s, e]);
    }
  }
  const prev = addDays(date, -1);
  if (!cal.holidays.has(prev)) {
    for (const w of cal.windows[isoWeekday(prev)]) {
      if (w.end <= DAY_SECONDS) continue;
      const e = clock.toInstant(date, w.end - DAY_SECONDS);
      if (e > dayStart) pieces.push([dayStart, e]);
    }
  }
  pieces.sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [s, e] of pieces) {
    const n = flat.length;
    if (n > 0 && s <= flat[n - 1]) flat[n - 1] = Math.max(flat[n - 1], e);
    else flat.push(s, e);
  }
  cal.cache.set(day, flat);
  return flat;
}
