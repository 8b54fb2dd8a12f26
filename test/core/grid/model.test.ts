import { describe, expect, it } from 'vitest';
import { buildGridModel, readGridCell, servicesOn } from '../../../core/grid';
import { parseWorkbook } from '../../../core/workbook';

describe('grid cells', () => {
  it.each([
    ['', { included: false }],
    ['N', { included: false }],
    ['Y', { included: true, units: null }],
    ['✓', { included: true, units: null }],
    ['Included', { included: true, units: null }],
    [12, { included: true, units: 12 }],
    [1, { included: true, units: 1 }],
    ['25', { included: true, units: 25 }],
    [0, { included: false }],
  ])('%s → %j', (raw, expected) => expect(readGridCell(raw)).toEqual(expected));
  it.each(['lots', -3, '#N/A'])('%s is invalid', (raw) => expect(readGridCell(raw)).toBeNull());
});

describe('grid model', () => {
  const wb = parseWorkbook([
    { name: 'Services', values: [['Service', 'Unit', 'Price'], ['Backup', 'Server', 50], ['Help Desk', 'User', 30], ['Spam Filter', 'User', 2]] },
    { name: 'ServiceGrid', values: [['Customer', 'Backup', 'Help Desk', 'Spam Filter'], ['Acme Dental', 2, 'Y', ''], ['acme dental', 9, 9, 9]] },
    {
      name: 'OneOffs',
      values: [
        ['Customer', 'Kind', 'Target', 'Value', 'Start', 'End'],
        ['ACME Dental', 'Add Service', 'Spam Filter', 15, '2026-03-01', ''],
        ['Acme Dental', 'Remove Service', 'Backup', '', '2026-06-01', '2026-06-30'],
      ],
    },
  ]);
  const model = buildGridModel(wb);

  it('looks names up case- and space-insensitively and keeps the first duplicate', () => {
    const row = model.grid.get('acmedental')!;
    expect(row.cell).toBe('ServiceGrid!A2');
    expect(row.services.get('backup')).toEqual({ included: true, units: 2, cell: 'ServiceGrid!B2' });
    expect(model.services.get('helpdesk')?.cell).toBe('Services!A3');
  });

  it('applies Add/Remove Service one-offs active on the date', () => {
    expect([...servicesOn(model, 'acmedental', '2026-02-15')]).toEqual([['backup', 2], ['helpdesk', null]]);
    expect([...servicesOn(model, 'acmedental', '2026-03-01')]).toEqual([['backup', 2], ['helpdesk', null], ['spamfilter', 15]]);
    expect(servicesOn(model, 'acmedental', '2026-06-10').has('backup')).toBe(false);
    expect(servicesOn(model, 'acmedental', '2026-07-01').has('backup')).toBe(true);
  });
});
