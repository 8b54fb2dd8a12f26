import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  buildCalendar,
  businessMinutesBetween,
  createCalendar,
  mergeIntervals,
  parseInstant,
  type BusinessCalendar,
} from '../../../core/calendar';
import { parseWorkbook } from '../../../core/workbook';
import type { Day } from '../../../core/workbook/tables';

const H = 3600;
const WEEKDAYS: Day[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
const ALL_DAYS: Day[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function officeHours(timeZone: string, start = 9 * H, end = 17 * H, holidays: string[] = []): BusinessCalendar {
  return createCalendar({ timeZone, windows: WEEKDAYS.map((day) => ({ day, start, end })), holidays });
}
const at = (cal: BusinessCalendar, text: string) => parseInstant(text, cal.clock)!;
const show = (cal: BusinessCalendar, ms: number | null) => (ms === null ? null : cal.clock.format(ms));

describe('addBusinessMinutes', () => {
  const ny = officeHours('America/New_York');

  it('carries a Friday 16:30 ticket with a 4-hour target into Monday, across spring forward', () => {
    // Fri 2026-03-06 16:30–17:00 EST = 30 min; 3 h 30 left → Mon 2026-03-09 09:00 + 3:30 = 12:30 EDT.
    expect(show(ny, addBusinessMinutes(ny, at(ny, '2026-03-06T16:30:00'), 240))).toBe('2026-03-09T12:30:00-04:00');
  });

  it('ends an exact fit at the window end, not at the next window start', () => {
    // Mon 09:00 + 8 h fills Monday exactly → Mon 17:00.
    expect(show(ny, addBusinessMinutes(ny, at(ny, '2026-08-03T09:00:00'), 480))).toBe('2026-08-03T17:00:00-04:00');
    // Also when the fit is reached from a start at 13:00 with 4 h.
    expect(show(ny, addBusinessMinutes(ny, at(ny, '2026-08-03T13:00:00'), 240))).toBe('2026-08-03T17:00:00-04:00');
  });

  it('jumps a start outside working hours to the next window', () => {
    // Sat 2026-08-08 10:00 → Mon 2026-08-10 09:00 + 1 h.
    expect(show(ny, addBusinessMinutes(ny, at(ny, '2026-08-08T10:00:00'), 60))).toBe('2026-08-10T10:00:00-04:00');
    // Mon 07:00 (before opening) + 30 min → 09:30.
    expect(show(ny, addBusinessMinutes(ny, at(ny, '2026-08-03T07:00:00'), 30))).toBe('2026-08-03T09:30:00-04:00');
  });

  it('skips a holiday', () => {
    const cal = officeHours('America/New_York', 9 * H, 17 * H, ['2026-07-03']);
    // Thu 2026-07-02 16:00 → 1 h on Thursday, Friday is a holiday, weekend, 1 h on Mon 07-06 → 10:00.
    expect(show(cal, addBusinessMinutes(cal, at(cal, '2026-07-02T16:00:00'), 120))).toBe('2026-07-06T10:00:00-04:00');
  });

  it('removes a pause spanning a weekend', () => {
    // Created Fri 2026-03-13 15:00 EDT, 8 h target, paused Fri 16:00 → Mon 2026-03-16 11:00.
    // Fri 15–16 = 1 h; Mon 11–17 = 6 h (7 h); 1 h more on Tue 09–10 → Tue 10:00 EDT.
    const pauses = mergeIntervals([[at(ny, '2026-03-13T16:00:00'), at(ny, '2026-03-16T11:00:00')]]);
    expect(show(ny, addBusinessMinutes(ny, at(ny, '2026-03-13T15:00:00'), 480, pauses))).toBe('2026-03-17T10:00:00-04:00');
    // The pause costs Fri 16–17 + Mon 09–11 = 3 business hours.
    const a = at(ny, '2026-03-13T15:00:00');
    const b = at(ny, '2026-03-17T10:00:00');
    expect(businessMinutesBetween(ny, a, b) - businessMinutesBetween(ny, a, b, pauses)).toBe(180);
  });

  it('returns null (no due date) for a target beyond the horizon instead of looping', () => {
    expect(addBusinessMinutes(ny, at(ny, '2026-08-03T09:00:00'), 1e9)).toBeNull();
  });

  it('works in Europe/London across its spring change', () => {
    const london = officeHours('Europe/London', 9 * H, 17.5 * H);
    // Fri 2026-03-27 17:00 GMT → 30 min that day; Mon 2026-03-30 09:00 BST + 30 min = 09:30 BST (08:30Z).
    const due = addBusinessMinutes(london, at(london, '2026-03-27T17:00:00'), 60);
    expect(show(london, due)).toBe('2026-03-30T09:30:00+01:00');
    expect(new Date(due!).toISOString()).toBe('2026-03-30T08:30:00.000Z');
  });
});

describe('overnight windows', () => {
  // Night desk: Mon 22:00 → Tue 06:00 only.
  const night = (holidays: string[] = []) =>
    createCalendar({ timeZone: 'America/New_York', windows: [{ day: 'Mon', start: 22 * H, end: 6 * H }], holidays });

  it('consumes across midnight', () => {
    const cal = night();
    // Mon 2026-08-03 23:00 + 3 h → Tue 02:00.
    expect(show(cal, addBusinessMinutes(cal, at(cal, '2026-08-03T23:00:00'), 180))).toBe('2026-08-04T02:00:00-04:00');
    // Mon 21:00 → Tue 08:00 overlaps the whole 8 h window.
    expect(businessMinutesBetween(cal, at(cal, '2026-08-03T21:00:00'), at(cal, '2026-08-04T08:00:00'))).toBe(480);
  });

  it('keeps a window that starts the evening before a holiday, drops one that starts on the holiday', () => {
    // Holiday on Tuesday: Monday night's window starts Monday → kept whole (8 h).
    const tueHoliday = night(['2026-08-04']);
    expect(businessMinutesBetween(tueHoliday, at(tueHoliday, '2026-08-03T12:00:00'), at(tueHoliday, '2026-08-04T12:00:00'))).toBe(480);
    // Holiday on Monday: the window starting Monday 22:00 is removed, including Tuesday 00:00–06:00.
    const monHoliday = night(['2026-08-03']);
    expect(businessMinutesBetween(monHoliday, at(monHoliday, '2026-08-03T12:00:00'), at(monHoliday, '2026-08-04T12:00:00'))).toBe(0);
  });

  it('measures real (not wall-clock) minutes through DST changes', () => {
    // Every day 00:00–00:00 (24 h windows). Sat 2026-10-31 00:00 → Mon 2026-11-02 00:00 local = 24 h + 25 h.
    const always = createCalendar({ timeZone: 'America/New_York', windows: ALL_DAYS.map((day) => ({ day, start: 0, end: 0 })) });
    expect(businessMinutesBetween(always, at(always, '2026-10-31T00:00:00'), at(always, '2026-11-02T00:00:00'))).toBe(49 * 60);
    // Sun 2026-03-08 is 23 h long.
    expect(businessMinutesBetween(always, at(always, '2026-03-08T00:00:00'), at(always, '2026-03-09T00:00:00'))).toBe(23 * 60);
    // A Saturday night window 22:00 → 06:00 over spring forward is 7 real hours.
    const sat = createCalendar({ timeZone: 'America/New_York', windows: [{ day: 'Sat', start: 22 * H, end: 6 * H }] });
    expect(businessMinutesBetween(sat, at(sat, '2026-03-07T12:00:00'), at(sat, '2026-03-08T12:00:00'))).toBe(7 * 60);
  });

  it('counts due dates in real hours across both DST changes on a 24/7 desk', () => {
    const always = createCalendar({ timeZone: 'America/New_York', windows: ALL_DAYS.map((day) => ({ day, start: 0, end: 0 })) });
    // Sat 2026-10-31 23:00 EDT (03:00Z) + 4 h = 07:00Z = Sun 02:00 EST (the wall clock repeats 01:00–02:00).
    expect(show(always, addBusinessMinutes(always, at(always, '2026-10-31T23:00:00'), 240))).toBe('2026-11-01T02:00:00-05:00');
    // Sat 2026-03-07 23:00 EST (04:00Z) + 4 h = 08:00Z = Sun 04:00 EDT (02:00–03:00 does not exist).
    expect(show(always, addBusinessMinutes(always, at(always, '2026-03-07T23:00:00'), 240))).toBe('2026-03-08T04:00:00-04:00');
  });

  it('does not double count overlapping windows', () => {
    // Mon 08:00–12:00 and Mon 10:00–14:00 overlap → 6 h.
    const cal = createCalendar({ timeZone: 'UTC', windows: [{ day: 'Mon', start: 8 * H, end: 12 * H }, { day: 'Mon', start: 10 * H, end: 14 * H }] });
    expect(businessMinutesBetween(cal, at(cal, '2026-08-03T00:00:00'), at(cal, '2026-08-04T00:00:00'))).toBe(360);
  });
});

describe('resolved while paused', () => {
  it('counts the pause only until the resolution', () => {
    const ny = officeHours('America/New_York');
    // Created Mon 2026-08-03 09:00, paused 10:00, resolved 12:00 while paused: the pause closes at 12:00.
    const created = at(ny, '2026-08-03T09:00:00');
    const resolved = at(ny, '2026-08-03T12:00:00');
    const pauses = mergeIntervals([[at(ny, '2026-08-03T10:00:00'), resolved]]);
    expect(businessMinutesBetween(ny, created, resolved, pauses)).toBe(60);
  });
});

describe('buildCalendar', () => {
  it('reports an empty calendar as an error, never a wall-clock fallback', () => {
    const empty = parseWorkbook([{ name: 'Calendar', values: [['Day', 'Start', 'End']] }]);
    const r = buildCalendar(empty);
    expect(r.calendar).toBeNull();
    expect(r.findings.map((f) => [f.severity, f.code])).toEqual([['error', 'empty_calendar']]);
    expect(buildCalendar(parseWorkbook([])).findings[0].code).toBe('empty_calendar');
  });

  it('reads windows as times (Excel fractions and text) in the Settings zone', () => {
    const wb = parseWorkbook([
      { name: 'Settings', values: [['Key', 'Value'], ['Time Zone', 'America/New_York']] },
      { name: 'Calendar', values: [['Day', 'Start', 'End'], ['Mon', 0.375, '17:00'], ['Tuesday', '9:00', '17:00']] },
      { name: 'Holidays', values: [['Date', 'Name'], ['2026-08-04', 'Test day']] },
    ]);
    const { calendar, findings } = buildCalendar(wb);
    expect(findings).toEqual([]);
    // Mon 2026-08-03 08:00 → Wed 08:00: Monday 8 h, Tuesday is a holiday.
    expect(businessMinutesBetween(calendar!, at(calendar!, '2026-08-03T08:00:00'), at(calendar!, '2026-08-05T08:00:00'))).toBe(480);
  });
});
