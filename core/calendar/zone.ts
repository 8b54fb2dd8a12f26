/**
 * Wall-clock ↔ instant conversion in one IANA zone. luxon supplies the zone's offsets (no hand-written
 * tables); the disambiguation is ours, because luxon resolves an ambiguous local time (the repeated hour
 * when clocks fall back) to its second occurrence, while the contract wants the first:
 *   - a local time that does not exist (spring forward) moves forward by the gap (02:30 → 03:30),
 *   - an ambiguous local time takes its first occurrence (01:30 EDT, not 01:30 EST).
 * Offsets are cached per quarter hour (every zone's transitions fall on quarter hours in UTC), so
 * converting 100,000s of timestamps costs a map lookup each.
 */
import { IANAZone } from 'luxon';
import type { LocalDate, LocalDateTime } from '../workbook/dates';

const MINUTE = 60_000;
const DAY = 86_400_000;
const QUARTER = 15 * MINUTE;

export interface ZoneClock {
  zone: string;
  /** Offset from UTC in minutes at an instant. */
  offsetAt(ms: number): number;
  /** The instant of a local date + seconds after local midnight (seconds ≥ 86400 roll into later days). */
  toInstant(date: LocalDate, seconds: number): number;
  /** The local date (YYYY-MM-DD) an instant falls on. */
  localDate(ms: number): LocalDate;
  /** The local date as a day number (days since 1970-01-01): cheap to step through. */
  localDay(ms: number): number;
  /** ISO-8601 with the zone's offset, milliseconds only when non-zero (`2026-03-09T13:00:00-04:00`). */
  format(ms: number): string;
}

function naiveUtc(date: LocalDate, seconds: number): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) + seconds * 1000;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function zoneClock(zone: string): ZoneClock {
  const iana = IANAZone.create(zone);
  if (!iana.isValid) throw new Error(`Unknown time zone ${zone}`);
  const isUtc = /^(utc|etc\/utc|etc\/gmt|gmt|z)$/i.test(zone);
  const offsets = new Map<number, number>();
  const offsetAt = (ms: number): number => {
    const q = Math.floor(ms / QUARTER);
    let o = offsets.get(q);
    if (o === undefined) {
      o = iana.offset(q * QUARTER);
      offsets.set(q, o);
    }
    return o;
  };
  const toInstant = (date: LocalDate, seconds: number): number => {
    const local = naiveUtc(date, seconds);
    // Offsets a day either side bracket any transition near this local time.
    const before = offsetAt(local - DAY);
    const after = offsetAt(local + DAY);
    const t1 = local - before * MINUTE;
    if (before === after) return t1;
    const t2 = local - after * MINUTE;
    const ok1 = offsetAt(t1) === before;
    const ok2 = offsetAt(t2) === after;
    if (ok1 && ok2) return Math.min(t1, t2); // ambiguous: first occurrence
    if (ok1) return t1;
    if (ok2) return t2;
    // Nonexistent: read with the offset in force before the gap, which lands after it (moved forward).
    return t1;
  };
  const localDate = (ms: number): LocalDate => new Date(ms + offsetAt(ms) * MINUTE).toISOString().slice(0, 10);
  const localDay = (ms: number): number => Math.floor((ms + offsetAt(ms) * MINUTE) / DAY);
  const format = (ms: number): string => {
    const off = offsetAt(ms);
    const iso = new Date(ms + off * MINUTE).toISOString();
    const body = ms % 1000 === 0 ? iso.slice(0, 19) : iso.slice(0, 23);
    return body + (isUtc && off === 0 ? 'Z' : offsetText(off));
  };
  return { zone, offsetAt, toInstant, localDate, localDay, format };
}

/** Day number (days since 1970-01-01) ↔ YYYY-MM-DD. */
export function dayToDate(day: number): LocalDate {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/**
 * A workbook date-time (`YYYY-MM-DDTHH:mm:ss`, optionally with `Z` or `±HH:MM`) as an epoch-ms instant:
 * without an offset it is wall-clock time in the clock's zone; an explicit offset is kept.
 */
export function parseInstant(text: LocalDateTime, clock: ZoneClock): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (!m) return null;
  const seconds = Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  const offset = m[5];
  if (!offset) return clock.toInstant(m[1], seconds);
  if (offset === 'Z') return naiveUtc(m[1], seconds);
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const minutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  return naiveUtc(m[1], seconds) - minutes * MINUTE;
}

/** `--as-of` style text: a date (start of that local day), a local date-time, or one with an offset. */
export function parseAsOf(text: string, clock: ZoneClock): number | null {
  const t = text.trim().replace(' ', 'T');
  return parseInstant(t, clock);
}
