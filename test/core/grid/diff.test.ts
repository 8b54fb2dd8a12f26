import { describe, expect, it } from 'vitest';
import { diffGrids } from '../../../core/grid/diff';
import { sourcesOf } from '../../../core/workbook/parse-table';

const published = {
  Services: [['Service', 'Unit', 'Price'], ['Help Desk', 'User', 40], ['Backup', 'Server', 100]],
  Tiers: [['Tier', 'Help Desk', 'Backup'], ['Silver', 'Y', ''], ['Gold', 'Y', 'Y']],
  ServiceGrid: [['Customer', 'Help Desk', 'Backup'], ['Acme', 10, '']],
  Agreements: [['Customer', 'Type', 'Tier', 'Start', 'Monthly Total', 'Excluded Roles'], ['Acme', 'Managed', 'Silver', '2026-01-01', 400, '']],
};

describe('diffGrids', () => {
  it('a published version against the open workbook: to is null, and an unchanged workbook has no differences', () => {
    const same = diffGrids({ version: 3, sources: sourcesOf(published) }, { version: null, sources: sourcesOf(published) });
    expect(same).toMatchObject({ from: 3, to: null, customersAdded: [], customersRemoved: [], customers: [] });
    expect(same.services).toEqual({ added: [], removed: [], priceChanges: [] });
  });

  it('names what publishing the workbook would change: prices, services per customer, exclusions, new customers', () => {
    const workbook = {
      ...published,
      Services: [['Service', 'Unit', 'Price'], ['Help Desk', 'User', 45], ['Backup', 'Server', 100]],
      ServiceGrid: [['Customer', 'Help Desk', 'Backup'], ['Acme', 12, 1], ['Beta', 5, '']],
      Agreements: [...published.Agreements.slice(0, 1), ['Acme', 'Managed', 'Silver', '2026-01-01', 400, 'Engineer'], ['Beta', 'Managed', 'Silver', '2026-02-01', 200, '']],
    };
    const d = diffGrids({ version: 3, sources: sourcesOf(published) }, { version: null, sources: sourcesOf(workbook) });
    expect(d.services.priceChanges).toEqual([{ service: 'Help Desk', from: 40, to: 45 }]);
    expect(d.customersAdded).toEqual(['Beta']);
    expect(d.customers.find((c) => c.customer === 'Acme')).toMatchObject({
      servicesAdded: [{ service: 'Backup', units: 1 }],
      unitsChanged: [{ service: 'Help Desk', from: 10, to: 12 }],
      excludedRolesAdded: ['Engineer'],
    });
  });
});
