import { describe, expect, it } from 'vitest';
import type { CoverPage } from '../../../addin/api/types';
import { coverPatch } from '../../../addin/taskpane/onboarding-form';

const cover: CoverPage = {
  client: 'Harbor Dental', signedOn: '2026-11-02', tier: 'Gold',
  servers: { count: 2, unitPrice: 150 }, workstations: { count: 20, unitPrice: 60 }, users: 22,
  otherMonthly: [{ label: 'Backup storage', amount: 40 }, { label: 'Spam filter', amount: 25.5 }],
  setupFee: 1500, setupPaidBy: 'card', monthlyPaidBy: 'ach',
  billingContact: { name: 'Dana', email: 'dana@harbor.example', address: '1 Pier St' },
  convertingExistingClient: false, hostedSpamFilter: true,
};

describe('coverPatch', () => {
  it('is empty when nothing changed, even with other lines shown as one total and keys in another order', () => {
    const asForm: CoverPage = { ...cover, servers: { unitPrice: 150, count: 2 }, otherMonthly: [{ label: 'Other monthly', amount: 65.5 }] };
    expect(coverPatch(cover, asForm)).toEqual({});
  });

  it('holds only the changed fields; nested objects whole', () => {
    expect(coverPatch(cover, { ...cover, servers: { count: 0, unitPrice: 150 }, monthlyPaidBy: 'check', hostedSpamFilter: false })).toEqual({
      servers: { count: 0, unitPrice: 150 },
      monthlyPaidBy: 'check',
      hostedSpamFilter: false,
    });
  });

  it('sends the other monthly lines only when their total changed', () => {
    const other = [{ label: 'Other monthly', amount: 80 }];
    expect(coverPatch(cover, { ...cover, otherMonthly: other })).toEqual({ otherMonthly: other });
  });
});
