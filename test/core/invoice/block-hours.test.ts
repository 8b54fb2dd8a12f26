/** Block Hours: the month's block is consumed in date order, then entry order, whatever the row order. */
import { describe, expect, it } from 'vitest';
import { compareEntryIds } from '../../../core/invoice/block-hours';
import { check, type EntrySpec } from './fixtures';

const beta = (id: string, date: string, hours: number): EntrySpec => ({ id, customer: 'Beta', date, hours });

describe('block hours', () => {
  const month = [beta('1', '2026-09-01', 4), beta('2', '2026-09-02', 4), beta('3', '2026-09-03', 3), beta('4', '2026-09-04', 1)];

  it('splits the entry that crosses the end of the block; its parts add up', () => {
    const r = check(month);
    const split = r.entries[2];
    expect(split).toMatchObject({ outcome: 'billable', reason: 'block_exhausted', coveredHours: 2, billableHours: 1, billHours: 1, amount: 100, cost: 80 });
    expect(split.coveredHours + split.billableHours).toBe(split.hours);
    expect(r.entries[3]).toMatchObject({ reason: 'block_exhausted', coveredHours: 0, billableHours: 1, amount: 100 });
    expect(r.customers[0]).toMatchObject({ customer: 'Beta', coveredHours: 10, billableHours: 2, billableAmount: 200 });
  });

  it('gives the same result for every row order', () => {
    const want = check(month).entries;
    const orders = [[3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]];
    for (const order of orders) {
      const got = check(order.map((i) => month[i])).entries;
      // Same entry → same result; only the cell (its row) moves.
      for (const e of got) expect(e).toEqual({ ...want.find((w) => w.entry === e.entry)!, cell: e.cell });
    }
  });

  it('on one date, entry ids decide (9 before 10), not rows', () => {
    const r = check([beta('10', '2026-09-01', 6), beta('9', '2026-09-01', 6)]);
    expect(r.entries.map((e) => [e.entry, e.coveredHours, e.billableHours])).toEqual([['10', 4, 2], ['9', 6, 0]]);
  });

  it('each month has its own block', () => {
    const r = check([beta('1', '2026-09-30', 10), beta('2', '2026-10-01', 10), beta('3', '2026-10-02', 0.5)]);
    expect(r.entries.map((e) => e.reason)).toEqual(['covered', 'covered', 'block_exhausted']);
  });

  it('entries the earlier rules decide do not consume the block', () => {
    const r = check([{ ...beta('1', '2026-09-01', 5), workType: 'Internal' }, { ...beta('2', '2026-09-01', 5), service: 'Backup' }, beta('3', '2026-09-02', 10)]);
    expect(r.entries.map((e) => e.reason)).toEqual(['non_billable_work_type', 'service_not_in_agreement', 'covered']);
  });

  it('a Block Hours agreement without Block Hours covers nothing, and says so', () => {
    const agreements = [['Customer', 'Type', 'Start'], ['Beta', 'Block Hours', '2026-01-01']];
    const e = check([beta('1', '2026-09-01', 1)], { Agreements: agreements }).entries[0];
    expect([e.outcome, e.reason, e.billableHours]).toEqual(['billable', 'block_exhausted', 1]);
    expect(e.source).toContain('has no Block Hours');
  });

  it('natural order of entry ids', () => {
    expect(['10', '9', 'a', '009', 'B'].sort(compareEntryIds)).toEqual(['009', '9', '10', 'B', 'a']);
  });
});
