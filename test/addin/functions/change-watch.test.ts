import { describe, expect, it } from 'vitest';
import { watchWorkbook } from '../../../addin/functions/change-watch';
import type { ExcelRun } from '../../../addin/excel/excel-run';
import { WorkbookCache } from '../../../addin/functions/workbook-cache';

type Handler = (event: { worksheetId: string }) => Promise<void>;

/** Just enough of Excel's event API: handlers are kept so the test can raise events. */
function eventfulExcel(names: Record<string, string>) {
  const handlers: Record<'changed' | 'added' | 'deleted', Handler[]> = { changed: [], added: [], deleted: [] };
  let registrations = 0;
  const run: ExcelRun = async (batch) =>
    batch({
      sync: async () => undefined,
      workbook: {
        worksheets: {
          onChanged: { add: (h: Handler) => { registrations++; handlers.changed.push(h); } },
          onAdded: { add: (h: Handler) => void handlers.added.push(h) },
          onDeleted: { add: (h: Handler) => void handlers.deleted.push(h) },
          getItemOrNullObject: (id: string) => ({ load: () => undefined, isNullObject: !(id in names), name: names[id] }),
        },
      },
    } as unknown as Excel.RequestContext);
  return { run, handlers, registrations: () => registrations };
}

describe('watchWorkbook', () => {
  it('registers once and drops cached tables when their sheet changes', async () => {
    const excel = eventfulExcel({ s1: 'Agreements', s2: 'Invoice Summary' });
    let reads = 0;
    const cache = new WorkbookCache(async (names) => { reads++; return names.map((n) => ({ name: n, values: [] })); });
    expect(await watchWorkbook(excel.run, cache)).toBe(true);
    expect(await watchWorkbook(excel.run, cache)).toBe(true);
    expect(excel.registrations()).toBe(1);

    await cache.workbook(['Agreements']);
    await excel.handlers.changed[0]({ worksheetId: 's2' }); // our own result sheet: nothing to drop
    await cache.workbook(['Agreements']);
    expect(reads).toBe(1);
    await excel.handlers.changed[0]({ worksheetId: 's1' });
    await cache.workbook(['Agreements']);
    expect(reads).toBe(2);
    await excel.handlers.deleted[0]({ worksheetId: 'gone' });
    expect(cache.size).toBe(0);
  });
});
