/** A month in the workbook zone: its local dates, bounds as instants, and working days on the calendar. */
import type { BusinessCalendar } from '../calendar/calendar';
import type { ZoneClock } from '../calendar/zone';
import { addDays, daysInMonth, isoWeekday, type LocalDate } from '../workbook/dates';

export function monthDates(month: string): LocalDate[] {
  const n = daysInMonth(month);
  return Array.from({ length: n }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

export function nextMonth(month: string): string {
  return addDays(`${month}-${String(daysInMonth(month)).padStart(2, '0')}`, 1).slice(0, 7);
}

/** [first instant, first instant of the next month) in the zone. */
export function monthBounds(month: string, clock: ZoneClock): { start: number; end: number } {
  return { start: clock.toInstant(`${month}-01`, 0), end: clock.toInstant(`${nextMonth(month)}-01`, 0) };
}

/** Days of the month within [from, to] (inclusive, blank = open). */
export function daysWithin(month: string, from?: LocalDate, to?: LocalDate): LocalDate[] {
  return monthDates(month).filter((d) => (from === undefined || d >= from) && (to === undefined || d <= to));
}

/** A working day has at least one Calendar window and is not a holiday. */
export function isWorkingDay(cal: BusinessCalendar, date: LocalDate): boolean {
  return !cal.holidays.has(date) && cal.windows[isoWeekday(date)].some((w) => w.end > w.start);
}
