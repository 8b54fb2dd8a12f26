/**
 * Is an entry's Start–End inside the Calendar's working time? Calendar windows (several per day; an End
 * at or before its Start runs overnight into the next day) minus Holidays (whole local dates).
 *
 * Start/End are wall-clock times in the workbook's time zone and the Calendar is too, so comparing them
 * needs no zone conversion (a DST shift changes the instant, not the wall clock the rule is about).
 * Only a value with an explicit offset (`…Z`, `…+01:00`) is first converted to the workbook zone.
 */
import { DateTime } from 'luxon';
import type { Row } from '../workbook/parse-table';
import type { CalendarRow, Day, HolidayRow } from '../workbook/tables';

const DAY_INDEX: Record<Day, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const DAY = 86_400;

export interface WorkCalendar {
  /** Per weekday (Mon = 0): windows [start, end) in seconds after that day's midnight; end may pass 86,400. */
  windows: [number, number][][];
  /** Local dates off work, as day numbers (days since 1970-01-01). */
  holidays: Set<number>;
  timeZone: string;
}

export function buildWorkCalendar(calendar: readonly Row<CalendarRow>[], holidays: readonly Row<HolidayRow>[], timeZone: string): WorkCalendar {
  const windows: [number, number][][] = [[], [], [], [], [], [], []];
  for (const r of calendar) {
    if (r.day === undefined || r.start === undefined || r.end === undefined) continue;
    const end = r.end <= r.start ? r.end + DAY : r.end;
    windows[DAY_INDEX[r.day]].push([r.start, end]);
  }
  for (const list of windows) list.sort((a, b) => a[0] - b[0]);
  const off = new Set<number>();
  for (const h of holidays) if (h.date) off.add(dayNumber(h.date));
  return { windows, holidays: off, timeZone };
}

export function hasWorkingTime(cal: WorkCalendar): boolean {
  return cal.windows.some((w) => w.length > 0);
}

/** Digits of `text` at [from, to) as a number, without allocating substrings (hot path: every entry). */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD…` string (days-from-civil, no Date object). */
export function dayNumber(date: string): number {
  let y = digits(date, 0, 4);
  const m = digits(date, 5, 7), d = digits(date, 8, 10);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Seconds since 1970-01-01T00:00 of a local wall-clock date-time (offset suffix converted to `zone`). */
export function wallSeconds(dateTime: string, zone: string): number {
  let dt = dateTime;
  if (dt.length > 19) {
    const local = DateTime.fromISO(dt, { setZone: true }).setZone(zone);
    if (local.isValid) dt = local.toFormat("yyyy-MM-dd'T'HH:mm:ss");
  }
  const secs = dt.length >= 19 ? digits(dt, 11, 13) * 3600 + digits(dt, 14, 16) * 60 + digits(dt, 17, 19) : 0;
  return dayNumber(dt) * DAY + secs;
}

/** 1970-01-01 was a Thursday (Mon = 0 → 3). */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;

/** End of the working window holding instant t (seconds), or -1 when t is outside working time. */
function windowEndAt(cal: WorkCalendar, t: number): number {
  const day = Math.floor(t / DAY);
  if (cal.holidays.has(day)) return -1;
  const since = t - day * DAY;
  let best = -1;
  for (const [s, e] of cal.windows[weekday(day)]) if (s <= since && since < e) best = Math.max(best, day * DAY + e);
  if (!cal.holidays.has(day - 1)) {
    // Yesterday's overnight windows reach into today.
    for (const [s, e] of cal.windows[weekday(day - 1)]) if (e > DAY && s <= since + DAY && since + DAY < e) best = Math.max(best, (day - 1) * DAY + e);
  }
  return best;
}

/**
 * True when [start, end) lies wholly in working time (an instant when there is no end). An end at or
 * before the start is taken as the next day's wall clock (a time-only End past midnight).
 */
export function withinWorkingTime(cal: WorkCalendar, start: string, end?: string): boolean {
  let t = wallSeconds(start, cal.timeZone);
  let stop = end === undefined ? t : wallSeconds(end, cal.timeZone);
  if (end !== undefined && stop < t) stop += DAY;
  for (let guard = 0; guard < 64; guard++) {
    let until = windowEndAt(cal, t);
    if (until < 0) return false;
    // A window running into a holiday stops at that holiday's midnight.
    const nextMidnight = (Math.floor(t / DAY) + 1) * DAY;
    if (until > nextMidnight && cal.holidays.has(nextMidnight / DAY)) until = nextMidnight;
    if (until >= stop) return true;
    t = until; // continue in the window that starts where this one ends, if any

  }
  return false;
}
