/**
 * How reads and writes are cut into requests. Excel on the web caps a request at 5 MB and a range read at
 * 5,000,000 cells; a budget of 50,000 cells per `context.sync()` stays far below both (even at ~100 bytes a
 * cell) while keeping the number of round trips proportional to cells ÷ budget, never to rows.
 */
export const CELL_BUDGET = 50_000;

export interface RowSpan {
  start: number;
  count: number;
}

/** Rows per request for a table this wide (at least one row, however wide). */
export function rowsPerChunk(columns: number, budget = CELL_BUDGET): number {
  return Math.max(1, Math.floor(budget / Math.max(1, columns)));
}

/** Consecutive row spans of one table, each within the cell budget. */
export function rowChunks(rows: number, columns: number, budget = CELL_BUDGET): RowSpan[] {
  const size = rowsPerChunk(columns, budget);
  const out: RowSpan[] = [];
  for (let start = 0; start < rows; start += size) out.push({ start, count: Math.min(size, rows - start) });
  return out;
}

export interface Piece extends RowSpan {
  /** Index of the table in the input list. */
  table: number;
}

export interface TableRows {
  rows: number;
  columns: number;
}

/**
 * The next batch of at most `budget` cells, taking rows of the tables in order from `done[i]` (rows of
 * table i already read). Small tables share a batch; a table wider than the budget still gets one row.
 */
export function nextBatch(tables: readonly TableRows[], done: readonly number[], budget = CELL_BUDGET): Piece[] {
  const batch: Piece[] = [];
  let used = 0;
  for (let table = 0; table < tables.length; table++) {
    const width = Math.max(1, tables[table].columns);
    const left = tables[table].rows - done[table];
    if (left <= 0) continue;
    const room = Math.floor((budget - used) / width);
    if (room < 1) {
      if (batch.length > 0) break;
      return [{ table, start: done[table], count: 1 }];
    }
    const count = Math.min(room, left);
    batch.push({ table, start: done[table], count });
    used += count * width;
    if (count < left) break;
  }
  return batch;
}

/**
 * Every batch for these tables. A batch closes only when the next row does not fit, so
 * batches ≤ ⌊total cells ÷ (budget − widest row + 1)⌋ + 1 — about ⌈cells ÷ budget⌉ + 1 for real widths.
 */
export function planBatches(tables: readonly TableRows[], budget = CELL_BUDGET): Piece[][] {
  const done = tables.map(() => 0);
  const batches: Piece[][] = [];
  for (let b = nextBatch(tables, done, budget); b.length > 0; b = nextBatch(tables, done, budget)) {
    batches.push(b);
    for (const p of b) done[p.table] += p.count;
  }
  return batches;
}

/**
 * Excel refuses a request or response over its payload limit (long text cells can get there within the
 * cell budget); the caller then retries the same rows in smaller pieces.
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return /PayloadSizeLimitExceeded/i.test(`${e?.code ?? ''} ${e?.message ?? ''}`);
}
