/**
 * What changed between two grids (two published versions, or a published one and the workbook): services added to or removed from each customer (and unit
 * changes), catalogue prices, exclusions (agreements' excluded roles and work types), tiers and monthly
 * totals, and one-offs added or removed.
 */
import type { Change, CustomerDiff, GridDiff, OneOffText } from '../api/grid-diff';
import { buildGridModel, type GridModel } from './model';
import { nameKey } from '../names';
import type { SheetSource } from '../workbook/parse-table';
import { parseWorkbook } from '../workbook/parse-workbook';
import { ONE_OFF_KIND_LABEL } from '../workbook/tables/grid';

function modelOf(sources: readonly SheetSource[]): GridModel {
  return buildGridModel(parseWorkbook(sources, { only: ['Services', 'Tiers', 'ServiceGrid', 'Agreements', 'OneOffs'] }));
}

function serviceName(m: GridModel, key: string): string {
  return m.services.get(key)?.service ?? m.gridColumns.find((c) => c.key === key)?.header ?? key;
}

function includedServices(m: GridModel, customerKey: string): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [k, v] of m.grid.get(customerKey)?.services ?? []) if (v.included) out.set(k, v.units);
  return out;
}

function exclusions(m: GridModel, customerKey: string, which: 'excludedRoles' | 'excludedWorkTypes'): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of m.agreements.get(customerKey) ?? []) for (const x of a[which] ?? []) out.set(nameKey(x), x);
  return out;
}

function setDiff(a: Map<string, string>, b: Map<string, string>): { added: string[]; removed: string[] } {
  return { added: [...b].filter(([k]) => !a.has(k)).map(([, v]) => v), removed: [...a].filter(([k]) => !b.has(k)).map(([, v]) => v) };
}

function oneOffs(m: GridModel): Map<string, OneOffText> {
  const out = new Map<string, OneOffText>();
  for (const list of m.oneOffs.values()) {
    for (const o of list) {
      const t: OneOffText = { customer: o.customer, kind: ONE_OFF_KIND_LABEL[o.kind] ?? String(o.kind), target: o.target, value: o.value ?? null, start: o.start ?? null, end: o.end ?? null };
      out.set([nameKey(t.customer), t.kind, nameKey(t.target), t.value, t.start, t.end].join('|'), t);
    }
  }
  return out;
}

export function diffGrids(from: { version: number; sources: readonly SheetSource[] }, to: { version: number | null; sources: readonly SheetSource[] }): GridDiff {
  const a = modelOf(from.sources);
  const b = modelOf(to.sources);

  const priceChanges: GridDiff['services']['priceChanges'] = [];
  for (const [k, s] of b.services) {
    const old = a.services.get(k);
    if (old && old.price !== s.price) priceChanges.push({ service: s.service, from: old.price, to: s.price });
  }

  const customers: CustomerDiff[] = [];
  const keys = new Set([...a.grid.keys(), ...b.grid.keys(), ...a.agreements.keys(), ...b.agreements.keys()]);
  for (const key of keys) {
    const name = b.grid.get(key)?.customer ?? b.agreements.get(key)?.[0]?.customer ?? a.grid.get(key)?.customer ?? a.agreements.get(key)?.[0]?.customer ?? key;
    const sa = includedServices(a, key);
    const sb = includedServices(b, key);
    const roles = setDiff(exclusions(a, key, 'excludedRoles'), exclusions(b, key, 'excludedRoles'));
    const wts = setDiff(exclusions(a, key, 'excludedWorkTypes'), exclusions(b, key, 'excludedWorkTypes'));
    const d: CustomerDiff = {
      customer: name,
      servicesAdded: [...sb].filter(([k]) => !sa.has(k)).map(([k, units]) => ({ service: serviceName(b, k), units })),
      servicesRemoved: [...sa.keys()].filter((k) => !sb.has(k)).map((k) => serviceName(a, k)),
      unitsChanged: [...sb].filter(([k, u]) => sa.has(k) && sa.get(k) !== u).map(([k, u]) => ({ service: serviceName(b, k), from: sa.get(k)!, to: u })),
      excludedRolesAdded: roles.added,
      excludedRolesRemoved: roles.removed,
      excludedWorkTypesAdded: wts.added,
      excludedWorkTypesRemoved: wts.removed,
    };
    const ta = a.agreements.get(key)?.[0];
    const tb = b.agreements.get(key)?.[0];
    if (nameKey(ta?.tier ?? '') !== nameKey(tb?.tier ?? '')) d.tier = { from: ta?.tier ?? null, to: tb?.tier ?? null };
    if ((ta?.monthlyTotal ?? null) !== (tb?.monthlyTotal ?? null)) d.monthlyTotal = { from: ta?.monthlyTotal ?? null, to: tb?.monthlyTotal ?? null };
    const changed =
      d.servicesAdded.length + d.servicesRemoved.length + d.unitsChanged.length + roles.added.length + roles.removed.length + wts.added.length + wts.removed.length > 0 ||
      d.tier !== undefined ||
      d.monthlyTotal !== undefined;
    if (changed) customers.push(d);
  }

  const oa = oneOffs(a);
  const ob = oneOffs(b);
  return {
    from: from.version,
    to: to.version,
    services: {
      added: [...b.services].filter(([k]) => !a.services.has(k)).map(([, s]) => s.service),
      removed: [...a.services].filter(([k]) => !b.services.has(k)).map(([, s]) => s.service),
      priceChanges,
    },
    customersAdded: [...b.grid.values()].filter((g) => !a.grid.has(g.key)).map((g) => g.customer),
    customersRemoved: [...a.grid.values()].filter((g) => !b.grid.has(g.key)).map((g) => g.customer),
    customers: customers.sort((x, y) => x.customer.localeCompare(y.customer)),
    oneOffs: { added: [...ob].filter(([k]) => !oa.has(k)).map(([, v]) => v), removed: [...oa].filter(([k]) => !ob.has(k)).map(([, v]) => v) },
  };
}

export type { CustomerDiff, GridDiff };
