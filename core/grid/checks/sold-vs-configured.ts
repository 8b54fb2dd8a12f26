/**
 * "Sold ≠ configured" (seed 000): the grid row must match its agreement's tier unless a one-off says
 * why, and the grid's monthly value must match the agreement's Monthly Total.
 */
import { finding, type Finding } from '../../findings';
import { nameKey } from '../../names';
import { cellOf } from '../../workbook/parse-table';
import { agreementsOn, type GridRowModel } from '../model';
import { monthlyValue } from '../monthly-value';
import type { CheckContext } from './context';
import { usable } from './context';

const money = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A one-off of that kind for the customer and service that has not ended before asOf. */
function explained(ctx: CheckContext, customerKey: string, kind: 'add_service' | 'remove_service', serviceKey: string): boolean {
  return (ctx.model.oneOffs.get(customerKey) ?? []).some(
    (o) => o.kind === kind && o.target !== undefined && nameKey(o.target) === serviceKey && (o.end === undefined || o.end >= ctx.asOf),
  );
}

function tierDifferences(ctx: CheckContext, row: GridRowModel): Finding[] {
  const { model, asOf } = ctx;
  const agreement = agreementsOn(model, row.key, asOf).find((a) => a.tier && model.tiers.has(nameKey(a.tier)));
  if (!agreement) return [];
  const tier = model.tiers.get(nameKey(agreement.tier!))!;
  const knownService = (k: string) => !usable(ctx.wb.Services) || model.services.has(k);
  const serviceName = (k: string) => model.services.get(k)?.service ?? k;
  const out: Finding[] = [];
  for (const [k, v] of row.services) {
    if (!v.included || !knownService(k) || tier.services.get(k)?.included) continue;
    if (explained(ctx, row.key, 'add_service', k)) continue;
    out.push(finding('error', 'grid_differs_from_tier', v.cell,
      `"${row.customer}" has ${serviceName(k)} added: tier ${tier.tier} does not include it and no Add Service one-off explains it`));
  }
  for (const [k, v] of tier.services) {
    if (!v.included || !knownService(k) || row.services.get(k)?.included) continue;
    if (explained(ctx, row.key, 'remove_service', k)) continue;
    out.push(finding('error', 'grid_differs_from_tier', row.services.get(k)?.cell ?? row.cell,
      `"${row.customer}" is missing ${serviceName(k)}: tier ${tier.tier} includes it and no Remove Service one-off explains it`));
  }
  return out;
}

function totalMismatch(ctx: CheckContext, row: GridRowModel): Finding[] {
  const { model, asOf, wb } = ctx;
  const priced = agreementsOn(model, row.key, asOf).filter((a) => a.monthlyTotal !== undefined);
  if (priced.length === 0 || !usable(wb.Services)) return [];
  const sold = priced.reduce((s, a) => s + (a.monthlyTotal ?? 0), 0);
  const { total } = monthlyValue(model, row.key, asOf);
  if (Math.abs(total - sold) <= 0.01 + 1e-9) return [];
  return [finding('error', 'monthly_total_mismatch', cellOf(wb.Agreements, priced[0], 'monthlyTotal'),
    `"${row.customer}": the grid is worth ${money(total)} a month (Σ units × price after price overrides) ` +
      `but the agreement's Monthly Total is ${money(sold)} (difference ${money(total - sold)})`)];
}

export function checkSoldVsConfigured(ctx: CheckContext): Finding[] {
  if (!usable(ctx.wb.ServiceGrid) || !usable(ctx.wb.Agreements)) return [];
  const out: Finding[] = [];
  const withTiers = usable(ctx.wb.Tiers);
  for (const row of ctx.model.grid.values()) {
    if (withTiers) out.push(...tierDifferences(ctx, row));
    out.push(...totalMismatch(ctx, row));
  }
  return out;
}
