/**
 * The Tiers and ServiceGrid matrices: every service column must exist in Services, every cell must read
 * as included / not included / a unit count, and a Flat service takes Y rather than a count.
 */
import { finding, type Finding } from '../../findings';
import { nameKey } from '../../names';
import { cellAddress } from '../../workbook/address';
import { show } from '../../workbook/cells';
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
  for (const row of table.rows) {
    table.dynamicColumns.forEach((col, j) => {
      const raw = row.extra?.[j];
      const cell = cellAddress(table.sheet, row.row0, col.col0);
      const v = readGridCell(raw);
      if (v === null) {
        out.push(finding('error', 'invalid_grid_value', cell,
          `${rowLabel(row)} / ${col.header}: ${show(raw)} is not Y, N, blank or a unit count`));
        return;
      }
      const service = services?.get(nameKey(col.header));
      if (v.included && v.units !== null && service?.unit === 'Flat') {
        out.push(finding('warning', 'units_for_flat_service', cell,
          `${rowLabel(row)} / ${col.header}: ${v.units} units given for a Flat service (a flat service is Y, billed once at ${service.price})`));
      }
    });
  }
  return out;
}

export function checkMatrices(ctx: CheckContext): Finding[] {
  return [
    ...checkMatrix(ctx, ctx.wb.Tiers, (r) => `Tier "${r.tier ?? ''}"`),
    ...checkMatrix(ctx, ctx.wb.ServiceGrid, (r) => `Customer "${r.customer ?? ''}"`),
  ];
}
