/**
 * The calendar against an independent, deliberately naive computation: walk time in 15-minute steps and
 * ask "is this step inside a window?" straight from the rules (UTC, so no DST mapping is involved; DST is
 * covered by the hand-computed cases). Windows, holidays and pauses are random, on a 15-minute grid.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
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

describe('business time across DST = a naive walk on luxon local times', () => {
  // Windows between 04:00 and 24:00 never touch a transition hour, so "is this instant's local time inside a
  // window" is unambiguous; the walk then checks the per-date UTC conversion over both 2026 changes.
  const zoned = fc.record({
    day: fc.constantFrom(...DAYS),
    start: fc.integer({ min: 16, max: 95 }).map((q) => q * 900),
    end: fc.integer({ min: 17, max: 96 }).map((q) => q * 900),
  }).filter((w) => w.end > w.start);
  for (const [zone, from] of [['America/New_York', '2026-03-01'], ['America/New_York', '2026-10-25'], ['Europe/London', '2026-03-22'], ['Europe/London', '2026-10-18']] as const) {
    it(`${zone} from ${from}`, () => {
      const t0 = DateTime.fromISO(from, { zone }).toMillis();
      fc.assert(
        fc.property(fc.array(zoned, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 14 * 96 }), fc.integer({ min: 0, max: 14 * 96 }), (windows, i, j) => {
          const cal = createCalendar({ timeZone: zone, windows });
          const [a, b] = [t0 + Math.min(i, j) * STEP, t0 + Math.max(i, j) * STEP];
          let naive = 0;
          for (let t = a; t < b; t += STEP) {
            const local = DateTime.fromMillis(t, { zone });
            const sec = local.hour * 3600 + local.minute * 60;
            const day = DAYS[local.weekday - 1];
            if (windows.some((w) => w.day === day && sec >= w.start && sec < w.end)) naive += 15;
          }
          expect(businessMinutesBetween(cal, a, b)).toBe(naive);
        }),
        { numRuns: 60 },
      );
    });
  }
});
