/**
 * Per-customer totals (DESIGN §4.2), summed from the entries themselves so they always agree with them.
 * Money is summed in integer cents and hours in micro-hours, so the totals carry no float drift.
 */
import { nameKey } from '../names';
import type { CustomerSummary, EntryResult } from './types';

interface Acc {
  customer: string;
  entries: number;
  covered: number;
  billable: number;
  billHours: number;
  nonBillable: number;
  amount: number;
  tax: number;
  invalid: number;
  leakage: number;
  overbilled: number;
  cost: number;
}

const micro = (h: number) => Math.round(h * 1e6);
const cents = (m: number) => Math.round(m * 100);

/** `keyOf` groups customer names (nameKey by default; the check passes its memoised one). */
export function summarizeCustomers(entries: readonly EntryResult[], keyOf: (name: string) => string = nameKey): CustomerSummary[] {
  const byKey = new Map<string, Acc>();
  for (const e of entries) {
    const key = keyOf(e.customer);
    let a = byKey.get(key);
    if (!a) {
      a = { customer: e.customer, entries: 0, covered: 0, billable: 0, billHours: 0, nonBillable: 0, amount: 0, tax: 0, invalid: 0, leakage: 0, overbilled: 0, cost: 0 };
      byKey.set(key, a);
    }
    a.entries++;
    a.covered += micro(e.coveredHours);
    a.billable += micro(e.billableHours);
    a.billHours += micro(e.billHours);
    if (e.outcome === 'non_billable') a.nonBillable += micro(e.hours ?? 0);
    if (e.outcome === 'invalid') a.invalid++;
    a.amount += cents(e.amount);
    a.tax += cents(e.tax);
    a.cost += cents(e.cost);
    if (e.discrepancy === 'leakage') a.leakage += cents(e.discrepancyAmount);
    if (e.discrepancy === 'overbilled') a.overbilled += cents(e.discrepancyAmount);
  }
  return [...byKey.values()]
    .sort((x, y) => (x.customer < y.customer ? -1 : x.customer > y.customer ? 1 : 0))
    .map((a) => ({
      customer: a.customer,
      entries: a.entries,
      coveredHours: a.covered / 1e6,
      billableHours: a.billable / 1e6,
      billHours: a.billHours / 1e6,
      billableAmount: a.amount / 100,
      tax: a.tax / 100,
      nonBillableHours: a.nonBillable / 1e6,
      invalid: a.invalid,
      leakage: a.leakage / 100,
      overbilled: a.overbilled / 100,
      coveredCost: a.cost / 100,
    }));
}
