/**
 * The calendar against an independent, deliberately naive computation: walk time in 15-minute steps and
 * ask "is this step inside a window?" straight from the rules (UTC, so no DST mapping is involved; DST is
 * covered by the hand-computed cases). Windows, holidays and pauses are random, on a 15-minute grid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween, createCalendar, mergeIntervals } from '../../../core/calendar';
import type { Day } from '../../../core/workbook/tables';

const DAYS: Day[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const STEP = 15 * 60_000;
const T0 = Date.UTC(2026, 7, 3); // Mon 2026-08-03
const SPAN_STEPS = 21 * 96; // three weeks

const windowArb = fc.record({
  day: fc.constantFrom(...DAYS),
  start: fc.integer({ min: 0, max: 95 }).map((q) => q * 900),
  end: fc.integer({ min: 0, max: 96 }).map((q) => q * 900),
});
const holidayArb = fc.uniqueArray(fc.integer({ min: -1, max: 21 }), { maxLength: 4 }).map((ds) => ds.map((d) => new Date(T0 + d * 86_400_000).toISOString().slice(0, 10)));
const pausesArb = fc.array(fc.tuple(fc.integer({ min: 0, max: SPAN_STEPS }), fc.integer({ min: 1, max: 300 })), { maxLength: 4 });

function isWorking(t: number, windows: { day: Day; start: number; end: number }[], holidays: Set<string>): boolean {
  const date = new Date(t).toISOString().slice(0, 10);
  const prev = new Date(t - 86_400_000).toISOString().slice(0, 10);
  const sec = (t % 86_400_000) / 1000;
  const dayOf = (d: string) => DAYS[(new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7];
  return windows.some((w) => {
    const overnight = w.end <= w.start;
    if (w.day === dayOf(date) && !holidays.has(date) && sec >= w.start && (overnight || sec < w.end)) return true;
    return overnight && w.day === dayOf(prev) && !holidays.has(prev) && sec < w.end;
  });
}

describe('business time = a naive step-by-step count', () => {
  it('businessMinutesBetween and addBusinessMinutes agree with the naive walk', () => {
    fc.assert(
      fc.property(fc.array(windowArb, { minLength: 1, maxLength: 4 }), holidayArb, pausesArb, fc.integer({ min: 0, max: SPAN_STEPS }), fc.integer({ min: 0, max: SPAN_STEPS }), (windows, holidays, rawPauses, i, j) => {
        const cal = createCalendar({ timeZone: 'UTC', windows, holidays });
        const pauses = mergeIntervals(rawPauses.map(([s, n]) => [T0 + s * STEP, T0 + (s + n) * STEP] as [number, number]));
        const paused = (t: number) => {
          for (let k = 0; k < pauses.length; k += 2) if (t >= pauses[k] && t < pauses[k + 1]) return true;
          return false;
        };
        const holidaySet = new Set(holidays);
        const [a, b] = [T0 + Math.min(i, j) * STEP, T0 + Math.max(i, j) * STEP];
        let naive = 0;
        for (let t = a; t < b; t += STEP) if (isWorking(t, windows, holidaySet) && !paused(t)) naive += 15;
        expect(businessMinutesBetween(cal, a, b, pauses)).toBe(naive);
        // Consuming exactly that many minutes from a lands at the end of the last working step before b.
        if (naive > 0) {
          let lastWorking = a;
          for (let t = a; t < b; t += STEP) if (isWorking(t, windows, holidaySet) && !paused(t)) lastWorking = t + STEP;
          expect(addBusinessMinutes(cal, a, naive, pauses)).toBe(lastWorking);
        }
      }),
      { numRuns: 300 },
    );
  });
});
