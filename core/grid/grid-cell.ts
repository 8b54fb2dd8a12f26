/** A ServiceGrid / Tiers cell: blank or N = not included; Y, ✓ or Included = included; a number = that many units. */
import { coerceBoolean, coerceNumber, isEmptyCell } from '../workbook/cells';

export type GridCellValue = { included: false } | { included: true; units: number | null };

export function readGridCell(raw: unknown): GridCellValue | null {
  if (isEmptyCell(raw)) return { included: false };
  if (typeof raw === 'string' && /^\s*included\s*$/i.test(raw)) return { included: true, units: null };
  const b = coerceBoolean(raw);
  // A bare 1/0 number means units, not yes/no.
  if (b !== null && typeof raw !== 'number' && !/^\s*[01]\s*$/.test(String(raw))) {
    return b ? { included: true, units: null } : { included: false };
  }
  const n = coerceNumber(raw);
  if (n === null || n < 0) return null;
  return n === 0 ? { included: false } : { included: true, units: n };
}
