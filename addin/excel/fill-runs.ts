/**
 * Row fills as few formatting calls as possible: contiguous rows of one colour become one range, and all
 * ranges of one colour are joined into multi-area addresses (`A2:F9,A14:F14`) so each colour costs one
 * format assignment per address string rather than one per row.
 */
import { columnLetter } from '../../core/workbook/address';

export interface FillRun {
  color: string;
  /** 0-based index into the fills array (data rows). */
  start: number;
  count: number;
}

export function fillRuns(fills: readonly (string | null | undefined)[]): FillRun[] {
  const runs: FillRun[] = [];
  for (let i = 0; i < fills.length; i++) {
    const color = fills[i];
    if (!color) continue;
    const last = runs[runs.length - 1];
    if (last && last.color === color && last.start + last.count === i) last.count++;
    else runs.push({ color, start: i, count: 1 });
  }
  return runs;
}

/** Excel accepts multi-area addresses up to a few thousand characters; stay well below. */
export const MAX_ADDRESS_CHARS = 2_000;

/**
 * Per colour, the sheet addresses of its runs (data row i sits on sheet row `firstRow0 + i`), joined into
 * comma-separated multi-area strings no longer than `maxChars`.
 */
export function fillAddresses(
  runs: readonly FillRun[],
  columns: number,
  firstRow0: number,
  maxChars = MAX_ADDRESS_CHARS,
): { color: string; address: string }[] {
  const last = columnLetter(Math.max(1, columns) - 1);
  const byColor = new Map<string, string[]>();
  for (const r of runs) {
    const top = firstRow0 + r.start + 1;
    const bottom = top + r.count - 1;
    const list = byColor.get(r.color) ?? [];
    list.push(`A${top}:${last}${bottom}`);
    byColor.set(r.color, list);
  }
  const out: { color: string; address: string }[] = [];
  for (const [color, parts] of byColor) for (const address of joinWithin(parts, maxChars)) out.push({ color, address });
  return out;
}

/** Joins parts with commas into strings of at most maxChars (a single longer part stands alone). */
export function joinWithin(parts: readonly string[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let cur = '';
  for (const p of parts) {
    if (cur && cur.length + 1 + p.length > maxChars) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${p}` : p;
  }
  if (cur) out.push(cur);
  return out;
}
