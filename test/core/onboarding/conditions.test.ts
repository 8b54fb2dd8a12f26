import { describe, expect, it } from 'vitest';
import { evaluateCondition, type Condition } from '../../../core/onboarding/conditions';
import { coverPage } from './cover-fixture';

describe('step conditions on cover-page fields', () => {
  it('payment method: either setup or monthly', () => {
    const c: Condition = { type: 'paidBy', which: 'either', in: ['check'] };
    expect(evaluateCondition(c, coverPage()).applies).toBe(false);
    expect(evaluateCondition(c, coverPage({ setupPaidBy: 'check' })).applies).toBe(true);
    expect(evaluateCondition(c, coverPage()).reason).toBe('Not applicable: only when the setup or monthly is paid by check');
  });

  it('counts, flags and tier order', () => {
    const servers: Condition = { type: 'count', field: 'servers', atLeast: 1 };
    expect(evaluateCondition(servers, coverPage({ servers: { count: 0, unitPrice: 0 } })).applies).toBe(false);
    expect(evaluateCondition({ type: 'flag', field: 'hostedSpamFilter', is: true }, coverPage({ hostedSpamFilter: false })).reason).toMatch(/spam filter/);
    const gold: Condition = { type: 'tierAtLeast', tier: 'Gold', order: ['Silver', 'Gold', 'Platinum'] };
    expect(evaluateCondition(gold, coverPage({ tier: 'silver' })).applies).toBe(false);
    expect(evaluateCondition(gold, coverPage({ tier: 'PLATINUM' })).applies).toBe(true);
    expect(evaluateCondition(gold, coverPage({ tier: 'Unknown' })).applies).toBe(false);
  });

  it('all / any combine, and no condition always applies', () => {
    const both: Condition = { type: 'all', of: [{ type: 'flag', field: 'convertingExistingClient', is: true }, { type: 'count', field: 'users', atLeast: 10 }] };
    expect(evaluateCondition(both, coverPage({ convertingExistingClient: true })).applies).toBe(true);
    expect(evaluateCondition(both, coverPage({ convertingExistingClient: true, users: 5 })).applies).toBe(false);
    expect(evaluateCondition({ type: 'any', of: [both, { type: 'flag', field: 'hostedSpamFilter', is: true }] }, coverPage()).applies).toBe(true);
    expect(evaluateCondition(null, coverPage())).toEqual({ applies: true, reason: '' });
  });
});
