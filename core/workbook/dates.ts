/**
 * Dates and times as the workbook holds them. Excel gives serial numbers (days since 1899-12-30,
 * fraction = time of day); exports give text in ISO or US order. We keep wall-clock values as strings
 * with no zone (`2026-03-08`, `2026-03-08T09:30:00`) and only attach the workbook's time zone where
 * instants are needed (core/calendar). Text with an explicit offset (`…Z`, `…+01:00`) keeps it.
 */
export type LocalDate = string; // YYYY-MM-DD
export type LocalDateTime = string; // YYYY-MM-DDTHH:mm:ss, optionally followed by Z or ±HH:MM

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function ymd(y: number, m: number, d: number): LocalDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Excel serial (days since 1899-12-30, fraction = time) → wall-clock date-time, rounded to the second. */
export function serialToLocalDateTime(serial: number): LocalDateTime {
  const ms = Math.round((serial * MS_PER_DAY) / 1000) * 1000 + EXCEL_EPOCH_UTC;
  return new Date(ms).toISOString().slice(0, 19);
}

export function localDateToSerial(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / MS_PER_DAY;
}

export function localDateTimeToSerial(dt: LocalDateTime): number {
  const [date, time = '00:00:00'] = dt.slice(0, 19).split('T');
  const [h, mi, s] = time.split(':').map(Number);
  return localDateToSerial(date) + (h * 3600 + mi * 60 + (s || 0)) / 86400;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Parses `HH:MM`, `HH:MM:SS`, `h:mm AM` into seconds after midnight (24:00 allowed as end of day). */
export function parseTimeText(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const s = m[3] ? Number(m[3]) : 0;
  const ampm = m[4]?.toLowerCase().replace(/\./g, '');
  if (ampm) {
    if (h < 1 || h > 12) return null;
    if (ampm === 'am' && h === 12) h = 0;
    if (ampm === 'pm' && h !== 12) h += 12;
  }
  if (mi > 59 || s > 59 || h > 24 || (h === 24 && (mi > 0 || s > 0))) return null;
  return h * 3600 + mi * 60 + s;
}

export function secondsToTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round(seconds % 60);
  return `${pad(h)}:${pad(m)}:${pad(s)}`;
}

export interface ParsedDateText {
  date: LocalDate;
  /** Seconds after midnight when the text had a time. */
  seconds?: number;
  /** Zone suffix as written (`Z`, `+01:00`) when the text had one. */
  offset?: string;
}

/**
 * Date text in the formats PSA exports use: ISO (`2026-03-08`, `2026-03-08T09:30`, with optional offset),
 * `2026/03/08`, US `3/8/2026` or `3/8/26` (month first, as ConnectWise and Autotask US exports write),
 * `8-Mar-2026`, `Mar 8, 2026`; any of them optionally followed by a time.
 */
export function parseDateText(input: string): ParsedDateText | null {
  const text = input.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](.+?))?(Z|[+-]\d{2}:?\d{2})?$/i.exec(text);
  let y: number, mo: number, d: number, rest: string | undefined, offset: string | undefined;
  if (m) {
    [y, mo, d, rest, offset] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5]];
  } else if ((m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(.+))?$/.exec(text))) {
    [y, mo, d, rest] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4]];
  } else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s+(.+))?$/.exec(text))) {
    y = Number(m[3]);
    if (m[3].length === 2) y += y < 70 ? 2000 : 1900;
    [mo, d, rest] = [Number(m[1]), Number(m[2]), m[4]];
  } else if ((m = /^(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{4})(?:\s+(.+))?$/.exec(text))) {
    const month = MONTHS[m[2].slice(0, 3).toLowerCase()];
    if (!month) return null;
    [y, mo, d, rest] = [Number(m[3]), month, Number(m[1]), m[4]];
  } else if ((m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?:\s+(.+))?$/.exec(text))) {
    const month = MONTHS[m[1].slice(0, 3).toLowerCase()];
    if (!month) return null;
    [y, mo, d, rest] = [Number(m[3]), month, Number(m[2]), m[4]];
  } else {
    return null;
  }
  if (!isValidYmd(y, mo, d)) return null;
  const out: ParsedDateText = { date: ymd(y, mo, d) };
  if (rest !== undefined) {
    const seconds = parseTimeText(rest.replace(/\.\d+$/, ''));
    if (seconds === null) return null;
    out.seconds = seconds;
  }
  if (offset) {
    if (out.seconds === undefined) out.seconds = 0;
    out.offset = offset.toUpperCase() === 'Z' ? 'Z' : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset;
  }
  return out;
}

export function toLocalDateTime(date: LocalDate, seconds: number, offset?: string): LocalDateTime {
  let day = date;
  let secs = seconds;
  if (secs >= 86400) {
    // 24:00 is the next day's midnight.
    day = addDays(date, Math.floor(secs / 86400));
    secs %= 86400;
  }
  return `${day}T${secondsToTime(secs)}${offset ?? ''}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Monday = 1 … Sunday = 7 (ISO weekday) of a local date. */
export function isoWeekday(date: LocalDate): number {
  const [y, m, d] = date.split('-').map(Number);
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
