/**
 * Due-date arithmetic and elapsed business time over the calendar's working intervals minus pauses.
 * Pauses are a flat sorted list of disjoint [start, end, …] epoch-ms intervals (see mergeIntervals).
 */
import { intervalsOnDay, type BusinessCalendar } from './calendar';

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
 * The instant at which `minutes` business minutes have been consumed starting at startMs. A start outside
 * working time begins at the next window; an exact fit ends at the window's end (not the next window's
 * start). Returns null when the target lies beyond the horizon (the caller reports it).
 */
export function addBusinessMinutes(cal: BusinessCalendar, startMs: number, minutes: number, pauses: readonly number[] = []): number | null {
  let remaining = Math.round(minutes * MINUTE);
  if (remaining <= 0) return startMs;
  const first = cal.clock.localDay(startMs);
  let p = 0; // pauses before this index end before the current position (positions only move forward)
  for (let day = first; day <= first + HORIZON_DAYS; day++) {
    const iv = intervalsOnDay(cal, day);
    for (let i = 0; i < iv.length; i += 2) {
      const e = iv[i + 1];
      if (e <= startMs) continue;
      let cur = Math.max(iv[i], startMs);
      // Walk the window's unpaused pieces (no closures: this is the hot loop).
      while (cur < e) {
        while (p < pauses.length && pauses[p + 1] <= cur) p += 2;
        const pieceEnd = p < pauses.length && pauses[p] < e ? Math.max(cur, pauses[p]) : e;
        const len = pieceEnd - cur;
        if (len > 0) {
          if (remaining <= len) return cur + remaining;
          remaining -= len;
        }
        cur = pieceEnd < e ? Math.max(pieceEnd, pauses[p + 1]) : e;
      }
    }
  }
  return null;
}

/** Business minutes in [a, b) — overlap with working intervals, pauses removed. 0 when b ≤ a. */
export function businessMinutesBetween(cal: BusinessCalendar, a: number, b: number, pauses: readonly number[] = []): number {
  if (!(b > a)) return 0;
  let total = 0;
  let p = 0;
  const last = cal.clock.localDay(b);
  for (let day = cal.clock.localDay(a); day <= last; day++) {
    const iv = intervalsOnDay(cal, day);
    for (let i = 0; i < iv.length; i += 2) {
      const e = Math.min(iv[i + 1], b);
      let cur = Math.max(iv[i], a);
      while (cur < e) {
        while (p < pauses.length && pauses[p + 1] <= cur) p += 2;
        const pieceEnd = p < pauses.length && pauses[p] < e ? Math.max(cur, pauses[p]) : e;
        total += pieceEnd - cur;
        cur = pieceEnd < e ? Math.max(pieceEnd, pauses[p + 1]) : e;
      }
    }
  }
  return total / MINUTE;
}
