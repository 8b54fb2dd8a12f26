import { describe, expect, it } from 'vitest';
import { cellOf, parseTable, parseWorkbook, requireTables, RolesSpec, ServiceGridSpec, TimeEntriesSpec, type RoleRow, type TimeEntryRow } from '../../../core/workbook';

describe('parseTable', () => {
  it('takes the first non-empty row as the header and skips blank rows', () => {
    const t = parseTable<RoleRow>(RolesSpec, { name: 'Roles', values: [[], ['', ''], ['Role', 'Rate'], ['Tech', 90], ['', ''], ['Eng', 120]] });
    expect(t.headerRow0).toBe(2);
    expect(t.rows.map((r) => r.role)).toEqual(['Tech', 'Eng']);
    expect(cellOf(t, t.rows[1], 'rate')).toBe('Roles!B6');
  });

  it('gives addresses relative to where the table sits on the sheet', () => {
    const t = parseTable(RolesSpec, { name: 'Rates', values: [['Role', 'Rate'], ['Tech', 'lots']], row0: 4, col0: 2 });
    expect(t.findings).toEqual([{ severity: 'error', code: 'invalid_value', cell: 'Rates!D6', message: 'Rate must be a number ≥ 0, got "lots"' }]);
    expect(t.rows[0].errors).toEqual({ rate: 'Rate must be a number ≥ 0, got "lots"' });
  });

  it('an Excel table on a sheet of another name is found by the table and addressed by the sheet', () => {
    const wb = parseWorkbook([{ name: 'Roles', sheet: 'Rate Card', values: [['Role', 'Rate'], ['Tech', 'lots']], row0: 2, col0: 1 }]);
    expect(wb.Roles.present).toBe(true);
    expect(wb.findings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'invalid_value', cell: "'Rate Card'!C4" })]));
  });

  it('keeps a row with bad cells and reads the rest of the table', () => {
    const t = parseTable<TimeEntryRow>(TimeEntriesSpec, {
      name: 'TimeEntries',
      values: [
        ['Date', 'Customer', 'Role', 'Work Type', 'Hours'],
        ['2026-02-01', 'A', 'T', 'S', 'abc'],
        ['#N/A', 'A', 'T', 'S', 1],
        ['2026-02-03', '', 'T', 'S', -1],
        ['2026-02-04', 'A', 'T', 'S', 2],
      ],
    });
    expect(t.rows).toHaveLength(4);
    expect(t.findings.map((f) => [f.code, f.cell])).toEqual([
      ['invalid_value', 'TimeEntries!E2'],
      ['formula_error', 'TimeEntries!A3'],
      ['missing_value', 'TimeEntries!B4'],
      ['invalid_value', 'TimeEntries!E4'],
    ]);
    expect(t.findings[0].message).toBe('Hours must be a number ≥ 0, got "abc"');
    expect(t.findings[1].message).toBe('Date holds the formula error #N/A');
    expect(t.rows[3].errors).toBeUndefined();
    expect(t.rows[3].hours).toBe(2);
  });

  it('applies defaults for optional columns that are absent or blank', () => {
    const wb = parseWorkbook([{ name: 'WorkTypes', values: [['Work Type', 'Multiplier'], ['Standard', ''], ['After Hours', 1.5]] }]);
    expect(wb.WorkTypes.rows[0]).toMatchObject({ workType: 'Standard', multiplier: 1, nonBillable: false, taxable: false, alwaysExcluded: false });
    expect(wb.WorkTypes.rows[1].multiplier).toBe(1.5);
  });

  it('keeps the dynamic columns of grid tables and reports a duplicated one', () => {
    const t = parseTable(ServiceGridSpec, { name: 'ServiceGrid', values: [['Customer', 'Backup', 'AV', 'backup'], ['Acme', 'Y', 5, 'N']] });
    expect(t.dynamicColumns.map((d) => d.header)).toEqual(['Backup', 'AV']);
    expect(t.rows[0].extra).toEqual(['Y', 5]);
    expect(t.findings).toEqual([expect.objectContaining({ code: 'duplicate_column', cell: 'ServiceGrid!D1', severity: 'error' })]);
  });

  it('reports an empty sheet instead of failing', () => {
    const t = parseTable(RolesSpec, { name: 'Roles', values: [[''], []] });
    expect(t.present).toBe(false);
    expect(t.findings.map((f) => f.code)).toEqual(['empty_table']);
  });

  it('survives 10,000 garbage cells with one finding per bad cell', () => {
    const values: unknown[][] = [['Date', 'Customer', 'Role', 'Work Type', 'Hours']];
    for (let i = 0; i < 2000; i++) values.push([`x${i}`, i, true, '#REF!', 'junk']);
    const t = parseTable(TimeEntriesSpec, { name: 'TimeEntries', values });
    expect(t.rows).toHaveLength(2000);
    // Date (bad text), Work Type (#REF!), Hours (text) are wrong; Customer 0..n and Role TRUE read as text.
    expect(t.findings).toHaveLength(6000);
    expect(new Set(t.findings.map((f) => f.code))).toEqual(new Set(['invalid_value', 'formula_error']));
  });
});

describe('parseWorkbook', () => {
  it('finds tables by sheet name ignoring case, spaces and punctuation', () => {
    const wb = parseWorkbook([{ name: 'Work Types', values: [['Work Type'], ['Std']] }, { name: 'one-offs', values: [['Customer', 'Kind', 'Target'], ['A', 'cover role', 'Tech']] }]);
    expect(wb.WorkTypes.present).toBe(true);
    expect(wb.OneOffs.rows[0]).toMatchObject({ customer: 'A', kind: 'cover_role', target: 'Tech' });
  });

  it('reports missing tables only when asked for', () => {
    const wb = parseWorkbook([{ name: 'Roles', values: [['Role', 'Rate'], ['T', 1]] }]);
    expect(wb.findings).toEqual([]);
    expect(requireTables(wb, ['Roles', 'Services']).map((f) => [f.code, f.message])).toEqual([
      ['missing_table', 'The workbook has no Services sheet or table'],
    ]);
  });

  it('parses only the requested tables', () => {
    const wb = parseWorkbook([{ name: 'Roles', values: [['Role', 'Rate'], ['T', 1]] }, { name: 'Services', values: [['Service', 'Price'], ['S', 1]] }], { only: ['Roles'] });
    expect(wb.Roles.present).toBe(true);
    expect(wb.Services.present).toBe(false);
  });

  it('combines time-of-day Start/End with the entry date and keeps full date-times', () => {
    const wb = parseWorkbook([
      {
        name: 'TimeEntries',
        values: [
          ['Date', 'Start', 'End', 'Customer', 'Role', 'Work Type', 'Hours'],
          ['2026-03-02', '18:30', 0.8125, 'A', 'T', 'S', 1],
          ['2026-03-02', '2026-03-02 22:00', '3/3/2026 1:00 AM', 'A', 'T', 'S', 3],
          ['2026-03-02', 'late', '', 'A', 'T', 'S', 1],
        ],
      },
    ]);
    const [a, b, c] = wb.TimeEntries.rows;
    expect([a.start, a.end]).toEqual(['2026-03-02T18:30:00', '2026-03-02T19:30:00']);
    expect([b.start, b.end]).toEqual(['2026-03-02T22:00:00', '2026-03-03T01:00:00']);
    expect(c.start).toBeUndefined();
    expect(wb.findings).toEqual([expect.objectContaining({ code: 'invalid_value', cell: 'TimeEntries!B4' })]);
  });

  it('keeps the time of an Autotask "Time Start" date column', () => {
    const wb = parseWorkbook([{ name: 'TimeEntries', values: [['Time Start', 'Customer', 'Role', 'Work Type', 'Hours'], [46083.75, 'A', 'T', 'S', 1]] }]);
    expect(wb.TimeEntries.rows[0].date).toBe('2026-03-02');
    expect(wb.TimeEntries.rows[0].dateTime).toBe('2026-03-02T18:00:00');
  });
});
