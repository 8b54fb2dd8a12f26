import { describe, expect, it } from 'vitest';
import { addRow, set, validate, withCode } from '../grid-fixture';

describe('unknown_one_off_target', () => {
  it.each([
    ['Cover Role', 'Wizard'],
    ['Add Service', 'Firewall'],
    ['Price Override', 'Firewall'],
    ['Exclude Work Type', 'Onsite'],
  ])('%s naming "%s" (not defined) is an error at the Target cell', (kind, target) => {
    const findings = validate([set('OneOffs', 'B2', kind), set('OneOffs', 'C2', target)]);
    expect(findings.filter((f) => f.code === 'unknown_one_off_target').map((f) => [f.severity, f.cell])).toEqual([['error', 'OneOffs!C2']]);
  });
  it('looks the target up in the table its kind names', () => {
    // "Engineer" is a role, not a service or a work type.
    expect(withCode(validate([set('OneOffs', 'B2', 'Remove Service')]), 'unknown_one_off_target')).toEqual([['unknown_one_off_target', 'OneOffs!C2']]);
    expect(withCode(validate([set('OneOffs', 'B2', 'Rate Override'), set('OneOffs', 'D2', 90)]), 'unknown_one_off_target')).toEqual([]);
  });
});

describe('unknown_one_off_customer', () => {
  it('a one-off for a customer with neither grid row nor agreement is an error at the Customer cell', () => {
    expect(withCode(validate([set('OneOffs', 'A2', 'Acme Corp')]), 'unknown_one_off_customer')).toEqual([['unknown_one_off_customer', 'OneOffs!A2']]);
  });
  it('a customer known only from Agreements is fine', () => {
    const findings = validate([
      addRow('Agreements', ['Gamma', 'T&M', '', '2026-01-01', '', '', '', '']),
      set('OneOffs', 'A2', 'gamma'),
    ]);
    expect(withCode(findings, 'unknown_one_off_customer')).toEqual([]);
  });
});

describe('one_off_end_before_start', () => {
  it('is an error at the End cell', () => {
    const findings = validate([set('OneOffs', 'F2', '2025-12-31')]);
    expect(findings.filter((f) => f.code === 'one_off_end_before_start').map((f) => [f.severity, f.cell])).toEqual([['error', 'OneOffs!F2']]);
    expect(withCode(findings, 'one_off_expired')).toEqual([]);
  });
});

describe('one_off_expired', () => {
  it('an End before asOf is a warning at the End cell', () => {
    const findings = validate([set('OneOffs', 'F2', '2026-10-31')]);
    expect(findings.filter((f) => f.code === 'one_off_expired').map((f) => [f.severity, f.cell])).toEqual([['warning', 'OneOffs!F2']]);
  });
  it('ending on asOf, or later, is not expired', () => {
    expect(withCode(validate([set('OneOffs', 'F2', '2026-11-01')]), 'one_off_expired')).toEqual([]);
    expect(withCode(validate([set('OneOffs', 'F2', '2027-01-01')]), 'one_off_expired')).toEqual([]);
  });
});
