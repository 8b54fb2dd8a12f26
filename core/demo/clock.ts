/**
 * Wall-clock time of the demo as minutes since 2026-08-01 00:00 local (America/New_York), with the
 * business calendar the demo's Calendar and Holidays sheets describe. Excel serials are wall-clock too,
 * so no zone conversion is needed to write them.
 */
import { addDays, isoWeekday, localDateToSerial } from '../workbook/dates';

export const DEMO_EPOCH = '2026-08-01';
const EPOCH_SERIAL = localDateToSerial(DEMO_EPOCH);
export const MINUTES_PER_DAY = 1440;
export const OPEN_MINUTE = 8 * 60;
export const CLOSE_MINUTE = 17 * 60;

/** US holidays 2026 (observed dates), Labor Day on 2026-09-07. */
export const DEMO_HOLIDAYS: readonly (readonly [string, string])[] = [
  ['2026-01-01', "New Year's Day"],
  ['2026-01-19', 'Martin Luther King Jr. Day'],
  ['2026-02-16', "Presidents' Day"],
  ['2026-05-25', 'Memorial Day'],
  ['2026-06-19', 'Juneteenth'],
  ['2026-07-03', 'Independence Day (observed)'],
  ['2026-09-07', 'Labor Day'],
  ['2026-11-11', 'Veterans Day'],
  ['2026-11-26', 'Thanksgiving Day'],
  ['2026-11-27', 'Day after Thanksgiving'],
  ['2026-12-25', 'Christmas Day'],
];
const HOLIDAY_SET = new Set(DEMO_HOLIDAYS.map(([d]) => d));

export const dateOfDay = (day: number): string => addDays(DEMO_EPOCH, day);
export const dateOf = (minute: number): string => dateOfDay(Math.floor(minute / MINUTES_PER_DAY));
export const minuteOfDay = (minute: number): number => ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
export const dayOfDate = (date: string): number => localDateToSerial(date) - EPOCH_SERIAL;

export function isBusinessDay(day: number): boolean {
  const date = dateOfDay(day);
  return isoWeekday(date) <= 5 && !HOLIDAY_SET.has(date);
}

/** Excel serial of a demo minute, rounded to the minute. */
export const serialOfMinute = (minute: number): number => EPOCH_SERIAL + Math.round(minute) / MINUTES_PER_DAY;
export const serialOfDate = (date: string): number => localDateToSerial(date);
/** Time of day as Excel's fraction. */
export const timeFraction = (minuteOfDay: number): number => minuteOfDay / MINUTES_PER_DAY;

/** Adds business minutes (Mon–Fri 08:00–17:00, holidays off); an exact fit ends at the window's end. */
export function addBusinessMinutes(start: number, minutes: number): number {
  let t = start;
  let left = minutes;
  for (;;) {
    const day = Math.floor(t / MINUTES_PER_DAY);
    const open = day * MINUTES_PER_DAY + OPEN_MINUTE;
    const close = day * MINUTES_PER_DAY + CLOSE_MINUTE;
    if (!isBusinessDay(day) || t >= close) {
      t = (day + 1) * MINUTES_PER_DAY + OPEN_MINUTE;
      continue;
    }
    if (t < open) t = open;
    if (t + left <= close) return t + left;
    left -= close - t;
    t = (day + 1) * MINUTES_PER_DAY + OPEN_MINUTE;
  }
}
