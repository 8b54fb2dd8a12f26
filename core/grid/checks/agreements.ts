/** Agreements against the grid and the catalog: each active agreement has a grid row and vice versa, dates in order, names that exist. */
import { finding, type Finding } from '../../findings';
import { nameKey } from '../../names';
import { cellOf } from '../../workbook/parse-table';
import { agreementsOn } from '../model';
import type { CheckContext } from './context';
import { usable } from './context';

/** Agreement types that sell services, so their customer needs a grid row (a break-fix customer buys none). */
const SELLS_SERVICES = new Set(['managed', 'block_hours']);

export function checkAgreementCoverage(ctx: CheckContext): Finding[] {
  const { wb, model, asOf } = ctx;
  if (!usable(wb.Agreements) || !usable(wb.ServiceGrid)) return [];
  const out: Finding[] = [];
  for (const row of model.grid.values()) {
    if (agreementsOn(model, row.key, asOf).length > 0) continue;
    const all = model.agreements.get(row.key) ?? [];
    const ended = all.filter((a) => a.end !== undefined && a.end < asOf).map((a) => a.end as string).sort();
    const future = all.filter((a) => a.start !== undefined && a.start > asOf).map((a) => a.start).sort();
    const why = future.length > 0
      ? `its agreement starts on ${future[0]}`
      : ended.length > 0
        ? `its agreement ended on ${ended[ended.length - 1]}`
        : 'it has no row in Agreements';
    out.push(finding('error', 'grid_customer_without_agreement', row.cell,
      `"${row.customer}" has services in the grid but no agreement active on ${asOf} (${why})`));
  }
  const reported = new Set<string>();
  for (const list of model.agreements.values()) {
    for (const a of list) {
      if (reported.has(a.key) || !SELLS_SERVICES.has(a.type) || a.start === undefined) continue;
      if (!(a.start <= asOf && (a.end === undefined || asOf <= a.end))) continue;
      if (model.grid.has(a.key)) continue;
      reported.add(a.key);
      out.push(finding('error', 'agreement_without_grid_row', a.cell,
        `"${a.customer}" has an agreement active on ${asOf} but no row in ${wb.ServiceGrid.sheet}, so techs cannot see what it covers`));
    }
  }
  return out;
}

export function checkAgreementRows(ctx: CheckContext): Finding[] {
  const { wb, model } = ctx;
  const A = wb.Agreements;
  if (!usable(A)) return [];
  const out: Finding[] = [];
  const tiers = usable(wb.Tiers) ? model.tiers : null;
  const roles = usable(wb.Roles) ? model.roles : null;
  const workTypes = usable(wb.WorkTypes) ? model.workTypes : null;
  for (const a of A.rows) {
    const who = a.customer ? `"${a.customer}"` : 'This agreement';
    if (a.start !== undefined && a.end !== undefined && a.end < a.start) {
      out.push(finding('error', 'agreement_end_before_start', cellOf(A, a, 'end'),
        `${who}: agreement End ${a.end} is before its Start ${a.start}`));
    }
    if (tiers && a.tier && !tiers.has(nameKey(a.tier))) {
      out.push(finding('error', 'unknown_tier', cellOf(A, a, 'tier'),
        `${who}: tier "${a.tier}" is not in ${wb.Tiers.sheet} (known: ${[...tiers.values()].map((t) => t.tier).join(', ') || 'none'})`));
    }
    for (const role of roles ? a.excludedRoles ?? [] : []) {
      if (!roles!.has(nameKey(role))) {
        out.push(finding('error', 'unknown_excluded_role', cellOf(A, a, 'excludedRoles'),
          `${who}: excluded role "${role}" is not in ${wb.Roles.sheet}, so the exclusion matches no time entry`));
      }
    }
    for (const wt of workTypes ? a.excludedWorkTypes ?? [] : []) {
      if (!workTypes!.has(nameKey(wt))) {
        out.push(finding('error', 'unknown_excluded_work_type', cellOf(A, a, 'excludedWorkTypes'),
          `${who}: excluded work type "${wt}" is not in ${wb.WorkTypes.sheet}, so the exclusion matches no time entry`));
      }
    }
  }
  return out;
}
