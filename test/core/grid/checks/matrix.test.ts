import { describe, expect, it } from 'vitest';
import { set, validate, withCode } from '../grid-fixture';

describe('unknown_grid_service', () => {
  it('flags a grid column that is not in Services, at its header', () => {
    const findings = validate([set('ServiceGrid', 'E1', 'Firewall')]);
    expect(withCode(findings, 'unknown_grid_service')).toEqual([['unknown_grid_service', 'ServiceGrid!E1']]);
  });
  it('flags a Tiers column that is not in Services', () => {
    expect(withCode(validate([set('Tiers', 'E1', 'Firewall')]), 'unknown_grid_service')).toEqual([['unknown_grid_service', 'Tiers!E1']]);
  });
  it('matches service names case- and space-insensitively', () => {
    expect(withCode(validate([set('ServiceGrid', 'B1', 'help desk'), set('Tiers', 'B1', 'HELPDESK')]), 'unknown_grid_service')).toEqual([]);
  });
});

describe('invalid_grid_value', () => {
  it.each([['lots'], [-2], ['#N/A']])('%s in a grid cell is an error at that cell', (raw) => {
    const findings = validate([set('ServiceGrid', 'B3', raw)]);
    expect(findings.filter((f) => f.code === 'invalid_grid_value').map((f) => [f.severity, f.cell])).toEqual([['error', 'ServiceGrid!B3']]);
  });
  it('names a formula error as such', () => {
    expect(validate([set('ServiceGrid', 'B3', '#REF!')]).find((f) => f.code === 'invalid_grid_value')?.message).toBe(
      'Customer "Beta" / Help Desk: holds the formula error #REF!',
    );
  });
  it('also in Tiers', () => {
    expect(withCode(validate([set('Tiers', 'C2', 'maybe')]), 'invalid_grid_value')).toEqual([['invalid_grid_value', 'Tiers!C2']]);
  });
  it.each([['Y'], ['✓'], ['Included'], [7], ['7']])('%s is a valid grid cell', (raw) => {
    expect(withCode(validate([set('ServiceGrid', 'B3', raw)]), 'invalid_grid_value')).toEqual([]);
  });
});

describe('units_for_flat_service', () => {
  it('a count in a Flat service column is a warning at the cell', () => {
    const findings = validate([set('ServiceGrid', 'D3', 3)]);
    expect(findings.filter((f) => f.code === 'units_for_flat_service').map((f) => [f.severity, f.cell])).toEqual([['warning', 'ServiceGrid!D3']]);
  });
  it('Y in a Flat column, and a count in a per-unit column, are fine', () => {
    expect(withCode(validate(), 'units_for_flat_service')).toEqual([]);
    expect(withCode(validate([set('ServiceGrid', 'C3', 4), set('Agreements', 'F3', 800)]), 'units_for_flat_service')).toEqual([]);
  });
});
