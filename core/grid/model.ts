/**
 * The sold configuration as lookups by name (case- and space-insensitive): services, tiers, the grid
 * rows, agreements, one-offs, roles and work types, each remembering its cell. Built once per run and
 * shared by grid validation, the invoice check and the server's published grid. Duplicates keep the
 * first row (validation reports the rest).
 */
import { nameKey } from '../names';
import { cellAddress } from '../workbook/address';
import { cellOf, type Row } from '../workbook/parse-table';
import type { Workbook } from '../workbook/parse-workbook';
import type { AgreementRow, OneOffRow, RoleRow, ServiceRow, WorkTypeRow } from '../workbook/tables';
import { readGridCell, type GridCellValue } from './grid-cell';

export type Located<R> = Row<R> & { key: string; cell: string };

export interface GridColumn {
  header: string;
  key: string;
  col0: number;
}

export interface GridRowModel {
  customer: string;
  key: string;
  cell: string;
  row0: number;
  /** Service key → cell value (only parseable cells); `invalid` lists the others. */
  services: Map<string, GridCellValue & { cell: string }>;
  invalid: { service: string; cell: string; raw: unknown }[];
}

export interface TierModel {
  tier: string;
  key: string;
  cell: string;
  row0: number;
  services: Map<string, GridCellValue & { cell: string }>;
  invalid: { service: string; cell: string; raw: unknown }[];
}

export interface GridModel {
  services: Map<string, Located<ServiceRow>>;
  tiers: Map<string, TierModel>;
  tierColumns: GridColumn[];
  grid: Map<string, GridRowModel>;
  gridColumns: GridColumn[];
  agreements: Map<string, Located<AgreementRow>[]>;
  oneOffs: Map<string, Located<OneOffRow>[]>;
  roles: Map<string, Located<RoleRow>>;
  workTypes: Map<string, Located<WorkTypeRow>>;
}

function indexFirst<R>(rows: Row<R>[], keyOf: (r: Row<R>) => unknown, cellOfRow: (r: Row<R>) => string): Map<string, Located<R>> {
  const map = new Map<string, Located<R>>();
  for (const r of rows) {
    const name = keyOf(r);
    if (name === undefined || name === '') continue;
    const key = nameKey(name);
    if (!map.has(key)) map.set(key, Object.assign(r, { key, cell: cellOfRow(r) }));
  }
  return map;
}

function groupBy<R>(rows: Row<R>[], keyOf: (r: Row<R>) => unknown, cellOfRow: (r: Row<R>) => string): Map<string, Located<R>[]> {
  const map = new Map<string, Located<R>[]>();
  for (const r of rows) {
    const name = keyOf(r);
    if (name === undefined || name === '') continue;
    const key = nameKey(name);
    const located = Object.assign(r, { key, cell: cellOfRow(r) });
    const list = map.get(key);
    if (list) list.push(located);
    else map.set(key, [located]);
  }
  return map;
}

function readMatrixRow(sheet: string, row0: number, columns: GridColumn[], extra: unknown[] | undefined) {
  const services = new Map<string, GridCellValue & { cell: string }>();
  const invalid: { service: string; cell: string; raw: unknown }[] = [];
  columns.forEach((c, j) => {
    const raw = extra?.[j];
    const cell = cellAddress(sheet, row0, c.col0);
    const v = readGridCell(raw);
    if (v === null) invalid.push({ service: c.header, cell, raw });
    else if (!services.has(c.key)) services.set(c.key, { ...v, cell });
  });
  return { services, invalid };
}

export function buildGridModel(wb: Workbook): GridModel {
  const S = wb.Services, T = wb.Tiers, G = wb.ServiceGrid, A = wb.Agreements, O = wb.OneOffs, R = wb.Roles, W = wb.WorkTypes;
  const tierColumns = T.dynamicColumns.map((d) => ({ header: d.header, key: nameKey(d.header), col0: d.col0 }));
  const gridColumns = G.dynamicColumns.map((d) => ({ header: d.header, key: nameKey(d.header), col0: d.col0 }));

  const tiers = new Map<string, TierModel>();
  for (const r of T.rows) {
    if (!r.tier) continue;
    const key = nameKey(r.tier);
    if (tiers.has(key)) continue;
    tiers.set(key, { tier: r.tier, key, cell: cellOf(T, r, 'tier'), row0: r.row0, ...readMatrixRow(T.sheet, r.row0, tierColumns, r.extra) });
  }
  const grid = new Map<string, GridRowModel>();
  for (const r of G.rows) {
    if (!r.customer) continue;
    const key = nameKey(r.customer);
    if (grid.has(key)) continue;
    grid.set(key, { customer: r.customer, key, cell: cellOf(G, r, 'customer'), row0: r.row0, ...readMatrixRow(G.sheet, r.row0, gridColumns, r.extra) });
  }
  return {
    services: indexFirst(S.rows, (r) => r.service, (r) => cellOf(S, r, 'service')),
    tiers,
    tierColumns,
    grid,
    gridColumns,
    agreements: groupBy(A.rows, (r) => r.customer, (r) => cellOf(A, r, 'customer')),
    oneOffs: groupBy(O.rows, (r) => r.customer, (r) => cellOf(O, r, 'customer')),
    roles: indexFirst(R.rows, (r) => r.role, (r) => cellOf(R, r, 'role')),
    workTypes: indexFirst(W.rows, (r) => r.workType, (r) => cellOf(W, r, 'workType')),
  };
}

/** Start ≤ date ≤ End, blank bounds open. Dates are YYYY-MM-DD strings, so string order is date order. */
export function activeOn(row: { start?: string; end?: string }, date: string): boolean {
  return (row.start === undefined || row.start <= date) && (row.end === undefined || date <= row.end);
}

export function agreementsOn(model: GridModel, customerKey: string, date: string): Located<AgreementRow>[] {
  return (model.agreements.get(customerKey) ?? []).filter((a) => a.start !== undefined && activeOn(a, date));
}

export function oneOffsOn(model: GridModel, customerKey: string, date: string): Located<OneOffRow>[] {
  return (model.oneOffs.get(customerKey) ?? []).filter((o) => activeOn(o, date));
}

/**
 * The services a customer has on a date: the grid row, plus Add Service and minus Remove Service one-offs
 * active then. Service key → units (null = included without a count).
 */
export function servicesOn(model: GridModel, customerKey: string, date: string): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const row = model.grid.get(customerKey);
  if (row) for (const [k, v] of row.services) if (v.included) out.set(k, v.units);
  for (const o of oneOffsOn(model, customerKey, date)) {
    if (o.kind === 'add_service' && o.target) out.set(nameKey(o.target), o.value ?? null);
    if (o.kind === 'remove_service' && o.target) out.delete(nameKey(o.target));
  }
  return out;
}
