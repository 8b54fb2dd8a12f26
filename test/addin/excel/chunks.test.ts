import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planBatches, rowChunks } from '../../../addin/excel/chunks';
import { fillAddresses, fillRuns, joinWithin } from '../../../addin/excel/fill-runs';

describe('rowChunks', () => {
  it('covers every row once within the budget', () => {
    expect(rowChunks(10, 4, 12)).toEqual([
      { start: 0, count: 3 },
      { start: 3, count: 3 },
      { start: 6, count: 3 },
      { start: 9, count: 1 },
    ]);
    expect(rowChunks(2, 500, 100)).toEqual([{ start: 0, count: 1 }, { start: 1, count: 1 }]); // wider than the budget: a row each
    expect(rowChunks(0, 5)).toEqual([]);
  });
});

describe('planBatches', () => {
  it('packs tables together, never exceeds the budget, and fills every batch but the last to within one row', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ rows: fc.nat(400), columns: fc.integer({ min: 1, max: 30 }) }), { maxLength: 8 }), fc.integer({ min: 30, max: 500 }), (tables, budget) => {
        const batches = planBatches(tables, budget);
        const seen = tables.map(() => 0);
        for (const b of batches) {
          const cells = b.reduce((n, p) => n + p.count * tables[p.table].columns, 0);
          expect(cells).toBeLessThanOrEqual(budget);
          for (const p of b) {
            expect(p.start).toBe(seen[p.table]);
            seen[p.table] += p.count;
          }
        }
        expect(seen).toEqual(tables.map((t) => t.rows));
        const total = tables.reduce((n, t) => n + t.rows * t.columns, 0);
        // A batch closes only when the next row does not fit, so it holds more than budget − widest row cells.
        const widest = Math.max(1, ...tables.map((t) => t.columns));
        expect(batches.length).toBeLessThanOrEqual(Math.floor(total / (budget - widest + 1)) + 1);
      }),
    );
  });
});

describe('fill runs', () => {
  it('merges contiguous rows of one colour and groups runs by colour', () => {
    const runs = fillRuns(['#A', '#A', null, '#B', '#A', undefined, '#A']);
    expect(runs).toEqual([
      { color: '#A', start: 0, count: 2 },
      { color: '#B', start: 3, count: 1 },
      { color: '#A', start: 4, count: 1 },
      { color: '#A', start: 6, count: 1 },
    ]);
    expect(fillAddresses(runs, 3, 1)).toEqual([
      { color: '#A', address: 'A2:C3,A6:C6,A8:C8' },
      { color: '#B', address: 'A5:C5' },
    ]);
  });

  it('splits long multi-area addresses', () => {
    expect(joinWithin(['A1:B1', 'A3:B3', 'A5:B5'], 11)).toEqual(['A1:B1,A3:B3', 'A5:B5']);
  });
});
