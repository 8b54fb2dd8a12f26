/** Properties over random entries: one outcome each, totals = sums of entries, row order changes nothing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntryResult } from '../../../core/invoice';
import { check, withRows, type EntrySpec } from './fixtures';

const OUTCOME_OF: Record<string, string> = {
  invalid_customer: 'invalid', invalid_role: 'invalid', invalid_work_type: 'invalid', invalid_hours: 'invalid', invalid_date: 'invalid',
  ambiguous_agreement: 'invalid', non_billable_work_type: 'non_billable', no_agreement: 'billable', tm_agreement: 'billable',
  one_off_covered: 'covered', excluded_work_type: 'billable', excluded_role: 'billable', service_not_in_agreement: 'billable',
  block_exhausted: 'billable', covered: 'covered',
};

const entryArb: fc.Arbitrary<EntrySpec> = fc.record({
  date: fc.constantFrom('2026-08-31', '2026-09-01', '2026-09-02', '2026-09-15', '2026-10-01', 'bad'),
  customer: fc.constantFrom('Acme', 'Beta', 'Gamma', 'Delta', 'acme', 'Nobody'),
  role: fc.constantFrom('Technician', 'Engineer', 'Project Manager', 'Junior', 'Wizard'),
  workType: fc.constantFrom('Remote', 'Onsite', 'After Hours', 'Internal', 'Travel', 'Project', 'Hardware Install'),
  service: fc.constantFrom('', 'Helpdesk', 'Backup', 'Email'),
  hours: fc.oneof(fc.integer({ min: 0, max: 40 }).map((q) => q / 4), fc.double({ min: 0, max: 9, noNaN: true }), fc.constant(-1)),
  recorded: fc.constantFrom('', 'Billable', 'Covered', 'No Charge'),
  start: fc.constantFrom('', '07:00', '10:00', '16:30'),
  end: fc.constantFrom('', '11:00', '18:00'),
});
const oneOffs = withRows('OneOffs', ['Acme', 'Cover Role', 'Engineer', '', '2026-09-01', '2026-09-10'], ['Beta', 'Exclude Work Type', 'Onsite', '', '', '']);

const withIds = (list: EntrySpec[]) => list.map((e, i) => ({ ...e, id: String(i + 1) }));
const sumCents = (xs: number[]) => xs.reduce((a, x) => a + Math.round(x * 100), 0) / 100;
const sumHours = (xs: number[]) => xs.reduce((a, x) => a + Math.round(x * 1e6), 0) / 1e6;

describe('invoice check properties', () => {
  it('every row gets exactly one entry with one consistent outcome; covered + billable parts add up', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (list) => {
        const r = check(withIds(list), oneOffs);
        expect(r.entries.map((e) => e.entry)).toEqual(list.map((_, i) => String(i + 1)));
        for (const e of r.entries) {
          expect(OUTCOME_OF[e.reason]).toBe(e.outcome);
          for (const k of ['coveredHours', 'billableHours', 'billHours', 'amount', 'tax', 'cost', 'discrepancyAmount'] as const) {
            expect(typeof e[k], `${k} of ${e.reason}`).toBe('number');
          }
          if (e.outcome === 'covered' || e.outcome === 'billable') expect(e.coveredHours + e.billableHours).toBeCloseTo(e.hours!, 9);
          if (e.outcome !== 'billable') expect(e.amount).toBe(0);
          else expect(e.billHours).toBeGreaterThanOrEqual(e.billableHours - 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('per-customer totals equal the sums of their entries', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (list) => {
        const r = check(withIds(list), oneOffs);
        for (const c of r.customers) {
          const mine = r.entries.filter((e) => e.customer === c.customer);
          const of = (pick: (e: EntryResult) => number, keep: (e: EntryResult) => boolean = () => true) => mine.filter(keep).map(pick);
          expect(c.entries).toBe(mine.length);
          expect(c.coveredHours).toBe(sumHours(of((e) => e.coveredHours)));
          expect(c.billableHours).toBe(sumHours(of((e) => e.billableHours)));
          expect(c.nonBillableHours).toBe(sumHours(of((e) => e.hours ?? 0, (e) => e.outcome === 'non_billable')));
          expect(c.billableAmount).toBe(sumCents(of((e) => e.amount)));
          expect(c.tax).toBe(sumCents(of((e) => e.tax)));
          expect(c.leakage).toBe(sumCents(of((e) => e.discrepancyAmount, (e) => e.discrepancy === 'leakage')));
          expect(c.overbilled).toBe(sumCents(of((e) => e.discrepancyAmount, (e) => e.discrepancy === 'overbilled')));
          expect(c.invalid).toBe(mine.filter((e) => e.outcome === 'invalid').length);
        }
        expect(r.customers.reduce((a, c) => a + c.entries, 0)).toBe(r.entries.length);
      }),
      { numRuns: 60 },
    );
  });

  it('shuffling the rows changes nothing but their order', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { minLength: 1, maxLength: 30 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list.map((_, i) => i), { minLength: list.length }))),
        ([list, order]) => {
          const rows = withIds(list);
          const a = check(rows, oneOffs);
          const b = check(order.map((i) => rows[i]), oneOffs);
          // The entry's own cells move with its row (also where a source cites them); nothing else may change.
          const own = /TimeEntries![A-Z]+\d+/g;
          const strip = (e: EntryResult) => ({ ...e, cell: '', source: e.source.replace(own, 'row'), sourceCell: e.sourceCell?.replace(own, 'row') });
          const byId = new Map(a.entries.map((e) => [e.entry, strip(e)]));
          for (const e of b.entries) expect(strip(e)).toEqual(byId.get(e.entry));
          expect(b.customers).toEqual(a.customers);
          expect(b.services).toEqual(a.services);
        },
      ),
      { numRuns: 60 },
    );
  });
});
