/**
 * What the custom functions compute from, kept in memory: parsed workbooks per set of tables and derived
 * results (a month's KPIs, a coverage answer) per key. An edit to a sheet drops only what depends on it:
 * a sheet named like a table drops entries that read that table, our own result sheets drop nothing, and
 * any other sheet (it may hold an Excel table under another name) drops everything. Pure apart from the
 * injected loader, so the rules are tested without Excel.
 */
import { headerKey } from '../../core/names';
import { parseWorkbook, TABLE_NAMES, type SheetSource, type TableName, type Workbook } from '../../core/workbook';

export const RESULT_SHEETS = ['Grid Findings', 'Invoice Check', 'Invoice Summary', 'SLA', 'KPIs', 'Bonus'] as const;

/** Which tables an edit of this sheet can change: none, some, or (unknown sheet) all. */
export function tablesAffectedBy(sheetName: string): readonly TableName[] {
  const key = headerKey(sheetName);
  const stripped = key.replace(/^~/, '');
  if (RESULT_SHEETS.some((s) => headerKey(s) === stripped)) return [];
  const table = TABLE_NAMES.find((t) => headerKey(t) === key);
  return table ? [table] : TABLE_NAMES;
}

interface Entry {
  tables: ReadonlySet<TableName>;
  value: Promise<unknown>;
}

export type LoadTables = (names: readonly TableName[]) => Promise<SheetSource[]>;

export class WorkbookCache {
  private readonly entries = new Map<string, Entry>();
  /** Loads and parses, counted for tests and diagnostics. */
  loads = 0;

  constructor(private readonly load: LoadTables) {}

  /** The parsed workbook holding these tables (read once until one of them changes). */
  workbook(tables: readonly TableName[]): Promise<Workbook> {
    const key = `wb:${[...tables].sort().join(',')}`;
    return this.remember(key, tables, async () => {
      this.loads++;
      return parseWorkbook(await this.load(tables), { only: tables });
    });
  }

  /** A value computed from the workbook of these tables, kept until one of them changes. */
  derived<T>(key: string, tables: readonly TableName[], compute: (wb: Workbook) => T): Promise<T> {
    return this.remember(`v:${key}`, tables, async () => compute(await this.workbook(tables)));
  }

  invalidateSheet(sheetName: string): void {
    this.invalidateTables(tablesAffectedBy(sheetName));
  }

  invalidateTables(tables: readonly TableName[]): void {
    if (tables.length === 0) return;
    for (const [key, e] of this.entries) if (tables.some((t) => e.tables.has(t))) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private remember<T>(key: string, tables: readonly TableName[], make: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit) return hit.value as Promise<T>;
    const entry: Entry = { tables: new Set(tables), value: make() };
    this.entries.set(key, entry);
    // A failed read is not cached: the next call tries again.
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.value as Promise<T>;
  }
}
