import { describe, expect, it } from 'vitest';
import { addRow, set, validate, withCode } from '../grid-fixture';

describe('grid_customer_without_agreement', () => {
  it('a grid row whose customer has no agreement is an error at the customer cell', () => {
    const findings = validate([addRow('ServiceGrid', ['Gamma', 3, '', ''])]);
    expect(findings.filter((f) => f.code === 'grid_customer_without_agreement').map((f) => [f.severity, f.cell])).toEqual([
      ['error', 'ServiceGrid!A4'],
    ]);
  });
  it('an agreement that ended or has not started yet does not count, and the message says which', () => {
    const ended = validate([set('Agreements', 'E3', '2026-10-31')]).find((f) => f.code === 'grid_customer_without_agreement');
    expect(ended?.cell).toBe('ServiceGrid!A3');
    expect(ended?.message).toContain('ended on 2026-10-31');
    const future = validate([set('Agreements', 'D3', '2026-12-01')]).find((f) => f.code === 'grid_customer_without_agreement');
    expect(future?.message).toContain('starts on 2026-12-01');
  });
  it('an agreement ending on asOf is still active', () => {
    expect(withCode(validate([set('Agreements', 'E3', '2026-11-01')]), 'grid_customer_without_agreement')).toEqual([]);
  });
});

describe('agreement_without_grid_row', () => {
  it('an active Managed agreement without a grid row is an error at its customer cell', () => {
    const findings = validate([addRow('Agreements', ['Gamma', 'Managed', '', '2026-01-01', '', '', '', ''])]);
    expect(withCode(findings, 'agreement_without_grid_row')).toEqual([['agreement_without_grid_row', 'Agreements!A4']]);
  });
  it('also for Block Hours', () => {
    const findings = validate([addRow('Agreements', ['Gamma', 'Block Hours', '', '2026-01-01', '', '', '', ''])]);
    expect(withCode(findings, 'agreement_without_grid_row')).toEqual([['agreement_without_grid_row', 'Agreements!A4']]);
  });
  it('not for a break-fix (T&M) customer, nor for an agreement that has ended', () => {
    expect(withCode(validate([addRow('Agreements', ['Gamma', 'T&M', '', '2026-01-01', '', '', '', ''])]), 'agreement_without_grid_row')).toEqual([]);
    expect(withCode(validate([addRow('Agreements', ['Gamma', 'Managed', '', '2025-01-01', '2025-12-31', '', '', ''])]), 'agreement_without_grid_row')).toEqual([]);
  });
});

describe('agreement_end_before_start', () => {
  it('is an error at the End cell', () => {
    const findings = validate([set('Agreements', 'E2', '2025-12-31')]);
    expect(findings.filter((f) => f.code === 'agreement_end_before_start').map((f) => [f.severity, f.cell])).toEqual([['error', 'Agreements!E2']]);
  });
  it('End equal to Start is a one-day agreement, not an error', () => {
    expect(withCode(validate([set('Agreements', 'E2', '2026-01-01')]), 'agreement_end_before_start')).toEqual([]);
  });
});

describe('unknown_tier', () => {
  it('a tier not in Tiers is an error at the Tier cell', () => {
    expect(withCode(validate([set('Agreements', 'C3', 'Titanium')]), 'unknown_tier')).toEqual([['unknown_tier', 'Agreements!C3']]);
  });
  it('tiers match case-insensitively', () => {
    expect(withCode(validate([set('Agreements', 'C3', 'GOLD')]), 'unknown_tier')).toEqual([]);
  });
});

describe('unknown_excluded_role / unknown_excluded_work_type', () => {
  it('an excluded role that is not in Roles is an error at the Excluded Roles cell', () => {
    const findings = validate([set('Agreements', 'G2', 'Engineer; Wizard')]);
    expect(withCode(findings, 'unknown_excluded_role')).toEqual([['unknown_excluded_role', 'Agreements!G2']]);
    expect(findings.find((f) => f.code === 'unknown_excluded_role')?.message).toContain('"Wizard"');
  });
  it('an excluded work type that is not in WorkTypes is an error at the Excluded Work Types cell', () => {
    expect(withCode(validate([set('Agreements', 'H3', 'Projects')]), 'unknown_excluded_work_type')).toEqual([
      ['unknown_excluded_work_type', 'Agreements!H3'],
    ]);
  });
  it('known names in a list are fine', () => {
    const findings = validate([set('Agreements', 'G2', 'engineer, Technician'), set('Agreements', 'H3', 'Project; internal')]);
    expect(withCode(findings, 'unknown_excluded_role')).toEqual([]);
    expect(withCode(findings, 'unknown_excluded_work_type')).toEqual([]);
  });
});
