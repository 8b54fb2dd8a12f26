import { describe, expect, it } from 'vitest';
import { configurationFor, unitsFor } from '../../../core/onboarding/configuration';
import type { SheetSource } from '../../../core/workbook/parse-table';
import { coverPage } from './cover-fixture';

const GRID: SheetSource[] = [
  { name: 'Services', values: [['Service', 'Unit', 'Price'], ['Help Desk', 'User', 40], ['Server Monitoring', 'Server', 75], ['Endpoint Monitoring', 'Workstation', 12], ['Antivirus', 'Device', 5], ['vCIO Review', 'Flat', 250]] },
  { name: 'Tiers', values: [['Tier', 'Help Desk', 'Server Monitoring', 'Endpoint Monitoring', 'Antivirus', 'vCIO Review'], ['Silver', 'Y', 'Y', 'Y', '', ''], ['Gold', 'Y', 'Y', 'Y', 'Y', 'Y']] },
  { name: 'ServiceGrid', values: [['Customer', 'Help Desk', 'Server Monitoring', 'Endpoint Monitoring', 'Antivirus', 'vCIO Review'], ['Acme', 2, 1, 2, '', '']] },
  { name: 'Agreements', values: [['Customer', 'Type', 'Tier', 'Start', 'Monthly Total'], ['Acme', 'Managed', 'Silver', '2026-01-01', 179]] },
];

describe('configuration rows of a finished onboarding', () => {
  it('units follow each service Unit', () => {
    const c = coverPage();
    expect([unitsFor('Server', c), unitsFor('Workstation', c), unitsFor('User', c), unitsFor('Device', c), unitsFor('Flat', c)]).toEqual([2, 20, 22, 22, 'Y']);
  });

  it('builds the Agreements and ServiceGrid rows keyed by column and service names', () => {
    const cfg = configurationFor(coverPage(), GRID, '2026-11-20');
    expect(cfg.agreement).toMatchObject({ Customer: 'Harbor Dental', Type: 'Managed', Tier: 'Gold', Start: '2026-11-02', 'Monthly Total': 1290, 'Setup Fee': 1500 });
    expect(cfg.serviceGrid).toEqual({ Customer: 'Harbor Dental', 'Help Desk': 22, 'Server Monitoring': 2, 'Endpoint Monitoring': 20, Antivirus: 22, 'vCIO Review': 'Y' });
  });

  it('says so when the sold monthly total differs from the grid value (sold ≠ configured)', () => {
    // Grid value: 22×40 + 2×75 + 20×12 + 22×5 + 250 = 880 + 150 + 240 + 110 + 250 = 1630; cover says 1290.
    const cfg = configurationFor(coverPage(), GRID, '2026-11-20');
    const mismatch = cfg.findings.find((f) => /1290|1,290|1630|1,630/.test(f.message));
    expect(mismatch, JSON.stringify(cfg.findings)).toBeDefined();
    // Acme's own standing state is not repeated as a new finding.
    expect(cfg.findings.some((f) => f.message.includes('Acme'))).toBe(false);
  });

  it('a cover page whose money matches the grid adds no monthly-total finding', () => {
    const cover = coverPage({ servers: { count: 2, unitPrice: 75 + 5 }, workstations: { count: 20, unitPrice: 12 + 5 }, otherMonthly: [{ label: 'Help desk', amount: 880 }, { label: 'vCIO', amount: 250 }] });
    const cfg = configurationFor(cover, GRID, '2026-11-20');
    expect(cfg.agreement['Monthly Total']).toBe(1630);
    expect(cfg.findings.filter((f) => /1630|1,630/.test(f.message))).toEqual([]);
  });

  it('an unknown tier and a missing published grid are findings, not crashes', () => {
    expect(configurationFor(coverPage({ tier: 'Diamond' }), GRID, '2026-11-20').findings[0]).toMatchObject({ code: 'unknown_tier', severity: 'error' });
    expect(configurationFor(coverPage(), null, '2026-11-20').findings[0].code).toBe('no_published_grid');
  });

  it('rows of an agreement that starts later are judged as of its start, not flagged as inactive', () => {
    const cover = coverPage({ signedOn: '2026-12-01', servers: { count: 2, unitPrice: 80 }, workstations: { count: 20, unitPrice: 17 }, otherMonthly: [{ label: 'Help desk', amount: 880 }, { label: 'vCIO', amount: 250 }] });
    expect(configurationFor(cover, GRID, '2026-11-20').findings).toEqual([]);
  });
});
