/**
 * Highlights cells (`Sheet!A1` addresses, e.g. where validation findings point) with one multi-area range
 * per sheet and address batch: two syncs whatever the number of cells.
 */
import { columnLetter, parseAddress } from '../../core/workbook/address';
import type { ExcelRun } from './excel-run';
import { joinWithin } from './fill-runs';
import { sheetResolver } from './locate';

/** Groups addresses by sheet as bare A1 references; unparseable addresses are returned apart. */
export function groupBySheet(addresses: readonly string[]): { bySheet: Map<string, string[]>; invalid: string[] } {
  const bySheet = new Map<string, string[]>();
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const a of addresses) {
    const p = parseAddress(a);
    if (!p) {
      invalid.push(a);
      continue;
    }
    const local = `${columnLetter(p.col0)}${p.row0 + 1}`;
    const id = `${p.sheet}\u0000${local}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const list = bySheet.get(p.sheet) ?? [];
    list.push(local);
    bySheet.set(p.sheet, list);
  }
  return { bySheet, invalid };
}

export async function markCells(run: ExcelRun, addresses: readonly string[], color: string): Promise<void> {
  const { bySheet } = groupBySheet(addresses);
  if (bySheet.size === 0) return;
  await run(async (context) => {
    const resolve = await sheetResolver(context);
    for (const [name, cells] of bySheet) {
      const sheet = resolve(name);
      if (!sheet) continue; // the finding's sheet was renamed or removed since the run: nothing to mark
      for (const address of joinWithin(cells)) sheet.getRanges(address).format.fill.color = color;
    }
    await context.sync();
  });
}
