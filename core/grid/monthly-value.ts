/**
 * What a customer's grid row is worth per month on a date: Σ units × price over its services after
 * Add/Remove Service one-offs, with Price Override one-offs replacing the Services price. A Flat service,
 * or a cell that says Y without a count, is one unit. Services not in Services are left out (validation
 * reports them).
 */
import { nameKey } from '../names';
import { oneOffsOn, type GridModel } from './model';

export interface MonthlyLine {
  service: string;
  units: number;
  price: number;
  /** True when a Price Override one-off set the price. */
  overridden: boolean;
  amount: number;
}

export interface MonthlyValue {
  total: number;
  lines: MonthlyLine[];
}

/**
 * Half-up to cents. The nudge of a millionth of a cent undoes binary noise: 3 × 3.335 is 10.004999… in
 * floating point and 10.01 on paper.
 */
export const roundCents = (n: number): number => Math.round(n * 100 + (n >= 0 ? 1e-6 : -1e-6)) / 100;

export function monthlyValue(model: GridModel, customerKey: string, date: string): MonthlyValue {
  const units = new Map<string, number | null>();
  const row = model.grid.get(customerKey);
  if (row) for (const [k, v] of row.services) if (v.included) units.set(k, v.units);
  const overrides = new Map<string, number>();
  for (const o of oneOffsOn(model, customerKey, date)) {
    if (!o.target) continue;
    const k = nameKey(o.target);
    if (o.kind === 'add_service' && !units.has(k)) units.set(k, o.value ?? null);
    else if (o.kind === 'remove_service') units.delete(k);
    else if (o.kind === 'price_override' && o.value !== undefined) overrides.set(k, o.value);
  }
  const lines: MonthlyLine[] = [];
  let total = 0;
  for (const [k, n] of units) {
    const service = model.services.get(k);
    if (!service) continue;
    const count = service.unit === 'Flat' || n === null ? 1 : n;
    const price = overrides.get(k) ?? service.price ?? 0;
    const amount = roundCents(count * price);
    total += amount;
    lines.push({ service: service.service, units: count, price, overridden: overrides.has(k), amount });
  }
  return { total: roundCents(total), lines };
}
