import { describe, expect, it } from 'vitest';
import { parseInstant, zoneClock } from '../../../core/calendar';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('zone clock: DST disambiguation', () => {
  const ny = zoneClock('America/New_York');
  const london = zoneClock('Europe/London');

  it('moves a nonexistent New York time forward by the gap (spring forward 2026-03-08)', () => {
    // 02:30 does not exist (02:00 EST → 03:00 EDT): it becomes 03:30 EDT = 07:30Z.
    expect(iso(ny.toInstant('2026-03-08', 2.5 * 3600))).toBe('2026-03-08T07:30:00.000Z');
    // 01:59 EST exists: 06:59Z; 03:00 EDT exists: 07:00Z.
    expect(iso(ny.toInstant('2026-03-08', 3600 + 59 * 60))).toBe('2026-03-08T06:59:00.000Z');
    expect(iso(ny.toInstant('2026-03-08', 3 * 3600))).toBe('2026-03-08T07:00:00.000Z');
  });

  it('takes the first occurrence of an ambiguous New York time (fall back 2026-11-01)', () => {
    // 01:30 happens at 01:30 EDT (05:30Z) and again at 01:30 EST (06:30Z): first one.
    expect(iso(ny.toInstant('2026-11-01', 1.5 * 3600))).toBe('2026-11-01T05:30:00.000Z');
    // 02:00 exists once (EST): 07:00Z.
    expect(iso(ny.toInstant('2026-11-01', 2 * 3600))).toBe('2026-11-01T07:00:00.000Z');
  });

  it('handles Europe/London both ways', () => {
    // 2026-03-29 01:30 does not exist (01:00 GMT → 02:00 BST): 02:30 BST = 01:30Z.
    expect(iso(london.toInstant('2026-03-29', 1.5 * 3600))).toBe('2026-03-29T01:30:00.000Z');
    // 2026-10-25 01:30 is ambiguous: first occurrence is BST (+01:00) = 00:30Z.
    expect(iso(london.toInstant('2026-10-25', 1.5 * 3600))).toBe('2026-10-25T00:30:00.000Z');
    // Ordinary winter/summer times.
    expect(iso(london.toInstant('2026-01-15', 9 * 3600))).toBe('2026-01-15T09:00:00.000Z');
    expect(iso(london.toInstant('2026-07-15', 9 * 3600))).toBe('2026-07-15T08:00:00.000Z');
  });

  it('parses wall-clock text in the zone and keeps an explicit offset', () => {
    expect(iso(parseInstant('2026-08-03T09:00:00', ny))).toBe('2026-08-03T13:00:00.000Z');
    expect(iso(parseInstant('2026-08-03T09:00:00+01:00', ny))).toBe('2026-08-03T08:00:00.000Z');
    expect(iso(parseInstant('2026-08-03T09:00:00Z', ny))).toBe('2026-08-03T09:00:00.000Z');
    expect(iso(parseInstant('2026-01-03', ny))).toBe('2026-01-03T05:00:00.000Z');
    expect(parseInstant('next tuesday', ny)).toBeNull();
  });

  it('formats instants with the zone offset and the local date', () => {
    expect(ny.format(Date.UTC(2026, 2, 9, 16, 30))).toBe('2026-03-09T12:30:00-04:00');
    expect(ny.format(Date.UTC(2026, 0, 9, 16, 30))).toBe('2026-01-09T11:30:00-05:00');
    expect(zoneClock('UTC').format(Date.UTC(2026, 0, 9, 16, 30))).toBe('2026-01-09T16:30:00Z');
    expect(ny.localDate(Date.UTC(2026, 0, 10, 3, 0))).toBe('2026-01-09'); // 22:00 the evening before
  });
});
