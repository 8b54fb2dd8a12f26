import { describe, expect, it } from 'vitest';
import { addRow, set, validate, withCode } from '../grid-fixture';

describe('grid_differs_from_tier', () => {
  it('a service the tier does not include is an error at the grid cell, named as added', () => {
    // Acme is Silver (Help Desk only) but has Backup; Monthly Total raised so only the tier check fires.
    const findings = validate([set('ServiceGrid', 'C2', 1), set('Agreements', 'F2', 500)]);
    const found = findings.filter((f) => f.code === 'grid_differs_from_tier');
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['error', 'ServiceGrid!C2']]);
    expect(found[0].message).toMatch(/Backup added/);
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(1);
  });

  it('a tier service missing from the grid row is an error at that cell, named as missing', () => {
    const findings = validate([set('ServiceGrid', 'C3', ''), set('Agreements', 'F3', 400)]);
    const found = findings.filter((f) => f.code === 'grid_differs_from_tier');
    expect(found.map((f) => f.cell)).toEqual(['ServiceGrid!C3']);
    expect(found[0].message).toMatch(/missing Backup/);
  });

  it('a tier service whose column the grid lacks points at the customer cell', () => {
    const dropVcio = (rows: unknown[][]) => rows.forEach((r) => r.splice(3, 1));
    const findings = validate([(t) => dropVcio(t.ServiceGrid!), set('Agreements', 'F3', 400)]);
    expect(withCode(findings, 'grid_differs_from_tier')).toEqual([['grid_differs_from_tier', 'ServiceGrid!A3']]);
  });

  it('an Add Service one-off explains an added service', () => {
    const findings = validate([
      set('ServiceGrid', 'C2', 1),
      set('Agreements', 'F2', 500),
      addRow('OneOffs', ['Acme', 'Add Service', 'backup', 1, '2026-03-01', '']),
    ]);
    expect(findings).toEqual([]);
  });

  it('a Remove Service one-off explains a missing service', () => {
    const findings = validate([set('ServiceGrid', 'C3', ''), set('Agreements', 'F3', 400), addRow('OneOffs', ['Beta', 'Remove Service', 'Backup', '', '', ''])]);
    expect(findings).toEqual([]);
  });

  it('a one-off of the wrong kind, or one that has expired, does not explain it', () => {
    const base = [set('ServiceGrid', 'C2', 1), set('Agreements', 'F2', 500)];
    expect(withCode(validate([...base, addRow('OneOffs', ['Acme', 'Remove Service', 'Backup', '', '', ''])]), 'grid_differs_from_tier')).toHaveLength(1);
    expect(withCode(validate([...base, addRow('OneOffs', ['Acme', 'Add Service', 'Backup', 1, '2026-01-01', '2026-06-30'])]), 'grid_differs_from_tier')).toHaveLength(1);
  });

  it('is not checked for an agreement without a tier', () => {
    expect(withCode(validate([set('ServiceGrid', 'C2', 1), set('Agreements', 'C2', ''), set('Agreements', 'F2', 500)]), 'grid_differs_from_tier')).toEqual([]);
  });
});

describe('monthly_total_mismatch', () => {
  it('grid value ≠ Monthly Total is an error at the Monthly Total cell, with both numbers', () => {
    const findings = validate([set('Agreements', 'F3', 650)]);
    const found = findings.filter((f) => f.code === 'monthly_total_mismatch');
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['error', 'Agreements!F3']]);
    expect(found[0].message).toContain('600.00');
    expect(found[0].message).toContain('650.00');
  });

  it('counts a unit change: Acme with 11 users is worth 440', () => {
    expect(withCode(validate([set('ServiceGrid', 'B2', 11)]), 'monthly_total_mismatch')).toEqual([['monthly_total_mismatch', 'Agreements!F2']]);
    expect(withCode(validate([set('ServiceGrid', 'B2', 11), set('Agreements', 'F2', 440)]), 'monthly_total_mismatch')).toEqual([]);
  });

  it('tolerates one cent, not more', () => {
    expect(withCode(validate([set('Agreements', 'F3', 600.01)]), 'monthly_total_mismatch')).toEqual([]);
    expect(withCode(validate([set('Agreements', 'F3', 600.02)]), 'monthly_total_mismatch')).toHaveLength(1);
  });

  it('uses Price Override one-offs active on asOf', () => {
    // Beta: Help Desk 5 × 40 + Backup 2 × 75 (override) + vCIO 200 = 550.
    const override = addRow('OneOffs', ['Beta', 'Price Override', 'Backup', 75, '2026-01-01', '']);
    expect(withCode(validate([override, set('Agreements', 'F3', 550)]), 'monthly_total_mismatch')).toEqual([]);
    expect(withCode(validate([override]), 'monthly_total_mismatch')).toEqual([['monthly_total_mismatch', 'Agreements!F3']]);
  });

  it('skips agreements without a Monthly Total', () => {
    expect(withCode(validate([set('Agreements', 'F3', '')]), 'monthly_total_mismatch')).toEqual([]);
  });
});
