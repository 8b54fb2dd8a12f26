/**
 * The server's GET /api/grid/diff answer as sentences a service manager reads: catalogue changes,
 * customers added/removed, each customer's services, units, exclusions, tier and monthly total, one-offs.
 */
import type { Change, GridDiff, OneOffText } from '../../core/api/grid-diff';
import { h } from './dom';
import { plain } from './format';

/** The server's answer; read defensively below (`?? []`) in case an older server leaves parts out. */
export type GridDiffView = GridDiff;

export function diffLines(d: GridDiffView): string[] {
  const out: string[] = [];
  const arrow = <T>(c: Change<T>) => `${plain(c.from)} → ${plain(c.to)}`;
  for (const s of d.services?.added ?? []) out.push(`New service: ${s}`);
  for (const s of d.services?.removed ?? []) out.push(`Service removed from the catalogue: ${s}`);
  for (const p of d.services?.priceChanges ?? []) out.push(`Price of ${p.service}: ${arrow(p)}`);
  for (const c of d.customersAdded ?? []) out.push(`New customer: ${c}`);
  for (const c of d.customersRemoved ?? []) out.push(`Customer removed: ${c}`);
  for (const c of d.customers ?? []) {
    const parts: string[] = [];
    for (const s of c.servicesAdded ?? []) parts.push(`+ ${s.service}${s.units !== null ? ` (${plain(s.units)})` : ''}`);
    for (const s of c.servicesRemoved ?? []) parts.push(`− ${s}`);
    for (const u of c.unitsChanged ?? []) parts.push(`${u.service} units ${arrow(u)}`);
    for (const r of c.excludedRolesAdded ?? []) parts.push(`now excludes role ${r}`);
    for (const r of c.excludedRolesRemoved ?? []) parts.push(`no longer excludes role ${r}`);
    for (const w of c.excludedWorkTypesAdded ?? []) parts.push(`now excludes work type ${w}`);
    for (const w of c.excludedWorkTypesRemoved ?? []) parts.push(`no longer excludes work type ${w}`);
    if (c.tier) parts.push(`tier ${arrow(c.tier)}`);
    if (c.monthlyTotal) parts.push(`monthly total ${arrow(c.monthlyTotal)}`);
    if (parts.length) out.push(`${c.customer}: ${parts.join('; ')}`);
  }
  const oneOff = (o: OneOffText) => `${o.customer}: ${o.kind} ${o.target}${o.value !== null ? ` (${plain(o.value)})` : ''}${o.start ? ` from ${o.start}` : ''}`;
  for (const o of d.oneOffs?.added ?? []) out.push(`One-off added — ${oneOff(o)}`);
  for (const o of d.oneOffs?.removed ?? []) out.push(`One-off removed — ${oneOff(o)}`);
  return out;
}

export function renderGridDiff(diff: unknown): HTMLElement {
  const d = diff as GridDiffView;
  if (!d || typeof d !== 'object' || typeof d.from !== 'number') return h('pre', { class: 'diff' }, JSON.stringify(diff, null, 2));
  const lines = diffLines(d);
  return h(
    'div',
    {},
    h('h3', {}, d.to === null ? `Published version ${d.from} → this workbook` : `Version ${d.from} → ${d.to}`),
    lines.length === 0 ? h('p', { class: 'empty' }, 'No differences.') : h('ul', { class: 'diff-lines' }, lines.map((l) => h('li', {}, l))),
  );
}
