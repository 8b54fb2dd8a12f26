/** Coercion of one Excel cell value (what `Range.values` holds) into a typed value, or a plain-language error. */
import { headerKey, splitList } from '../names';
import type { CellKind } from './spec';
import { parseDateText, parseTimeText, serialToLocalDateTime, toLocalDateTime, ymd } from './dates';

export type CellResult = { ok: true; value: unknown } | { ok: false; message: string; code?: string };

const EXCEL_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/i;

export function isEmptyCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function isExcelError(v: unknown): v is string {
  return typeof v === 'string' && EXCEL_ERROR.test(v.trim());
}

export function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

const TRUE_WORDS = new Set(['y', 'yes', 'true', '1', '✓', '✔', 'x']);
const FALSE_WORDS = new Set(['n', 'no', 'false', '0']);

export function coerceBoolean(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  const s = String(v).trim().toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return null;
}

export function coerceNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  let s = v.trim().replace(/[\s,]/g, '').replace(/^[$€£]/, '');
  let scale = 1;
  if (s.endsWith('%')) {
    s = s.slice(0, -1);
    scale = 0.01;
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const n = Number(s) * scale;
  return Number.isFinite(n) ? n : null;
}

/** Date objects (exceljs) carry the wall clock in their UTC fields. */
function dateObjectToLocal(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 19);
}

export function coerceDateTime(v: unknown): string | null {
  if (v instanceof Date) return dateObjectToLocal(v);
  if (typeof v === 'number') return v > 0 && v < 2958466 ? serialToLocalDateTime(v) : null;
  if (typeof v !== 'string') return null;
  const p = parseDateText(v);
  if (!p) return null;
  return toLocalDateTime(p.date, p.seconds ?? 0, p.offset);
}

export function coerceDate(v: unknown): string | null {
  if (typeof v === 'string') {
    const p = parseDateText(v);
    return p ? p.date : null;
  }
  const dt = coerceDateTime(v);
  return dt ? dt.slice(0, 10) : null;
}

/** Seconds after midnight from an Excel time fraction or `HH:MM` text. */
export function coerceTime(v: unknown): number | null {
  if (typeof v === 'number') {
    if (v < 0 || v > 1) return null;
    return Math.round(v * 86400);
  }
  if (v instanceof Date) {
    const d = dateObjectToLocal(v);
    return d ? parseTimeText(d.slice(11, 19)) : null;
  }
  if (typeof v !== 'string') return null;
  return parseTimeText(v);
}

export function coerceMonth(v: unknown): string | null {
  if (typeof v === 'string') {
    const m = /^(\d{4})-(\d{1,2})$/.exec(v.trim());
    if (m) {
      const mo = Number(m[2]);
      return mo >= 1 && mo <= 12 ? ymd(Number(m[1]), mo, 1).slice(0, 7) : null;
    }
  }
  const d = coerceDate(v);
  return d ? d.slice(0, 7) : null;
}

function enumLookup(values: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(values)) {
    map.set(headerKey(canonical), canonical);
    for (const s of spellings) map.set(headerKey(s), canonical);
  }
  return map;
}

const enumCache = new WeakMap<object, Map<string, string>>();

/** What users write: the canonical name when it reads like one (P1, Incident), else its first spelling. */
export function enumLabels(values: Readonly<Record<string, readonly string[]>>): string[] {
  return Object.entries(values).map(([canonical, spellings]) =>
    /^[a-z_]+$/.test(canonical) && spellings.length > 0 ? spellings[0] : canonical,
  );
}

/** Coerce a non-empty cell; `label` is the column's display name for messages. */
export function coerceCell(v: unknown, kind: CellKind, label: string): CellResult {
  if (isExcelError(v)) {
    return { ok: false, code: 'formula_error', message: `${label} holds the formula error ${String(v).trim()}` };
  }
  switch (kind.type) {
    case 'raw':
      return { ok: true, value: v };
    case 'text':
      if (typeof v === 'boolean') return { ok: true, value: v ? 'TRUE' : 'FALSE' };
      if (v instanceof Date) return { ok: true, value: dateObjectToLocal(v) ?? '' };
      return { ok: true, value: String(v).trim() };
    case 'number': {
      const n = coerceNumber(v);
      const expect = kind.positive ? 'a number > 0' : kind.min !== undefined ? `a number ≥ ${kind.min}` : 'a number';
      const what = kind.integer ? expect.replace('a number', 'a whole number') : expect;
      if (n === null) return { ok: false, message: `${label} must be ${what}, got ${show(v)}` };
      if (kind.integer && !Number.isInteger(n)) return { ok: false, message: `${label} must be ${what}, got ${show(v)}` };
      if (kind.positive && !(n > 0)) return { ok: false, message: `${label} must be ${what}, got ${show(v)}` };
      if (kind.min !== undefined && n < kind.min) return { ok: false, message: `${label} must be ${what}, got ${show(v)}` };
      if (kind.max !== undefined && n > kind.max) return { ok: false, message: `${label} must be at most ${kind.max}, got ${show(v)}` };
      return { ok: true, value: n };
    }
    case 'boolean': {
      const b = coerceBoolean(v);
      return b === null
        ? { ok: false, message: `${label} must be Y/N, Yes/No, TRUE/FALSE, 1/0 or ✓, got ${show(v)}` }
        : { ok: true, value: b };
    }
    case 'date': {
      const d = coerceDate(v);
      return d === null
        ? { ok: false, message: `${label} must be a date (Excel date, YYYY-MM-DD or M/D/YYYY), got ${show(v)}` }
        : { ok: true, value: d };
    }
    case 'datetime': {
      const d = coerceDateTime(v);
      return d === null
        ? { ok: false, message: `${label} must be a date and time (Excel date, ISO 8601 or M/D/YYYY h:mm), got ${show(v)}` }
        : { ok: true, value: d };
    }
    case 'time': {
      const t = coerceTime(v);
      return t === null
        ? { ok: false, message: `${label} must be a time of day (Excel time or HH:MM), got ${show(v)}` }
        : { ok: true, value: t };
    }
    case 'month': {
      const m = coerceMonth(v);
      return m === null ? { ok: false, message: `${label} must be a month YYYY-MM, got ${show(v)}` } : { ok: true, value: m };
    }
    case 'list':
      return { ok: true, value: splitList(v) };
    case 'enum': {
      let map = enumCache.get(kind.values);
      if (!map) enumCache.set(kind.values, (map = enumLookup(kind.values)));
      const c = map.get(headerKey(v));
      return c === undefined
        ? { ok: false, message: `${label} must be one of ${enumLabels(kind.values).join(', ')}, got ${show(v)}` }
        : { ok: true, value: c };
    }
  }
}
