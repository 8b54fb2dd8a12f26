/**
 * Cents and hours without binary floating-point surprises. 1.005 × 100 is 100.49999999999999 in doubles;
 * we treat anything within a relative 1e-9 of the half-cent as the half-cent, then round half up
 * (away from zero for negatives), so the cent an accountant expects comes out.
 */
const REL_EPS = 1e-9;

/** Integer cents of an amount, rounded half-up. */
export function toCents(amount: number): number {
  const sign = amount < 0 ? -1 : 1;
  const n = Math.abs(amount) * 100;
  const f = Math.floor(n);
  const up = n - f >= 0.5 - REL_EPS * Math.max(1, n);
  return sign * (up ? f + 1 : f);
}

export function roundCents(amount: number): number {
  const c = toCents(amount);
  return c === 0 ? 0 : c / 100;
}

/** Hours sums and products cleaned of float noise (0.1 + 0.2 → 0.3), to 1e-6 h. */
export function roundHours(hours: number): number {
  const r = Math.round(hours * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

/** A rate or other product kept exact to 1e-9 (150 × 1.1 → 165, not 165.00000000000003). */
export function clean(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
