/**
 * The Tiers and ServiceGrid matrices: every service column must exist in Services, every cell must read
 * as included / not included / a unit count, and a Flat service takes Y rather than a count.
 */
import { finding, type Finding } from '../../findings';
import { nameKey } from '../../names';
import { cellAddress } from '../../workbook/address';
import { isExcelError, show } from '../../workbook/cells';
import type { ParsedTable, Row } from '../../workbook/parse-table';
import { readGridCell } from '../grid-cell';
import type { CheckContext } from './context';
import { usable } from './context';

function checkMatrix<R>(ctx: CheckContext, table: ParsedTable<R>, rowLabel: (row: Row<R>) => string): Finding[] {
  if (!usable(table)) return [];
  const out: Finding[] = [];
  const services = usable(ctx.wb.Services) ? ctx.model.services : null;
  for (const col of table.dynamicColumns) {
    if (services && !services.has(nameKey(col.header))) {
      out.push(finding('error', 'unknown_grid_service', cellAddress(table.sheet, table.headerRow0, col.col0),
        `${table.name} column "${col.header}" is not a service in Services`));
    }
  }
  // Per column once: its service (for the Flat check); addresses are built only for cells that get a finding.
  const columnService = table.dynamicColumns.map((col) => services?.get(nameKey(col.header)));
  for (const row of table.rows) {
    const extra = row.extra;
    if (!extra) continue;
    for (let j = 0; j < table.dynamicColumns.length; j++) {
      const raw = extra[j];
      const v = readGridCell(raw);
      if (v !== null && !(v.included && v.units !== null && columnService[j]?.unit === 'Flat')) continue;
      const col = table.dynamicColumns[j];
      const cell = cellAddress(table.sheet, row.row0, col.col0);
      if (v === null) {
        const what = isExcelError(raw) ? `holds the formula error ${String(raw).trim()}` : `${show(raw)} is not Y, N, blank or a unit count`;
        out.push(finding('error', 'invalid_grid_value', cell, `${rowLabel(row)} / ${col.header}: ${what}`));
      } else {
        out.push(finding('warning', 'units_for_flat_service', cell,
          `${rowLabel(row)} / ${col.header}: ${v.units} units given for a Flat service (a flat service is Y, billed once at ${columnService[j]!.price})`));
      }
    }
  }
  return out;
}

export function checkMatrices(ctx: CheckContext): Finding[] {
  return [
    ...checkMatrix(ctx, ctx.wb.Tiers, (r) => `Tier "${r.tier ?? ''}"`),
    ...checkMatrix(ctx, ctx.wb.ServiceGrid, (r) => `Customer "${r.customer ?? ''}"`),
  ];
}
