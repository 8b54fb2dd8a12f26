import { describe, expect, it } from 'vitest';
import { validateGrid } from '../../../core/grid';
import { parseWorkbook } from '../../../core/workbook';
import { AS_OF, book, drop, set, validate, withCode } from './grid-fixture';

describe('validateGrid on a consistent grid', () => {
  it('reports nothing, and the parser reports nothing either', () => {
    const wb = book();
    expect(wb.findings).toEqual([]);
    expect(validateGrid(wb, { asOf: AS_OF })).toEqual([]);
  });
});

describe('missing_table', () => {
  it.each(['Services', 'ServiceGrid', 'Agreements'] as const)('is an error without %s', (table) => {
    const findings = validate([drop(table)]);
    expect(findings.filter((f) => f.code === 'missing_table')).toEqual([
      { severity: 'error', code: 'missing_table', cell: null, message: `The workbook has no ${table} sheet or table` },
    ]);
  });

  it('is not reported for optional tables (Tiers, OneOffs, Roles, WorkTypes, TimeEntries)', () => {
    const findings = validate([drop('Tiers'), drop('OneOffs'), drop('Roles'), drop('WorkTypes'), drop('TimeEntries')]);
    expect(findings).toEqual([]);
  });

  it('an empty workbook gets one missing_table per grid table', () => {
    expect(validateGrid(parseWorkbook([]), { asOf: AS_OF }).map((f) => f.code)).toEqual(['missing_table', 'missing_table', 'missing_table']);
  });
});

describe('tables that cannot be read are not checked against', () => {
  it('an Agreements sheet without its Type column gives missing_column, not an error per grid customer', () => {
    const wb = book(set('Agreements', 'B1', 'Kind of deal'));
    expect(wb.findings.map((f) => [f.code, f.cell])).toEqual([['missing_column', 'Agreements!A1']]);
    expect(validateGrid(wb, { asOf: AS_OF })).toEqual([]);
  });

  it('without Roles, excluded roles are not called unknown', () => {
    expect(withCode(validate([drop('Roles'), set('Agreements', 'G2', 'Nobody')]), 'unknown_excluded_role')).toEqual([]);
  });
});

describe('asOf', () => {
  it('decides which agreements are active', () => {
    const ended = set('Agreements', 'E2', '2026-06-30');
    expect(withCode(validate([ended], '2026-06-30'), 'grid_customer_without_agreement')).toEqual([]);
    expect(withCode(validate([ended], '2026-07-01'), 'grid_customer_without_agreement')).toEqual([
      ['grid_customer_without_agreement', 'ServiceGrid!A2'],
    ]);
  });

  it('defaults to today', () => {
    const expired = [set('OneOffs', 'E2', '1999-01-01'), set('OneOffs', 'F2', '2000-01-31')];
    expect(withCode(validateGrid(book(...expired)), 'one_off_expired')).toEqual([['one_off_expired', 'OneOffs!F2']]);
  });
});
