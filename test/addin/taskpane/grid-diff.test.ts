import { describe, expect, it } from 'vitest';
import type { GridDiff } from '../../../core/api/grid-diff';
import { diffLines } from '../../../addin/taskpane/grid-diff';
import { previousMonth } from '../../../addin/taskpane/month';

describe('diffLines', () => {
  it('says each change of a published grid in one line', () => {
    const lines = diffLines({
      from: 1,
      to: 2,
      services: { added: ['SOC'], removed: [], priceChanges: [{ service: 'Help Desk', from: 65, to: 70 }] },
      customersAdded: ['Contoso'],
      customersRemoved: [],
      customers: [
        {
          customer: 'Acme',
          servicesAdded: [{ service: 'Backup', units: 2 }],
          servicesRemoved: ['Antivirus'],
          unitsChanged: [{ service: 'Help Desk', from: 10, to: 12 }],
          excludedRolesAdded: ['Engineer'],
          excludedRolesRemoved: [],
          excludedWorkTypesAdded: [],
          excludedWorkTypesRemoved: ['Onsite'],
          tier: { from: 'Silver', to: 'Gold' },
        },
        { customer: 'Quiet', servicesAdded: [], servicesRemoved: [], unitsChanged: [], excludedRolesAdded: [], excludedRolesRemoved: [], excludedWorkTypesAdded: [], excludedWorkTypesRemoved: [] },
      ],
      oneOffs: { added: [{ customer: 'Acme', kind: 'Rate Override', target: 'Tech', value: 95.5, start: '2026-09-01', end: null }], removed: [] },
    });
    expect(lines).toEqual([
      'New service: SOC',
      'Price of Help Desk: 65 → 70',
      'New customer: Contoso',
      'Acme: + Backup (2); − Antivirus; Help Desk units 10 → 12; now excludes role Engineer; no longer excludes work type Onsite; tier Silver → Gold',
      'One-off added — Acme: Rate Override Tech (95.5) from 2026-09-01',
    ]);
  });

  it('no changes, no lines', () => {
    const none = { from: 1, to: 2, services: { added: [], removed: [], priceChanges: [] }, customersAdded: [], customersRemoved: [], customers: [], oneOffs: { added: [], removed: [] } };
    expect(diffLines(none)).toEqual([]);
  });

  it('an answer that leaves parts out (an older server) gives no lines rather than failing', () => {
    expect(diffLines({ from: 1, to: 2 } as unknown as GridDiff)).toEqual([]);
  });
});

describe('previousMonth', () => {
  it('is the month before, across a year end', () => {
    expect(previousMonth('2026-11-21')).toBe('2026-10');
    expect(previousMonth('2027-01-05')).toBe('2026-12');
  });
});
