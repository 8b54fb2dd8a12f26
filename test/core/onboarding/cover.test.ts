import { describe, expect, it } from 'vitest';
import { computeMoney } from '../../../core/onboarding/cover';
import { coverPage } from './cover-fixture';

describe('cover-page money (seed 001)', () => {
  it('monthly total = servers × price + workstations × price + other lines; first invoice adds setup', () => {
    // 2 × 150 + 20 × 45.50 + 80 = 300 + 910 + 80 = 1290
    expect(computeMoney(coverPage())).toEqual({ monthlyTotal: 1290, firstInvoice: 2790, dueAtSigning: 2790 });
  });

  it('a client paying the monthly by check owes 3 months + setup at signing', () => {
    const m = computeMoney(coverPage({ monthlyPaidBy: 'check' }));
    expect(m.dueAtSigning).toBe(1500 + 3 * 1290);
    expect(m.firstInvoice).toBe(2790);
  });

  it('sums cents exactly (0.1 + 0.2 style prices)', () => {
    const m = computeMoney(coverPage({ servers: { count: 3, unitPrice: 0.1 }, workstations: { count: 1, unitPrice: 0.2 }, otherMonthly: [], setupFee: 0 }));
    expect(m.monthlyTotal).toBe(0.5);
  });
});
