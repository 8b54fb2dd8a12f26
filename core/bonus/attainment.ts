/**
 * Attainment of one metric. Step: 1 when the goal is met, else 0. Linear: 0 at or beyond Threshold (on
 * the wrong side of the goal), rising linearly to 1 at Goal, then on to 1.5 at Stretch, capped there
 * (capped at 1 without a Stretch). A Linear metric without a Threshold pays nothing short of the goal.
 */
import type { Direction, Mode } from '../workbook/tables';

export interface AttainmentRule {
  goal: number;
  direction: Direction;
  mode: Mode;
  threshold?: number;
  stretch?: number;
}

export function goalMet(actual: number, goal: number, direction: Direction): boolean {
  return direction === 'at_least' ? actual >= goal : actual <= goal;
}

export function attainment(actual: number | null, rule: AttainmentRule): number {
  if (actual === null) return 0;
  const { goal, direction, mode } = rule;
  const met = goalMet(actual, goal, direction);
  if (mode === 'Step') return met ? 1 : 0;
  // Work in "better is bigger" terms: for at most, flip the signs.
  const sign = direction === 'at_least' ? 1 : -1;
  const a = sign * actual;
  const g = sign * goal;
  const t = rule.threshold === undefined ? undefined : sign * rule.threshold;
  const s = rule.stretch === undefined ? undefined : sign * rule.stretch;
  if (a >= g) {
    if (s === undefined || s <= g) return 1;
    return 1 + 0.5 * Math.min(1, (a - g) / (s - g));
  }
  if (t === undefined || t >= g || a <= t) return 0;
  return (a - t) / (g - t);
}
