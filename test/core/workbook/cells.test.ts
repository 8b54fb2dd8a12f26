import { describe, expect, it } from 'vitest';
import { coerceBoolean, coerceCell, coerceDate, coerceDateTime, coerceNumber, coerceTime, num, oneOf } from '../../../core/workbook';
import { PRIORITIES, RECORDED } from '../../../core/workbook/tables';

describe('booleans', () => {
  it.each([
    ['Y', true], ['yes', true], ['TRUE', true], [true, true], [1, true], ['1', true], ['✓', true],
    ['N', false], ['No', false], ['false', false], [false, false], [0, false], ['0', false],
  ])('%s → %s', (v, expected) => expect(coerceBoolean(v)).toBe(expected));
  it.each(['maybe', 2, 'yess'])('%s is not a boolean', (v) => expect(coerceBoolean(v)).toBeNull());
});

describe('numbers', () => {
  it.each([
    [12.5, 12.5], ['12.5', 12.5], [' 1,234.50 ', 1234.5], ['$95', 95], ['15%', 0.15], ['-2', -2], ['.5', 0.5],
  ])('%s → %s', (v, expected) => expect(coerceNumber(v)).toBeCloseTo(expected as number, 10));
  it.each(['abc', '1.2.3', '', Number.NaN, Infinity, true])('%s is not a number', (v) => expect(coerceNumber(v)).toBeNull());

  it('names the rule and the value in the message', () => {
    expect(coerceCell('abc', num({ min: 0 }), 'Hours')).toEqual({ ok: false, message: 'Hours must be a number ≥ 0, got "abc"' });
    expect(coerceCell(-1, num({ min: 0 }), 'Hours')).toEqual({ ok: false, message: 'Hours must be a number ≥ 0, got -1' });
    expect(coerceCell(1.5, num({ integer: true, min: 0 }), 'Reopened')).toMatchObject({ ok: false, message: 'Reopened must be a whole number ≥ 0, got 1.5' });
  });
});

describe('dates', () => {
  it.each([
    [46083, '2026-03-02'],
    ['2026-03-02', '2026-03-02'],
    ['2026/3/2', '2026-03-02'],
    ['3/2/2026', '2026-03-02'],
    ['3/2/26', '2026-03-02'],
    ['2-Mar-2026', '2026-03-02'],
    ['March 2, 2026', '2026-03-02'],
    ['2026-03-02T17:45:00Z', '2026-03-02'],
    [new Date(Date.UTC(2026, 2, 2, 9, 0)), '2026-03-02'],
  ])('%s → %s', (v, expected) => expect(coerceDate(v)).toBe(expected));

  it.each(['2026-02-30', '13/1/2026', 'yesterday', '2026-3', -5])('%s is not a date', (v) => expect(coerceDate(v)).toBeNull());

  it('keeps wall-clock times and explicit offsets', () => {
    expect(coerceDateTime(46083.5)).toBe('2026-03-02T12:00:00');
    expect(coerceDateTime('3/2/2026 4:30 PM')).toBe('2026-03-02T16:30:00');
    expect(coerceDateTime('2026-03-02 08:15')).toBe('2026-03-02T08:15:00');
    expect(coerceDateTime('2026-03-02T08:15:00-05:00')).toBe('2026-03-02T08:15:00-05:00');
    expect(coerceDateTime('2026-03-02T08:15:00+0100')).toBe('2026-03-02T08:15:00+01:00');
  });

  it('reads times of day from fractions and text', () => {
    expect(coerceTime(0.375)).toBe(9 * 3600);
    expect(coerceTime('17:00')).toBe(17 * 3600);
    expect(coerceTime('5:30 pm')).toBe(17.5 * 3600);
    expect(coerceTime('24:00')).toBe(86400);
    expect(coerceTime('25:00')).toBeNull();
    expect(coerceTime(1.5)).toBeNull();
  });
});

describe('enums and errors', () => {
  it('accepts the spellings of each value', () => {
    const kind = oneOf(RECORDED);
    expect(coerceCell('NC', kind, 'Recorded')).toEqual({ ok: true, value: 'no_charge' });
    expect(coerceCell('Billed Agreement', kind, 'Recorded')).toEqual({ ok: true, value: 'covered' });
    expect(coerceCell('critical', oneOf(PRIORITIES), 'Priority')).toEqual({ ok: true, value: 'P1' });
  });
  it('lists what users may write when the value is unknown', () => {
    expect(coerceCell('maybe', oneOf(RECORDED), 'Recorded')).toEqual({
      ok: false,
      message: 'Recorded must be one of Billable, Covered, No Charge, Do Not Bill, got "maybe"',
    });
  });
  it.each(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?'])('%s is a formula error, whatever the column', (v) => {
    expect(coerceCell(v, num(), 'Price')).toMatchObject({ ok: false, code: 'formula_error' });
  });
});
