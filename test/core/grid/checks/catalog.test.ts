import { describe, expect, it } from 'vitest';
import { addRow, set, validate, withCode } from '../grid-fixture';

describe('zero_price_service', () => {
  it('an included service priced 0 is a warning at its Price cell', () => {
    const findings = validate([set('Services', 'C4', 0), set('Agreements', 'F3', 400)]);
    const found = findings.filter((f) => f.code === 'zero_price_service');
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'Services!C4']]);
    expect(found[0].message).toContain('included in 2 grid/tier row(s)');
  });
  it('a priced service, or an inactive one, is not flagged', () => {
    expect(withCode(validate(), 'zero_price_service')).toEqual([]);
    expect(withCode(validate([addRow('Services', ['Legacy', 'Flat', 0, 'N'])]), 'zero_price_service')).toEqual([]);
  });
});

describe('role_without_rate', () => {
  it('a rate of 0 is a warning at the Rate cell', () => {
    const findings = validate([set('Roles', 'B3', 0)]);
    expect(findings.filter((f) => f.code === 'role_without_rate').map((f) => [f.severity, f.cell])).toEqual([['warning', 'Roles!B3']]);
  });
  it('a blank rate is reported too (besides the parser\'s missing_value)', () => {
    expect(withCode(validate([set('Roles', 'B3', '')]), 'role_without_rate')).toEqual([['role_without_rate', 'Roles!B3']]);
  });
  it('a rate that is not a number is the parser\'s finding, not this one', () => {
    expect(withCode(validate([set('Roles', 'B3', 'abc')]), 'role_without_rate')).toEqual([]);
  });
});

describe('too_many_billable_work_types', () => {
  it('a fifth billable work type is a warning at its cell', () => {
    const findings = validate([addRow('WorkTypes', ['Onsite', '']), addRow('WorkTypes', ['After Hours', '']), addRow('WorkTypes', ['Travel', ''])]);
    const found = findings.filter((f) => f.code === 'too_many_billable_work_types');
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['warning', 'WorkTypes!A7']]);
    expect(found[0].message).toMatch(/^5 billable work types/);
  });
  it('four billable plus any number of non-billable ones are fine', () => {
    const findings = validate([addRow('WorkTypes', ['Onsite', '']), addRow('WorkTypes', ['After Hours', '']), addRow('WorkTypes', ['Training', 'Y'])]);
    expect(withCode(findings, 'too_many_billable_work_types')).toEqual([]);
  });
});
