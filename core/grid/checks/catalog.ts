/** Hygiene of the catalog (seed 000): no zero-priced bundled services, a rate for every role, a short list of billable work types. */
import { finding, type Finding } from '../../findings';
import { nameKey } from '../../names';
import { cellOf } from '../../workbook/parse-table';
import type { CheckContext } from './context';
import { usable } from './context';

/** Seed 000: Standard, Contract Exclusion, Taxable and one more are all a PSA needs. */
export const MAX_BILLABLE_WORK_TYPES = 4;

function includedIn(ctx: CheckContext, serviceKey: string): number {
  let n = 0;
  for (const row of ctx.model.grid.values()) if (row.services.get(serviceKey)?.included) n++;
  for (const tier of ctx.model.tiers.values()) if (tier.services.get(serviceKey)?.included) n++;
  return n;
}

export function checkZeroPrices(ctx: CheckContext): Finding[] {
  const S = ctx.wb.Services;
  if (!usable(S)) return [];
  const out: Finding[] = [];
  for (const s of S.rows) {
    if (s.price !== 0 || s.active === false || !s.service) continue;
    const n = includedIn(ctx, nameKey(s.service));
    out.push(finding('warning', 'zero_price_service', cellOf(S, s, 'price'),
      `Service "${s.service}" has price 0${n > 0 ? ` and is included in ${n} grid/tier row(s)` : ''}: ` +
        'a bundled line hides its profitability; give it its own price'));
  }
  return out;
}

export function checkRoleRates(ctx: CheckContext): Finding[] {
  const R = ctx.wb.Roles;
  if (!usable(R)) return [];
  const out: Finding[] = [];
  for (const r of R.rows) {
    // A rate that is not a number is already an invalid_value finding; blank and 0 are reported here.
    const blank = r.rate === undefined && r.errors?.rate !== undefined && /required/.test(r.errors.rate);
    if (!blank && r.rate !== 0) continue;
    out.push(finding('warning', 'role_without_rate', cellOf(R, r, 'rate'),
      `Role "${r.role ?? ''}" has no hourly rate: billable work in this role would be invoiced at 0`));
  }
  return out;
}

export function checkWorkTypeCount(ctx: CheckContext): Finding[] {
  const W = ctx.wb.WorkTypes;
  if (!usable(W)) return [];
  const seen = new Set<string>();
  const billable = W.rows.filter((w) => {
    if (!w.workType || w.nonBillable) return false;
    const k = nameKey(w.workType);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (billable.length <= MAX_BILLABLE_WORK_TYPES) return [];
  const extra = billable[MAX_BILLABLE_WORK_TYPES];
  return [finding('warning', 'too_many_billable_work_types', cellOf(W, extra, 'workType'),
    `${billable.length} billable work types (${billable.map((w) => w.workType).join(', ')}); keep at most ` +
      `${MAX_BILLABLE_WORK_TYPES} (Standard, Contract Exclusion, Taxable…) and move rate differences to roles`)];
}
