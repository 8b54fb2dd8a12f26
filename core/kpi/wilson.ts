/** Wilson score interval lower bound (95 %, z = 1.96) for k successes out of n: a CSAT share that a few answers cannot inflate. */
const Z = 1.959963984540054;

export function wilsonLowerBound(k: number, n: number): number | null {
  if (n <= 0) return null;
  const p = k / n;
  const z2 = Z * Z;
  const centre = p + z2 / (2 * n);
  const margin = Z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n);
  return Math.max(0, (centre - margin) / (1 + z2 / n));
}
