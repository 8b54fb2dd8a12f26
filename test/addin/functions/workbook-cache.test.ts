import { describe, expect, it } from 'vitest';
import { tablesAffectedBy, WorkbookCache } from '../../../addin/functions/workbook-cache';
import { TABLE_NAMES, type TableName } from '../../../core/workbook';

function counting() {
  const reads: string[][] = [];
  const cache = new WorkbookCache(async (names) => {
    reads.push([...names]);
    return names.map((n) => ({ name: n, values: [['Key', 'Value']] }));
  });
  return { cache, reads };
}

describe('tablesAffectedBy', () => {
  it('maps a sheet to the tables an edit there can change', () => {
    expect(tablesAffectedBy('Time Entries')).toEqual(['TimeEntries']);
    expect(tablesAffectedBy('agreements')).toEqual(['Agreements']);
    expect(tablesAffectedBy('Invoice Summary')).toEqual([]);
    expect(tablesAffectedBy('~Invoice Check')).toEqual([]); // our temporary sheet while writing
    expect(tablesAffectedBy('Sheet7')).toEqual(TABLE_NAMES); // may hold an Excel table under any name
  });
});

describe('WorkbookCache', () => {
  const grid: TableName[] = ['Agreements', 'Roles'];
  const desk: TableName[] = ['Tickets', 'SLA'];

  it('reads a set of tables once and answers later calls from memory', async () => {
    const { cache, reads } = counting();
    const [a, b] = await Promise.all([cache.workbook(grid), cache.workbook([...grid].reverse())]);
    expect(a).toBe(b);
    expect(reads).toHaveLength(1);
    let computed = 0;
    const v1 = await cache.derived('x', grid, () => ++computed);
    const v2 = await cache.derived('x', grid, () => ++computed);
    expect([v1, v2, computed, reads.length]).toEqual([1, 1, 1, 1]);
  });

  it('drops only what depends on the edited sheet', async () => {
    const { cache, reads } = counting();
    await cache.workbook(grid);
    await cache.workbook(desk);
    cache.invalidateSheet('Invoice Check');
    cache.invalidateSheet('TimeEntries');
    await cache.workbook(grid);
    await cache.workbook(desk);
    expect(reads).toHaveLength(2);
    cache.invalidateSheet('Roles');
    await cache.workbook(grid);
    await cache.workbook(desk);
    expect(reads).toHaveLength(3);
    expect(reads[2]).toEqual(grid);
    cache.invalidateSheet('Notes');
    expect(cache.size).toBe(0);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const cache = new WorkbookCache(async (names) => {
      if (fail) throw new Error('busy');
      return names.map((n) => ({ name: n, values: [] }));
    });
    await expect(cache.workbook(grid)).rejects.toThrow('busy');
    fail = false;
    await expect(cache.workbook(grid)).resolves.toBeTruthy();
  });
});
