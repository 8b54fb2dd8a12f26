/** Met/missed counts and rates. A rate with an empty denominator is null (N/A), never 100 %. */
export interface MetRate {
  met: number;
  missed: number;
  /** met ÷ (met + missed), or null when nothing was decided. */
  rate: number | null;
}

export function metRate(values: readonly (boolean | null)[]): MetRate {
  let met = 0;
  let missed = 0;
  for (const v of values) {
    if (v === true) met++;
    else if (v === false) missed++;
  }
  return { met, missed, rate: ratio(met, met + missed) };
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
