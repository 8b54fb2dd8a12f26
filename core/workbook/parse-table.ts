/**
 * Parses one table from `unknown[][]` (what Excel's Range.values gives) into typed rows that remember
 * their cells. Never throws on user data: each bad cell becomes a finding and the row is kept with the
 * error recorded, so engines can report it (an invalid time entry is never silently dropped).
 */
import { finding, type Finding } from '../findings';
import { headerKey } from '../names';
import { cellAddress, columnLetter } from './address';
import { coerceCell, isEmptyCell, show } from './cells';
import { acceptedHeaders, type ColumnSpec, type TableSpec } from './spec';

/** Where the values sit on the sheet: `values[0][0]` is at (row0, col0). */
export interface SheetSource {
  /** Sheet (or Excel table) name: what the table is found by. */
  name: string;
  /** The sheet the values are on, for addresses, when it is not `name` (an Excel table on another sheet). */
  sheet?: string;
  values: readonly (readonly unknown[])[];
  /** 0-based sheet row of values[0]; default 0. */
  row0?: number;
  /** 0-based sheet column of values[i][0]; default 0. */
  col0?: number;
}

/** Tables by name, each as Range.values (what POST /api/grid carries and a published version stores). */
export function sourcesOf(tables: Readonly<Record<string, readonly (readonly unknown[])[]>>): SheetSource[] {
  return Object.entries(tables).map(([name, values]) => ({ name, values }));
}

export interface RowMeta {
  /** 0-based sheet row index of this record. */
  row0: number;
  /** Column key → message, for cells that could not be read. */
  errors?: Record<string, string>;
  /** Values of the table's dynamic columns (Tiers, ServiceGrid), aligned with `dynamicColumns`. */
  extra?: unknown[];
}

export type Row<R> = R & RowMeta;

export interface DynamicColumn {
  header: string;
  col0: number;
}

export interface ParsedTable<R> {
  name: string;
  sheet: string;
  /** False when the workbook has no such sheet/table or it holds no header row. */
  present: boolean;
  headerRow0: number;
  /** Column key → 0-based sheet column. */
  columns: Record<string, number>;
  dynamicColumns: DynamicColumn[];
  rows: Row<R>[];
  findings: Finding[];
}

export function emptyTable<R>(name: string): ParsedTable<R> {
  return { name, sheet: name, present: false, headerRow0: 0, columns: {}, dynamicColumns: [], rows: [], findings: [] };
}

/** Address of a record's cell, or of its row's first cell when the column is absent. */
export function cellOf(table: ParsedTable<unknown>, row: RowMeta, key: string): string {
  const col = table.columns[key];
  return cellAddress(table.sheet, row.row0, col ?? 0);
}

export function headerCell(table: ParsedTable<unknown>, key?: string): string {
  const col = key !== undefined ? table.columns[key] : undefined;
  return cellAddress(table.sheet, table.headerRow0, col ?? 0);
}

interface BoundColumn {
  spec: ColumnSpec;
  index: number; // index within values row
  blank: Set<string> | null;
}

function isBlankRow(row: readonly unknown[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (!isEmptyCell(v)) return false;
  return true;
}

export function parseTable<R>(spec: TableSpec, source: SheetSource): ParsedTable<R> {
  const table: ParsedTable<R> = emptyTable<R>(spec.name);
  table.sheet = source.sheet ?? source.name;
  const row0 = source.row0 ?? 0;
  const col0 = source.col0 ?? 0;
  const values = source.values;
  const at = (i: number, j: number) => cellAddress(table.sheet, row0 + i, col0 + j);

  let h = 0;
  while (h < values.length && isBlankRow(values[h])) h++;
  if (h >= values.length) {
    table.findings.push(finding('error', 'empty_table', cellAddress(source.name, row0, col0), `${spec.name} has no header row`));
    return table;
  }
  table.present = true;
  table.headerRow0 = row0 + h;
  const header = values[h];

  // Header key → column spec.
  const byHeader = new Map<string, ColumnSpec>();
  for (const c of spec.columns) for (const name of acceptedHeaders(c)) byHeader.set(headerKey(name), c);

  const bound: BoundColumn[] = [];
  const seenDynamic = new Map<string, number>();
  for (let j = 0; j < header.length; j++) {
    const cell = header[j];
    if (isEmptyCell(cell)) continue;
    const key = headerKey(cell);
    let c = byHeader.get(key);
    if (c && table.columns[c.key] !== undefined && c.overflowTo && table.columns[c.overflowTo] === undefined) {
      c = spec.columns.find((o) => o.key === c!.overflowTo) ?? c;
    }
    if (c) {
      const prior = table.columns[c.key];
      if (prior !== undefined) {
        table.findings.push(
          finding('warning', 'duplicate_column', at(h, j),
            `${spec.name}: column ${show(cell)} repeats ${c.header} (already read from column ${columnLetter(prior)}); this one is ignored`),
        );
        continue;
      }
      table.columns[c.key] = col0 + j;
      bound.push({ spec: c, index: j, blank: c.blank ? new Set(c.blank.map(headerKey)) : null });
    } else if (spec.dynamic) {
      const prior = seenDynamic.get(key);
      if (prior !== undefined) {
        table.findings.push(finding('error', 'duplicate_column', at(h, j), `${spec.name}: column ${show(cell)} appears twice; only the first is read`));
        continue;
      }
      seenDynamic.set(key, j);
      table.dynamicColumns.push({ header: String(cell).trim(), col0: col0 + j });
    }
  }

  const missing = spec.columns.filter((c) => c.required && table.columns[c.key] === undefined);
  for (const c of missing) {
    table.findings.push(
      finding('error', 'missing_column', at(h, 0),
        `${spec.name}: required column ${c.header} is missing (accepted headers: ${acceptedHeaders(c).join(', ')})`),
    );
  }
  if (missing.length > 0) return table;

  const defaults = spec.columns.filter((c) => c.default !== undefined);
  const dynamicIdx = table.dynamicColumns.map((d) => d.col0 - col0);
  const rows: Row<R>[] = [];
  for (let i = h + 1; i < values.length; i++) {
    const line = values[i];
    if (isBlankRow(line)) continue;
    const rec: Record<string, unknown> & RowMeta = { row0: row0 + i };
    for (const d of defaults) rec[d.key] = Array.isArray(d.default) ? [] : d.default;
    for (const b of bound) {
      const v = line[b.index];
      if (isEmptyCell(v) || (b.blank !== null && b.blank.has(headerKey(v)))) {
        if (b.spec.required && !b.spec.emptyOk) {
          (rec.errors ??= {})[b.spec.key] = `${b.spec.header} is required`;
          table.findings.push(finding('error', 'missing_value', at(i, b.index), `${b.spec.header} is required`));
        }
        continue;
      }
      const r = coerceCell(v, b.spec.kind, b.spec.header);
      if (r.ok) {
        rec[b.spec.key] = r.value;
      } else {
        (rec.errors ??= {})[b.spec.key] = r.message;
        table.findings.push(finding('error', r.code ?? 'invalid_value', at(i, b.index), r.message));
      }
    }
    if (spec.dynamic) rec.extra = dynamicIdx.map((j) => line[j]);
    rows.push(rec as Row<R>);
  }
  table.rows = rows;
  return table;
}
