/**
 * Due-date arithmetic and elapsed business time over the calendar's working intervals minus pauses.
 * Pauses are a flat sorted list of disjoint [start, end, …] epoch-ms intervals (see mergeIntervals).
 */
import { addDays } from '../workbook/dates';
import { intervalsOn, type BusinessCalendar } from './calendar';

const MINUTE = 60_000;
/** Nothing we compute should look further than this; beyond it the answer is "no due date" (a finding). */
export const HORIZON_DAYS = 3 * 366;

/** Sorts and merges [start, end] pairs into a flat disjoint list; empty or inverted pairs are dropped. */
export function mergeIntervals(pairs: readonly (readonly [number, number])[]): number[] {
  const sorted = pairs.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [s, e] of sorted) {
    const n = flat.length;
    if (n > 0 && s <= flat[n - 1]) flat[n - 1] = Math.max(flat[n - 1], e);
    else flat.push(s, e);
  }
  return flat;
}

/**
 * Calls visit(start, end) for each piece of [s, e) left after removing the pauses, in order; stops early
 * when visit returns true. Returns whether it stopped.
 */
function eachUnpaused(s: number, e: number, pauses: readonly number[], visit: (a: number, b: number) => boolean): boolean {
  let cur = s;
  for (let i = 0; i < pauses.length && cur < e; i += 2) {
    const ps = pauses[i];
    const pe = pauses[i + 1];
    if (pe <= cur) continue;
    if (ps >= e) break;
    if (ps > cur && visit(cur, ps)) return true;
    cur = Math.max(cur, pe);
  }
  if (cur < e) return visit(cur, e);
  return false;
}

/**
 * The instant at which `minutes` business minutes have been consumed starting at startMs. A start outside
 * working time begins at the next window; an exact fit ends at the window's end (not the next window's
 * start). Returns null when the target lies beyond the horizon (the caller reports it).
 */
export function addBusinessMinutes(cal: BusinessCalendar, startMs: number, minutes: number, pauses: readonly number[] = []): number | null {
  let remaining = Math.round(minutes * MINUTE);
  if (remaining <= 0) return startMs;
  let date = cal.clock.localDate(startMs);
  let due: number | null = null;
  for (let day = 0; day <= HORIZON_DAYS; day++, date = addDays(date, 1)) {
    const iv = intervalsOn(cal, date);
    for (let i = 0; i < iv.length; i += 2) {
      const e = iv[i + 1];
      if (e <= startMs) continue;
      const s = Math.max(iv[i], startMs);
      const done = eachUnpaused(s, e, pauses, (a, b) => {
        const len = b - a;
        if (remaining <= len) {
          due = a + remaining;
          return true;
        }
        remaining -= len;
        return false;
      });
      if (done) return due;
    }
  }
  return null;
}

/** Business minutes in [a, b) — overlap with working intervals, pauses removed. 0 when b ≤ a. */
export function businessMinutesBetween(cal: BusinessCalendar, a: number, b: number, pauses: readonly number[] = []): number {
  if (!(b > a)) return 0;
  let total = 0;
  const last = cal.clock.localDate(b);
  let date = cal.clock.localDate(a);
  for (let day = 0; day <= HORIZON_DAYS * 4 && date <= last; day++, date = addDays(date, 1)) {
    const iv = intervalsOn(cal, date);
    for (let i = 0; i < iv.length; i += 2) {
      const s = Math.max(iv[i], a);
      const e = Math.min(iv[i + 1], b);
      if (e <= s) continue;
      eachUnpaused(s, e, pauses, (x, y) => {
        total += y - x;
        return false;
      });
    }
  }
  return total / MINUTE;
}
