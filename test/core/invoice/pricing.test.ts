/** Pricing of billable hours: increments, minimums, multipliers, overrides, half-up cents, tax, cost. */
import { describe, expect, it } from 'vitest';
import { amountFor, billHoursFor, roundCents } from '../../../core/invoice';
import { check, one, withRows } from './fixtures';

describe('cents and increments', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [1.0049, 1],
    [0.125, 0.13],
    [-1.005, -1.01],
    [1234567.885, 1234567.89],
    [0.1 + 0.2, 0.3],
  ])('roundCents(%d) = %d (half up, float noise forgiven)', (x, want) => {
    expect(roundCents(x)).toBe(want);
  });

  it.each([
    [0.1, 0.25, 0, 0.25],
    [1.01, 0.25, 0, 1.25],
    [1.25, 0.25, 0, 1.25],
    [0.3, 0.1, 0, 0.3],
    [0.7, 0.1, 0, 0.7],
    [0.2, 0.5, 1, 1],
    [1.2, 0.5, 1, 1.5],
    [0, 0.25, 0, 0],
  ])('billHours(%d h, increment %d, minimum %d) = %d', (hours, billIncrement, minimumHours, want) => {
    expect(billHoursFor(hours, { billIncrement, minimumHours })).toBe(want);
  });

  it('amount = bill hours × rate rounded half up: 0.25 h × 4.02 = 1.005 → 1.01', () => {
    expect(amountFor(0.25, 4.02)).toBe(1.01);
  });
});

describe('pricing in the engine', () => {
  it("the agreement's increment and minimum win over Settings (Gamma: 0.5 h, minimum 1 h)", () => {
    expect(one({ customer: 'Gamma', hours: 0.2 })).toMatchObject({ billHours: 1, rate: 100, amount: 100 });
    expect(one({ customer: 'Gamma', hours: 1.2 })).toMatchObject({ billHours: 1.5, amount: 150 });
  });

  it('Settings increment applies without an agreement (Delta after its end: 0.25 h)', () => {
    expect(one({ customer: 'Delta', hours: 1.1 })).toMatchObject({ billHours: 1.25, amount: 125 });
  });

  it('the work type multiplier scales the rate: After Hours ×1.5 for an Engineer at 150', () => {
    expect(one({ customer: 'Gamma', role: 'Engineer', workType: 'After Hours', hours: 1 })).toMatchObject({ rate: 225, amount: 225 });
  });

  it('a Rate Override one-off replaces the role rate while active, and is multiplied too', () => {
    const o = withRows('OneOffs', ['Gamma', 'Rate Override', 'Technician', 80, '2026-09-01', '2026-09-30']);
    expect(one({ customer: 'Gamma', hours: 2 }, o)).toMatchObject({ rate: 80, amount: 160 });
    expect(one({ customer: 'Gamma', hours: 2, workType: 'After Hours' }, o)).toMatchObject({ rate: 120, amount: 240 });
    expect(one({ customer: 'Gamma', hours: 2, date: '2026-10-01' }, o)).toMatchObject({ rate: 100, amount: 200 });
  });

  it('half-up at .005 end to end: Junior at 4.02 for 0.25 h', () => {
    expect(one({ customer: 'Delta', role: 'Junior', hours: 0.25 }).amount).toBe(1.01);
  });

  it('tax only on a Taxable work type, at the Settings rate, in cents', () => {
    expect(one({ customer: 'Gamma', workType: 'Hardware Install', hours: 1.5 })).toMatchObject({ amount: 150, tax: 15 });
    // 1.25 h × 4.02 = 5.025 → 5.03; tax 0.503 → 0.50 (Delta: Settings increment 0.25)
    expect(one({ customer: 'Delta', role: 'Junior', workType: 'Hardware Install', hours: 1.25 })).toMatchObject({ amount: 5.03, tax: 0.5 });
    expect(one({ customer: 'Gamma', hours: 1 }).tax).toBe(0);
  });

  it('covered entries carry cost = hours × cost rate and no price', () => {
    expect(one({ hours: 2.5, role: 'Engineer' })).toMatchObject({ outcome: 'covered', cost: 150, amount: 0, billHours: 0, rate: null, coveredHours: 2.5 });
  });

  it('zero_rate warns on a billable entry priced at 0', () => {
    const r = check([{ customer: 'Gamma', role: 'Intern' }]);
    expect(r.entries[0].warnings).toEqual(['zero_rate']);
    expect(r.findings.find((f) => f.code === 'zero_rate')?.severity).toBe('warning');
    expect(one({ customer: 'Gamma' }).warnings).toEqual([]);
  });
});

describe('recorded against computed', () => {
  it('leakage: computed billable, recorded covered / no charge / do not bill, with the amount', () => {
    for (const recorded of ['Covered', 'NC', 'Do Not Bill', 'BilledAgreement']) {
      expect(one({ workType: 'Onsite', hours: 1.5, recorded })).toMatchObject({ discrepancy: 'leakage', discrepancyAmount: 150 });
    }
    expect(one({ workType: 'Onsite', recorded: 'Billable' }).discrepancy).toBeNull();
  });

  it('overbilled: computed covered or non-billable, recorded billable, priced as it would have been billed', () => {
    expect(one({ hours: 0.6, recorded: 'B' })).toMatchObject({ outcome: 'covered', discrepancy: 'overbilled', discrepancyAmount: 75 });
    expect(one({ workType: 'Internal', recorded: 'Billable' })).toMatchObject({ discrepancy: 'overbilled', discrepancyAmount: 100 });
    expect(one({ hours: 1, recorded: 'Covered' }).discrepancy).toBeNull();
  });

  it('invalid and unrecorded entries have no discrepancy', () => {
    expect(one({ role: 'Wizard', recorded: 'Covered' }).discrepancy).toBeNull();
    expect(one({ workType: 'Onsite' }).discrepancy).toBeNull();
  });

  it('per-customer leakage and overbilled add up the entries', () => {
    const r = check([
      { workType: 'Onsite', hours: 1, recorded: 'Covered' },
      { workType: 'Onsite', hours: 2, recorded: 'NC' },
      { hours: 1, recorded: 'Billable' },
      { customer: 'Gamma', hours: 1, recorded: 'Billable' },
    ]);
    const acme = r.customers.find((c) => c.customer === 'Acme')!;
    expect(acme).toMatchObject({ leakage: 300, overbilled: 100, billableAmount: 300, billableHours: 3, coveredHours: 1, entries: 3 });
    expect(r.customers.find((c) => c.customer === 'Gamma')).toMatchObject({ leakage: 0, overbilled: 0, billableAmount: 100 });
  });
});
