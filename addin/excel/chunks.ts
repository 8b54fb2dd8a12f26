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

/**
 * Packs the rows of several tables into batches of at most `budget` cells (one `context.sync()` each), so
 * small tables share a request and a big one is split. A batch closes only when the next row does not fit,
 * so batches ≤ ⌊total cells ÷ (budget − widest row + 1)⌋ + 1 — about ⌈cells ÷ budget⌉ + 1 for real widths.
 */
export function planBatches(tables: readonly { rows: number; columns: number }[], budget = CELL_BUDGET): Piece[][] {
  const batches: Piece[][] = [];
  let current: Piece[] = [];
  let used = 0;
  tables.forEach((t, table) => {
    const width = Math.max(1, t.columns);
    let start = 0;
    while (start < t.rows) {
      let room = Math.floor((budget - used) / width);
      if (room < 1) {
        if (current.length > 0) batches.push(current);
        current = [];
        used = 0;
        room = rowsPerChunk(width, budget);
      }
      const count = Math.min(room, t.rows - start);
      current.push({ table, start, count });
      used += count * width;
      start += count;
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}
