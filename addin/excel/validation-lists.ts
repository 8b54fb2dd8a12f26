/**
 * The drop-down lists of a new MSP Sync workbook: enum columns list their canonical spellings, boolean
 * columns Y/N, and columns that name a row of another table (a time entry's Role, an agreement's Tier…)
 * list that table's column through a structured reference, so the list grows with the table.
 */
import { headerKey } from '../../core/names';
import { acceptedHeaders, TABLE_SPECS, type ColumnSpec, type SheetSource, type TableName } from '../../core/workbook';

export interface ValidationList {
  table: TableName;
  /** The header as written in the sheet. */
  header: string;
  /** 0-based column within the table. */
  column: number;
  /** Excel list source: `A,B,C` or a formula such as `=INDIRECT("Roles[Role]")`. */
  source: string;
}

/** Columns whose values must be a row of another table: table.column key → [table, header]. */
const REFERENCES: Partial<Record<TableName, Record<string, [TableName, string]>>> = {
  Agreements: { tier: ['Tiers', 'Tier'] },
  OneOffs: { customer: ['ServiceGrid', 'Customer'] },
  TimeEntries: { role: ['Roles', 'Role'], workType: ['WorkTypes', 'Work Type'], service: ['Services', 'Service'], customer: ['ServiceGrid', 'Customer'] },
  Employees: { plan: ['BonusPlans', 'Plan'] },
};

/** The spelling to offer for an enum value: the key when it reads well (P1, Mon, Step), else its first spelling. */
export function enumLabel(key: string, spellings: readonly string[]): string {
  return /^[a-z]+(_[a-z]+)*$/.test(key) && spellings.length > 0 ? spellings[0] : key;
}

function listFor(spec: ColumnSpec, table: TableName, tables: ReadonlySet<string>): string | null {
  const ref = REFERENCES[table]?.[spec.key];
  if (ref && tables.has(ref[0])) return `=INDIRECT("${ref[0]}[${ref[1]}]")`;
  if (spec.kind.type === 'boolean') return 'Y,N';
  if (spec.kind.type === 'enum') return Object.entries(spec.kind.values).map(([k, v]) => enumLabel(k, v)).join(',');
  return null;
}

export function validationLists(sources: readonly SheetSource[]): ValidationList[] {
  const names = new Set(sources.map((s) => s.name));
  const out: ValidationList[] = [];
  for (const s of sources) {
    const table = (Object.keys(TABLE_SPECS) as TableName[]).find((t) => headerKey(t) === headerKey(s.name));
    if (!table) continue;
    const header = s.values[0] ?? [];
    for (const spec of TABLE_SPECS[table].columns) {
      const accepted = new Set(acceptedHeaders(spec).map(headerKey));
      const column = header.findIndex((h) => accepted.has(headerKey(h)));
      if (column < 0) continue;
      const source = listFor(spec, table, names);
      if (source) out.push({ table, header: String(header[column]), column, source });
    }
  }
  return out;
}
