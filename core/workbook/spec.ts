/** How a workbook table is described: its columns, their header aliases and value kinds (DESIGN §3). */
export type CellKind =
  | { type: 'text' }
  | { type: 'number'; min?: number; positive?: boolean; integer?: boolean; max?: number }
  | { type: 'boolean' }
  | { type: 'date' }
  | { type: 'datetime' }
  | { type: 'time' }
  | { type: 'month' }
  | { type: 'list' }
  /** canonical value → accepted spellings (compared by header rules: case/space/punctuation-insensitive). */
  | { type: 'enum'; values: Readonly<Record<string, readonly string[]>> }
  | { type: 'raw' };

export interface ColumnSpec {
  key: string;
  header: string;
  aliases?: readonly string[];
  /** The header must be present (and, unless emptyOk, every data row needs a value). */
  required?: boolean;
  emptyOk?: boolean;
  /**
   * When a second header of this column appears and the named column is still unbound, read it as that
   * column instead (ConnectWise exports carry both "Date Worked" and "Time Start": the latter is the start).
   */
  overflowTo?: string;
  /** Values that mean "no value" in this column (ConnectWise's Billable Option "NoDefault"). */
  blank?: readonly string[];
  kind: CellKind;
  default?: unknown;
}

export interface TableSpec {
  name: string;
  columns: readonly ColumnSpec[];
  /** Tables whose other columns are data (Tiers, ServiceGrid: one column per service). */
  dynamic?: boolean;
}

export const text = (): CellKind => ({ type: 'text' });
export const num = (o: { min?: number; positive?: boolean; integer?: boolean; max?: number } = {}): CellKind => ({
  type: 'number',
  ...o,
});
export const bool = (): CellKind => ({ type: 'boolean' });
export const date = (): CellKind => ({ type: 'date' });
export const datetime = (): CellKind => ({ type: 'datetime' });
export const time = (): CellKind => ({ type: 'time' });
export const month = (): CellKind => ({ type: 'month' });
export const list = (): CellKind => ({ type: 'list' });
export const raw = (): CellKind => ({ type: 'raw' });
export const oneOf = (values: Record<string, readonly string[]>): CellKind => ({ type: 'enum', values });

/** Every header a column answers to: its name first, then the aliases. */
export function acceptedHeaders(c: ColumnSpec): string[] {
  return [c.header, ...(c.aliases ?? [])];
}
