/** after_hours_at_standard_rate: Start/End outside the Calendar's windows (overnight, holidays) on a ×1 work type. */
import { describe, expect, it } from 'vitest';
import { buildWorkCalendar, withinWorkingTime } from '../../../core/invoice';
import type { CalendarRow, HolidayRow } from '../../../core/workbook';
import { check, one } from './fixtures';

const H = 3600;
const cal = (rows: [CalendarRow['day'], number, number][], holidays: string[] = []) =>
  buildWorkCalendar(
    rows.map(([day, start, end], i) => ({ day, start, end, row0: i + 1 })),
    holidays.map((date, i): HolidayRow & { row0: number } => ({ date, row0: i + 1 })),
    'America/New_York',
  );

describe('withinWorkingTime', () => {
  const weekdays = cal([['Wed', 8 * H, 17 * H], ['Thu', 8 * H, 12 * H], ['Thu', 12 * H, 17 * H]]);

  it('inside, across two touching windows, ending exactly at the close', () => {
    expect(withinWorkingTime(weekdays, '2026-09-02T09:00:00', '2026-09-02T17:00:00')).toBe(true);
    expect(withinWorkingTime(weekdays, '2026-09-03T11:00:00', '2026-09-03T13:00:00')).toBe(true);
  });

  it('outside: after closing, running past it, on a day with no window', () => {
    expect(withinWorkingTime(weekdays, '2026-09-02T17:00:00', '2026-09-02T18:00:00')).toBe(false);
    expect(withinWorkingTime(weekdays, '2026-09-02T16:00:00', '2026-09-02T17:30:00')).toBe(false);
    expect(withinWorkingTime(weekdays, '2026-09-05T10:00:00', '2026-09-05T11:00:00')).toBe(false);
    expect(withinWorkingTime(weekdays, '2026-09-02T07:59:00')).toBe(false);
  });

  it('an overnight window (End before Start) covers the small hours of the next day', () => {
    const noc = cal([['Sat', 22 * H, 6 * H]]);
    expect(withinWorkingTime(noc, '2026-09-06T02:00:00', '2026-09-06T05:00:00')).toBe(true); // Sunday 02:00
    expect(withinWorkingTime(noc, '2026-09-05T23:00:00', '2026-09-06T01:00:00')).toBe(true);
    expect(withinWorkingTime(noc, '2026-09-06T05:00:00', '2026-09-06T07:00:00')).toBe(false);
    // A time-only End past midnight: end before start means the next day.
    expect(withinWorkingTime(noc, '2026-09-05T23:00:00', '2026-09-05T01:00:00')).toBe(true);
  });

  it('a holiday has no working time, also not the part of an overnight window that reaches into it', () => {
    const c = cal([['Mon', 8 * H, 17 * H], ['Sun', 22 * H, 6 * H]], ['2026-09-07']);
    expect(withinWorkingTime(c, '2026-09-07T09:00:00', '2026-09-07T10:00:00')).toBe(false);
    expect(withinWorkingTime(c, '2026-09-06T23:00:00', '2026-09-06T23:30:00')).toBe(true);
    expect(withinWorkingTime(c, '2026-09-07T01:00:00', '2026-09-07T02:00:00')).toBe(false);
  });

  it('a time with an explicit offset is read in the workbook zone (14:00Z = 10:00 in New York)', () => {
    expect(withinWorkingTime(weekdays, '2026-09-02T14:00:00Z', '2026-09-02T15:00:00Z')).toBe(true);
    expect(withinWorkingTime(weekdays, '2026-09-02T23:00:00Z')).toBe(false); // 19:00 local
  });
});

describe('after_hours_at_standard_rate in the check', () => {
  it('warns for a ×1 work type outside hours, with a warning finding at the Start cell', () => {
    const r = check([{ start: '18:00', end: '19:30' }]);
    expect(r.entries[0].warnings).toEqual(['after_hours_at_standard_rate']);
    const f = r.findings.find((x) => x.code === 'after_hours_at_standard_rate')!;
    expect([f.severity, f.cell]).toEqual(['warning', 'TimeEntries!C2']);
  });

  it('no warning inside hours, or when the work type already has a multiplier', () => {
    expect(one({ start: '09:00', end: '10:00' }).warnings).toEqual([]);
    expect(one({ start: '18:00', end: '19:00', workType: 'After Hours' }).warnings).toEqual([]);
  });

  it('the holiday (2026-09-07) counts as after hours; full date-times work too', () => {
    expect(one({ date: '2026-09-07', start: '2026-09-07T09:00:00', end: '2026-09-07T10:00:00' }).warnings).toEqual(['after_hours_at_standard_rate']);
  });

  it('without a Calendar nothing is guessed: an info finding says the check was skipped', () => {
    const r = check([{ start: '18:00', end: '19:00' }], { Calendar: null });
    expect(r.entries[0].warnings).toEqual([]);
    expect(r.findings.find((f) => f.code === 'no_calendar')?.severity).toBe('info');
  });
});
