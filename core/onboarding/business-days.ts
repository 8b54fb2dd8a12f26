/**
 * Due dates in business days. A business day is a weekday on which the published grid's Calendar has
 * working hours (Mon–Fri when there is no Calendar) and which is not in its Holidays. Whole days only:
 * onboarding steps are due on a date, not at a minute.
 */
import { addDays, isoWeekday } from '../workbook/dates';

export interface BusinessDays {
  /** ISO weekdays that are working days (1 = Monday … 7 = Sunday). */
  weekdays: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
}

export const MON_TO_FRI: BusinessDays = { weekdays: new Set([1, 2, 3, 4, 5]), holidays: new Set() };

export function isBusinessDay(date: string, cal: BusinessDays): boolean {
  return cal.weekdays.has(isoWeekday(date)) && !cal.holidays.has(date);
}

/** The date `days` business days after `date` (0 → `date` itself, or the next business day if it is not one). */
export function addBusinessDays(date: string, days: number, cal: BusinessDays = MON_TO_FRI): string {
  // Every onboarding view asks for the same few (date, days) pairs: remember them per calendar.
  let memo = MEMO.get(cal);
  if (!memo) MEMO.set(cal, (memo = new Map()));
  const key = `${date}|${days}`;
  let d = memo.get(key);
  if (d === undefined) {
    d = countBusinessDays(date, days, cal);
    if (memo.size > 10_000) memo.clear();
    memo.set(key, d);
  }
  return d;
}

const MEMO = new WeakMap<BusinessDays, Map<string, string>>();

function countBusinessDays(date: string, days: number, cal: BusinessDays): string {
  if (cal.weekdays.size === 0) return addDays(date, days); // no working day at all: fall back to calendar days
  let d = date;
  let guard = 0;
  while (!isBusinessDay(d, cal) && guard++ < 3660) d = addDays(d, 1);
  for (let left = days; left > 0 && guard++ < 36600; ) {
    d = addDays(d, 1);
    if (isBusinessDay(d, cal)) left--;
  }
  return d;
}
