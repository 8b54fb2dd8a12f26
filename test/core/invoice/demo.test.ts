/** The demo MSP through the invoice check: clean data, every row accounted for, the planted leakage found. */
import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../../core/demo';
import { checkInvoices } from '../../../core/invoice';
import { parseWorkbook } from '../../../core/workbook';

describe('invoice check on the demo workbook', () => {
  const wb = parseWorkbook(demoWorkbook());
  const r = checkInvoices(wb);

  it('has no error finding and one entry per TimeEntries row', () => {
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.entries).toHaveLength(wb.TimeEntries.rows.length);
    expect(r.entries.some((e) => e.outcome === 'invalid')).toBe(false);
  });

  it('finds leakage: billable work recorded as covered, summed per customer', () => {
    const leaks = r.entries.filter((e) => e.discrepancy === 'leakage');
    expect(leaks.length).toBeGreaterThan(0);
    for (const e of leaks) expect(e.outcome).toBe('billable');
    const total = r.customers.reduce((a, c) => a + Math.round(c.leakage * 100), 0);
    expect(total).toBe(leaks.reduce((a, e) => a + Math.round(e.discrepancyAmount * 100), 0));
  });
});
