import { describe, expect, it } from 'vitest';
import { addRow, drop, validate, withCode } from '../grid-fixture';

describe('undefined roles and work types in TimeEntries', () => {
  const entries = [
    addRow('TimeEntries', ['2026-10-02', 'Acme', 'Wizard', 'Standard', 1]),
    addRow('TimeEntries', ['2026-10-03', 'Beta', 'wizard', 'Onsite', 2]),
    addRow('TimeEntries', ['2026-10-04', 'Beta', 'WIZARD', 'Standard', 2]),
  ];

  it('reports each unknown role once, at its first cell, with a count', () => {
    const found = validate(entries).filter((f) => f.code === 'undefined_role_in_time_entries');
    expect(found.map((f) => [f.severity, f.cell])).toEqual([['error', 'TimeEntries!C3']]);
    expect(found[0].message).toContain('used by 3 time entries');
  });

  it('reports each unknown work type once, at its first cell', () => {
    const found = validate(entries).filter((f) => f.code === 'undefined_work_type_in_time_entries');
    expect(found.map((f) => f.cell)).toEqual(['TimeEntries!D4']);
    expect(found[0].message).toContain('used by 1 time entry');
  });

  it('defined names in other spellings are fine', () => {
    const findings = validate([addRow('TimeEntries', ['2026-10-02', 'Acme', ' engineer', 'STANDARD', 1])]);
    expect(withCode(findings, 'undefined_role_in_time_entries')).toEqual([]);
    expect(withCode(findings, 'undefined_work_type_in_time_entries')).toEqual([]);
  });

  it('without a Roles table there is nothing to compare with', () => {
    expect(withCode(validate([drop('Roles'), ...entries]), 'undefined_role_in_time_entries')).toEqual([]);
  });
});
