/** Pricing of billable hours (DESIGN §4.2): bill increment, minimum, rate × multiplier, cents, tax. */
import { clean, roundCents, roundHours } from './money';

export interface BillingTerms {
  billIncrement: number;
  minimumHours: number;
}

/** `max(Minimum Hours, ceil(hours / Bill Increment) × Bill Increment)`. */
export function billHoursFor(hours: number, terms: BillingTerms): number {
  const inc = terms.billIncrement;
  // 0.3 / 0.1 is 2.9999999999999996: forgive float noise before taking the ceiling.
  const steps = Math.ceil(hours / inc - 1e-9);
  return Math.max(terms.minimumHours, roundHours(Math.max(0, steps) * inc));
}

export function rateFor(baseRate: number, multiplier: number): number {
  return clean(baseRate * multiplier);
}

export function amountFor(billHours: number, rate: number): number {
  return roundCents(billHours * rate);
}

export function taxFor(amount: number, taxRate: number, taxable: boolean): number {
  return taxable ? roundCents(amount * taxRate) : 0;
}

export function costFor(coveredHours: number, costRate: number | undefined): number {
  return roundCents(coveredHours * (costRate ?? 0));
}
