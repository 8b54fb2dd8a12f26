import { describe, expect, it } from 'vitest';
import { addRow, validate, withCode } from '../grid-fixture';

describe('duplicates', () => {
  it.each([
    ['duplicate_service', addRow('Services', ['help  desk', 'User', 45, 'Y']), 'Services!A5', addRow('Services', ['Help Desk Plus', 'User', 45, 'Y'])],
    ['duplicate_role', addRow('Roles', ['ENGINEER', 120]), 'Roles!A4', addRow('Roles', ['Engineer II', 120])],
    ['duplicate_work_type', addRow('WorkTypes', ['Standard', '']), 'WorkTypes!A5', addRow('WorkTypes', ['Onsite', ''])],
    ['duplicate_tier', addRow('Tiers', ['gold', 'Y', '', '']), 'Tiers!A4', addRow('Tiers', ['Bronze', 'Y', '', ''])],
    ['duplicate_grid_customer', addRow('ServiceGrid', ['Acme ', 3, '', '']), 'ServiceGrid!A4', addRow('ServiceGrid', ['Acme West', 3, '', ''])],
  ])('%s points at the second row, a distinct name is fine', (code, dup, cell, distinct) => {
    const found = validate([dup]).filter((f) => f.code === code);
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['error', cell]]);
    expect(found[0].message).toMatch(/listed twice \(first at /);
    expect(withCode(validate([distinct]), code)).toEqual([]);
  });
});
