import { describe, expect, it } from 'vitest';
import { attainment, computeBonus, roundCents } from '../../../core/bonus';
import { parseWorkbook, type SheetSource } from '../../../core/workbook';
import { deskWorkbook, employees } from '../kpi/fixture';

const HEADER = ['Plan', 'Metric', 'Goal', 'Direction', 'Weight', 'Mode', 'Threshold', 'Stretch', 'Gate', 'Pool Basis', 'Pool Rate', 'Split', 'Cap'];
function plans({ split = 'Equal', csatGoal = 0.3, extra = [] as unknown[][] } = {}): SheetSource {
  const hd = (metric: string, goal: number, weight: number | string, mode: string, threshold: number | string, stretch: number | string, gate: string) =>
    ['Help Desk', metric, goal, '', weight, mode, threshold, stretch, gate, 'Managed Revenue', 0.02, split, 0.3];
  return {
    name: 'BonusPlans',
    values: [
      HEADER,
      hd('MTTR Hours', 6, 2, 'Step', '', '', ''),
      hd('sla resolution %', 0.6, 1, 'Linear', 0.4, 0.8, ''),
      hd('Utilization %', 0.5, 1, 'Linear', 0, '', ''),
      hd('CSAT %', csatGoal, 0, 'Step', '', '', 'Y'),
      ['Billing', 'DSO Days', 45, '', '', 'Step', '', '', '', 'Fixed', 1000, 'Equal', 0.1],
      ['Billing', 'Invoice Runs', 4, '', '', 'Step', '', '', '', 'Fixed', 1000, 'Equal', 0.1],
      ['Billing', 'Billing Response Hours', 1, '', '', 'Step', '', '', '', 'Fixed', 1000, 'Equal', 0.1],
      ...extra,
    ],
  };
}
const run = (sheets: SheetSource[] = [plans()], month = '2026-09') => computeBonus(parseWorkbook(deskWorkbook(sheets)), { month });
const emp = (r: ReturnType<typeof run>, name: string) => r.employees.find((e) => e.employee === name)!;

// Team Desk in September (hand-computed in test/core/kpi): MTTR 5 h, SLA resolution 2/3, CSAT 1/3 (3 answers,
// minimum sample 2). Utilization Ann 4/168, Bob 4.5/88. Finance: Managed Revenue 100,000 → pool 2 % = 2,000.
// Weights 2 : 1 : 1 : 0 → 0.5, 0.25, 0.25, 0.
describe('computeBonus', () => {
  const r = run();

  it('pays a full-month employee from the pooled managed revenue (Ann)', () => {
    // MTTR 5 ≤ 6 → 1. SLA resolution 2/3 between goal .6 and stretch .8 → 1 + 0.5 × (1/15)/(1/5) = 7/6.
    // Utilization (4/168) / 0.5 = 1/21 (threshold 0). CSAT gate 1/3 ≥ 0.3 met.
    // Attainment = 0.5 + 0.25 × 7/6 + 0.25 × 1/21 = 135/168 = 0.803571…
    // Share = 2,000 × 1/2 × 135/168 = 803.5714 → 803.57 (cap 0.3 × 5,000 = 1,500 not reached).
    const ann = emp(r, 'Ann');
    expect(ann.attainment).toBeCloseTo(135 / 168, 6);
    expect(ann).toMatchObject({ plan: 'Help Desk', team: 'Desk', pool: 2000, splitFraction: 0.5, prorationFactor: 1, capped: false, withheld: 0, payout: 803.57 });
    expect(ann.percentOfBase).toBe(0.1607); // 803.57 / 5,000
    const sla = ann.metrics.find((m) => m.metric === 'SLA Resolution %')!;
    expect(sla).toMatchObject({ goal: 0.6, direction: 'at_least', met: true, weight: 0.25 });
    expect(sla.attainment).toBeCloseTo(7 / 6, 6);
    // Metric payouts apportion the payout by weight × attainment: MTTR 0.5 / (135/168) × 803.57 = 500.00.
    expect(ann.metrics.find((m) => m.metric === 'MTTR Hours')!.payout).toBe(500);
  });

  it('prorates a mid-month hire by days employed (Bob)', () => {
    // Utilization (4.5/88) / 0.5 = 9/88. Attainment = 0.5 + 7/24 + 9/352 = 863/1056.
    // Share = 1,000 × 863/1056 = 817.2348; hired 09-16 → 15 of 30 days → 408.6174 → 408.62.
    const bob = emp(r, 'Bob');
    expect(bob).toMatchObject({ daysEmployed: 15, prorationFactor: 0.5, payout: 408.62, share: 817.23 });
  });

  it('caps a payout at Cap × Monthly Base and reports the withheld amount (Cat)', () => {
    // DSO 20 ≤ 45, Invoice Runs 4 ≥ 4, Billing Response 0.75 ≤ 1 → attainment 1; Fixed pool 1,000 alone;
    // cap 0.1 × 3,000 = 300 → 700 withheld.
    const cat = emp(r, 'Cat');
    expect(cat).toMatchObject({ attainment: 1, payout: 300, capped: true, capAmount: 300, withheld: 700, percentOfBase: 0.1 });
    expect(cat.metrics.map((m) => m.actual)).toEqual([20, 4, 0.75]);
    expect(r.plans.find((p) => p.plan === 'Billing')).toMatchObject({ pool: 1000, payout: 300, withheld: 700 });
  });

  it('zeroes the plan payout when a gate is missed', () => {
    // CSAT 1/3 < 0.5 gate → attainment 0 for both Help Desk employees.
    const g = run([plans({ csatGoal: 0.5 })]);
    expect(emp(g, 'Ann')).toMatchObject({ gateMissed: true, attainment: 0, payout: 0 });
    expect(emp(g, 'Bob').payout).toBe(0);
    expect(emp(g, 'Ann').notes.join(' ')).toMatch(/gate missed: CSAT %/);
  });

  it('splits by Monthly Base and by Hours logged', () => {
    // Base: Ann 5,000 / 9,000 → 2,000 × 5/9 × 135/168 = 892.857… → 892.86.
    expect(emp(run([plans({ split: 'Base' })]), 'Ann').payout).toBe(892.86);
    // Hours: Ann 8 h (all logged), Bob 4.5 h → Ann 0.64: 2,000 × 0.64 × 135/168 = 1,028.571… → 1,028.57;
    // Bob 0.36: 2,000 × 0.36 × 863/1056 × 0.5 = 294.2045… → 294.20.
    const h = run([plans({ split: 'Hours' })]);
    expect(emp(h, 'Ann').payout).toBe(1028.57);
    expect(emp(h, 'Bob').payout).toBe(294.2);
  });

  it('counts an N/A actual as missed and says why; a month without Finance is an error', () => {
    const oct = run([plans()], '2026-10');
    expect(oct.findings.some((f) => f.code === 'no_finance_row' && f.severity === 'error')).toBe(true);
    const cat = emp(oct, 'Cat');
    expect(cat.metrics.every((m) => m.actual === null && !m.met && m.attainment === 0)).toBe(true);
    expect(cat.metrics[0].note).toMatch(/N\/A: no AR Balance.*counted as missed/);
    expect(cat.payout).toBe(0);
    // No tickets resolved in October: MTTR N/A; managed-revenue pool is 0.
    const ann = emp(oct, 'Ann');
    expect(ann.metrics[0].note).toMatch(/no tickets resolved in 2026-10/);
    expect(ann).toMatchObject({ pool: 0, payout: 0 });
  });

  it('reports bad plans and employees with their cells and still pays the others', () => {
    const bad = run([
      plans({ extra: [['Help Desk', 'Happiness Index', 1, '', 0, 'Step', '', '', '', 'Managed Revenue', 0.02, 'Equal', 0.3]] }),
      { ...employees, values: [...employees.values, ['Dan', 'Sales', 'Sales', 4000, 8, '', ''], ['Eve', 'Billing', 'Billing', -100, 8, '', '']] },
    ]);
    const codes = bad.findings.map((f) => [f.code, f.cell]);
    expect(codes).toContainEqual(['unknown_metric', 'BonusPlans!B9']);
    expect(codes).toContainEqual(['unknown_plan', 'Employees!B5']);
    expect(bad.findings.some((f) => f.cell === 'Employees!D6' && f.severity === 'error')).toBe(true);
    expect(emp(bad, 'Dan')).toMatchObject({ payout: 0 });
    expect(emp(bad, 'Eve')).toMatchObject({ payout: 0, monthlyBase: null });
    // The unknown metric has weight 0 here, so Ann's payout is unchanged; Cat still gets the whole Billing pool.
    expect(emp(bad, 'Ann').payout).toBe(803.57);
    expect(emp(bad, 'Cat').payout).toBe(300);
    // Eve keeps her place in the Equal split (Cat is not paid more because Eve's base is unreadable): 1/2 each.
    expect(emp(bad, 'Cat').splitFraction).toBe(0.5);
  });
});

describe('attainment', () => {
  const linearMost = { goal: 4, direction: 'at_most' as const, mode: 'Linear' as const, threshold: 8, stretch: 2 };
  it('is linear from Threshold to Goal, on to 1.5 at Stretch, and capped', () => {
    expect(attainment(8, linearMost)).toBe(0); // at the threshold
    expect(attainment(9, linearMost)).toBe(0); // beyond it
    expect(attainment(6, linearMost)).toBe(0.5); // (8 − 6) / (8 − 4)
    expect(attainment(4, linearMost)).toBe(1);
    expect(attainment(3, linearMost)).toBe(1.25); // 1 + 0.5 × (4 − 3) / (4 − 2)
    expect(attainment(0, linearMost)).toBe(1.5); // capped at the stretch
    expect(attainment(120, { goal: 100, direction: 'at_least', mode: 'Linear', threshold: 50 })).toBe(1); // no stretch → 1
    expect(attainment(null, linearMost)).toBe(0);
  });
  it('is 0 or 1 in Step mode', () => {
    expect(attainment(0.99, { goal: 0.99, direction: 'at_least', mode: 'Step' })).toBe(1);
    expect(attainment(0.98, { goal: 0.99, direction: 'at_least', mode: 'Step' })).toBe(0);
  });
});

describe('roundCents', () => {
  it('rounds half up on the decimal value', () => {
    expect([roundCents(1.005), roundCents(2.675), roundCents(0.125), roundCents(-1.005), roundCents(408.6174)]).toEqual([1.01, 2.68, 0.13, -1.01, 408.62]);
  });
});
