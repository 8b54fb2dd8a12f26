import type { CoverPage } from '../../../core/onboarding/cover';

export function coverPage(overrides: Partial<CoverPage> = {}): CoverPage {
  return {
    client: 'Harbor Dental',
    signedOn: '2026-11-02', // a Monday
    tier: 'Gold',
    servers: { count: 2, unitPrice: 150 },
    workstations: { count: 20, unitPrice: 45.5 },
    users: 22,
    otherMonthly: [{ label: 'Backup storage', amount: 80 }],
    setupFee: 1500,
    setupPaidBy: 'card',
    monthlyPaidBy: 'ach',
    billingContact: { name: 'Dana Lee', email: 'dana@harbor.example', address: '1 Pier Rd' },
    convertingExistingClient: false,
    hostedSpamFilter: true,
    ...overrides,
  };
}
