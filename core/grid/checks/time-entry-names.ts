/** Roles and work types used in TimeEntries must be defined: reported once per name, at its first cell, with a count. */
import { finding, type Finding } from '../../findings';
import { nameKey } from '../../names';
import { cellOf } from '../../workbook/parse-table';
import type { CheckContext } from './context';
import { usable } from './context';

function undefinedNames(ctx: CheckContext, key: 'role' | 'workType', known: Map<string, unknown>, code: string, what: string, sheet: string): Finding[] {
  const T = ctx.wb.TimeEntries;
  const first = new Map<string, { name: string; cell: string; count: number }>();
  for (const e of T.rows) {
    const name = e[key];
    if (!name) continue;
    const k = nameKey(name);
    if (known.has(k)) continue;
    const seen = first.get(k);
    if (seen) seen.count++;
    else first.set(k, { name, cell: cellOf(T, e, key), count: 1 });
  }
  return [...first.values()].map((u) =>
    finding('error', code, u.cell, `${what} "${u.name}" is used by ${u.count} time entr${u.count === 1 ? 'y' : 'ies'} but is not in ${sheet}`),
  );
}

export function checkTimeEntryNames(ctx: CheckContext): Finding[] {
  const { wb, model } = ctx;
  if (!usable(wb.TimeEntries)) return [];
  return [
    ...(usable(wb.Roles) ? undefinedNames(ctx, 'role', model.roles, 'undefined_role_in_time_entries', 'Role', wb.Roles.sheet) : []),
    ...(usable(wb.WorkTypes)
      ? undefinedNames(ctx, 'workType', model.workTypes, 'undefined_work_type_in_time_entries', 'Work type', wb.WorkTypes.sheet)
      : []),
  ];
}
