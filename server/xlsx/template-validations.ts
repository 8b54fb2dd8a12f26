/**
 * Which drop-down each template column gets: enum columns list their values, Y/N columns list Y and N,
 * and the names other tables define (roles, work types, services, tiers) come from those sheets.
 */
import { headerKey } from '../../core/names';
import { enumLabels } from '../../core/workbook/cells';
import { acceptedHeaders, type ColumnSpec } from '../../core/workbook/spec';
import { TABLE_SPECS, type TableName } from '../../core/workbook/tables';

export type DropDown = { kind: 'values'; values: string[] } | { kind: 'sheet'; table: TableName; key: string };

/** Columns whose values are names defined in another table. */
const REFERENCES: Partial<Record<TableName, Record<string, { table: TableName; key: string }>>> = {
  TimeEntries: {
    role: { table: 'Roles', key: 'role' },
    workType: { table: 'WorkTypes', key: 'workType' },
    service: { table: 'Services', key: 'service' },
  },
  Agreements: { tier: { table: 'Tiers', key: 'tier' } },
};

export function dropDownFor(table: TableName, column: ColumnSpec): DropDown | null {
  const ref = REFERENCES[table]?.[column.key];
  if (ref) return { kind: 'sheet', ...ref };
  if (column.kind.type === 'enum') return { kind: 'values', values: enumLabels(column.kind.values) };
  if (column.kind.type === 'boolean') return { kind: 'values', values: ['Y', 'N'] };
  return null;
}

/** The spec column a header cell names, if any. */
export function columnForHeader(table: TableName, header: unknown): ColumnSpec | undefined {
  const k = headerKey(header);
  return TABLE_SPECS[table].columns.find((c) => acceptedHeaders(c).some((h) => headerKey(h) === k));
}
