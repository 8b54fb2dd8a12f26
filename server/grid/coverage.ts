/**
 * What the /grid page shows for a customer: its agreement on a date, the services it has (grid row after
 * Add/Remove Service one-offs), and what is excluded and why — the agreement's excluded roles and work
 * types, Always Excluded work types, Exclude/Cover one-offs — each with the cell it comes from.
 */
import { agreementsOn, buildGridModel, oneOffsOn, servicesOn } from '../../core/grid/model';
import { nameKey } from '../../core/names';
import type { SheetSource } from '../../core/workbook/parse-table';
import { parseWorkbook } from '../../core/workbook/parse-workbook';
import { ONE_OFF_KIND_LABEL } from '../../core/workbook/tables/grid';

export interface Reasoned {
  name: string;
  why: string;
  cell: string | null;
}

export interface CustomerCoverage {
  customer: string;
  agreement: { name: string | null; type: string; tier: string | null; start: string; end: string | null; monthlyTotal: number | null; cell: string } | null;
  services: { service: string; category: string | null; unit: string; units: number | null; why: string; cell: string | null }[];
  excluded: Reasoned[];
  covered: Reasoned[];
  nonBillable: Reasoned[];
}

const TYPE_LABEL: Record<string, string> = { managed: 'Managed', block_hours: 'Block Hours', tm: 'Time & Materials' };

export function customerCoverage(sources: readonly SheetSource[], query: string, date: string): CustomerCoverage[] {
  const wb = parseWorkbook(sources, { only: ['Services', 'Tiers', 'ServiceGrid', 'Agreements', 'OneOffs', 'Roles', 'WorkTypes'] });
  const m = buildGridModel(wb);
  const q = nameKey(query);
  const names = new Map<string, string>();
  for (const g of m.grid.values()) names.set(g.key, g.customer);
  for (const [k, list] of m.agreements) if (!names.has(k)) names.set(k, list[0].customer);
  const out: CustomerCoverage[] = [];
  for (const [key, customer] of [...names].sort((x, y) => x[1].localeCompare(y[1]))) {
    if (q && !key.includes(q)) continue;
    const a = agreementsOn(m, key, date)[0];
    const row = m.grid.get(key);
    const ones = oneOffsOn(m, key, date);
    const services = [...servicesOn(m, key, date)].map(([k, units]) => {
      const s = m.services.get(k);
      const added = ones.find((o) => o.kind === 'add_service' && nameKey(o.target) === k);
      return {
        service: s?.service ?? k,
        category: s?.category ?? null,
        unit: s?.unit ?? 'Flat',
        units,
        why: added ? `added by a one-off${added.note ? `: ${added.note}` : ''}` : 'in the services grid',
        cell: added?.cell ?? row?.services.get(k)?.cell ?? null,
      };
    });
    const excluded: Reasoned[] = [];
    const covered: Reasoned[] = [];
    if (a) {
      for (const r of a.excludedRoles) excluded.push({ name: r, why: 'role excluded by the agreement: billable', cell: a.cell });
      for (const w of a.excludedWorkTypes) excluded.push({ name: w, why: 'work type excluded by the agreement: billable', cell: a.cell });
      if (a.type === 'tm') excluded.push({ name: 'All work', why: 'Time & Materials agreement: every hour is billable', cell: a.cell });
    } else {
      excluded.push({ name: 'All work', why: `no agreement active on ${date}: every hour is billable`, cell: null });
    }
    for (const w of m.workTypes.values()) if (w.alwaysExcluded) excluded.push({ name: w.workType, why: 'work type is Always Excluded: billable under every agreement', cell: w.cell });
    for (const o of ones) {
      const label = ONE_OFF_KIND_LABEL[o.kind];
      const why = `${label} one-off${o.approvedBy ? ` approved by ${o.approvedBy}` : ''}${o.note ? `: ${o.note}` : ''}`;
      if (o.kind === 'exclude_role' || o.kind === 'exclude_work_type') excluded.push({ name: o.target, why, cell: o.cell });
      if (o.kind === 'cover_role' || o.kind === 'cover_work_type') covered.push({ name: o.target, why, cell: o.cell });
      if (o.kind === 'remove_service') excluded.push({ name: o.target, why: `service removed: ${why}`, cell: o.cell });
    }
    const nonBillable = [...m.workTypes.values()].filter((w) => w.nonBillable).map((w) => ({ name: w.workType, why: 'non-billable work type', cell: w.cell }));
    out.push({
      customer,
      agreement: a ? { name: a.agreement ?? null, type: TYPE_LABEL[a.type] ?? a.type, tier: a.tier ?? null, start: a.start, end: a.end ?? null, monthlyTotal: a.monthlyTotal ?? null, cell: a.cell } : null,
      services,
      excluded,
      covered,
      nonBillable,
    });
  }
  return out;
}
