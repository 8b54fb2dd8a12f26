/** Money rounding: half-up to cents, decided on the decimal value (1.005 → 1.01, not the binary 1.00499…). */
export function roundCents(x: number): number {
  const cents = Number((Math.abs(x) * 100).toPrecision(15));
  return (Math.sign(x) * Math.floor(cents + 0.5)) / 100;
}
