/** Names that must be unique: services, roles, work types, tiers, grid customers (the first row wins, the rest are reported). */
import { finding, type Finding } from '../../findings';
import { nameKey } from '../../names';
import { cellOf, type ParsedTable } from '../../workbook/parse-table';
import type { CheckContext } from './context';
import { usable } from './context';

function duplicates<R>(table: ParsedTable<R>, key: keyof R & string, what: string, code: string): Finding[] {
  if (!usable(table)) return [];
  const first = new Map<string, string>();
  const out: Finding[] = [];
  for (const row of table.rows) {
    const name = row[key];
    if (typeof name !== 'string' || name === '') continue;
    const k = nameKey(name);
    const cell = cellOf(table, row, key);
    const prior = first.get(k);
    if (prior === undefined) first.set(k, cell);
    else out.push(finding('error', code, cell, `${what} "${name}" is listed twice (first at ${prior}); only the first row is used`));
  }
  return out;
}

export function checkDuplicates({ wb }: CheckContext): Finding[] {
  return [
    ...duplicates(wb.Services, 'service', 'Service', 'duplicate_service'),
    ...duplicates(wb.Roles, 'role', 'Role', 'duplicate_role'),
    ...duplicates(wb.WorkTypes, 'workType', 'Work type', 'duplicate_work_type'),
    ...duplicates(wb.Tiers, 'tier', 'Tier', 'duplicate_tier'),
    ...duplicates(wb.ServiceGrid, 'customer', 'Customer', 'duplicate_grid_customer'),
  ];
}
