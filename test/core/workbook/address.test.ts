import { describe, expect, it } from 'vitest';
import { cellAddress, columnIndex, columnLetter, parseAddress } from '../../../core/workbook';

describe('addresses', () => {
  it.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [51, 'AZ'], [701, 'ZZ'], [702, 'AAA']])('column %i is %s and back', (i, letters) => {
    expect(columnLetter(i)).toBe(letters);
    expect(columnIndex(letters)).toBe(i);
  });
  it('quotes sheet names that need it', () => {
    expect(cellAddress('TimeEntries', 11, 5)).toBe('TimeEntries!F12');
    expect(cellAddress('Invoice Check', 1, 0)).toBe("'Invoice Check'!A2");
    expect(cellAddress("Bob's", 0, 0)).toBe("'Bob''s'!A1");
  });
  it('parses what it writes', () => {
    expect(parseAddress("'Invoice Check'!B7")).toEqual({ sheet: 'Invoice Check', row0: 6, col0: 1 });
    expect(parseAddress('TimeEntries!$F$12')).toEqual({ sheet: 'TimeEntries', row0: 11, col0: 5 });
    expect(parseAddress("'Bob''s'!A1")).toEqual({ sheet: "Bob's", row0: 0, col0: 0 });
    expect(parseAddress('nonsense')).toBeNull();
  });
});
