/**
 * Service profitability per customer × service (seed 000: one service per line shows which service in
 * the agreement loses money): grid revenue over the checked months against the cost of the covered
 * work that named the service, and the effective hourly rate (revenue ÷ covered hours).
 * Decisions: the period is the set of months holding valid entries; a month's services, units and
 * prices are those in force on its first day (Add/Remove Service and Price Override one-offs included);
 * units left blank ("Y") count as one. Covered work naming no service gets a row with service null.
 */
import { activeOn, servicesOn } from '../grid/model';
import { findRule, type InvoiceLookups } from './lookups';
import type { EntryResult, ServiceSummary } from './types';

interface Acc {
  customer: string;
  service: string | null;
  units: number | null;
  revenueCents: number;
  covered: number;
  costCents: number;
}

export function summarizeServices(entries: readonly EntryResult[], lookups: InvoiceLookups): ServiceSummary[] {
  const model = lookups.model;
  // Distinct dates first (no substring per entry), then their months.
  const dates = new Set<string>();
  for (const e of entries) if (e.outcome !== 'invalid' && e.date) dates.add(e.date);
  const months = new Set<string>([...dates].map((d) => d.slice(0, 7)));
  const rows = new Map<string, Map<string | null, Acc>>();
  const acc = (customerKey: string, customer: string, serviceKey: string | null, service: string | null): Acc => {
    let byService = rows.get(customerKey);
    if (!byService) rows.set(customerKey, (byService = new Map()));
    let a = byService.get(serviceKey);
    if (!a) byService.set(serviceKey, (a = { customer, service, units: null, revenueCents: 0, covered: 0, costCents: 0 }));
    return a;
  };

  const customers = new Set<string>([...model.grid.keys(), ...model.agreements.keys()]);
  for (const customerKey of customers) {
    const name = model.agreements.get(customerKey)?.[0].customer ?? model.grid.get(customerKey)!.customer;
    for (const month of months) {
      const first = `${month}-01`;
      if (!(model.agreements.get(customerKey) ?? []).some((a) => a.start !== undefined && activeOn(a, first)) && !model.grid.has(customerKey)) continue;
      const day = lookups.day(customerKey, first);
      for (const [serviceKey, units] of servicesOn(model, customerKey, first)) {
        const service = model.services.get(serviceKey);
        const a = acc(customerKey, name, serviceKey, service?.service ?? serviceKey);
        const override = findRule(day, 'price_override', serviceKey);
        const price = override?.row.value ?? service?.price ?? 0;
        a.units = units;
        a.revenueCents += Math.round((units ?? 1) * price * 100);
      }
    }
  }
  for (const e of entries) {
    if (e.coveredHours <= 0 && e.cost <= 0) continue;
    const serviceKey = e.service ? lookups.key(e.service) : null;
    const service = serviceKey ? model.services.get(serviceKey)?.service ?? e.service : null;
    const a = acc(lookups.key(e.customer), e.customer, serviceKey, service);
    a.covered += Math.round(e.coveredHours * 1e6);
    a.costCents += Math.round(e.cost * 100);
  }
  return [...rows.values()].flatMap((byService) => [...byService.values()])
    .map((a) => {
      const revenue = a.revenueCents / 100;
      const coveredHours = a.covered / 1e6;
      return {
        customer: a.customer,
        service: a.service,
        months: months.size,
        units: a.units,
        revenue,
        coveredHours,
        coveredCost: a.costCents / 100,
        margin: (a.revenueCents - a.costCents) / 100,
        effectiveHourlyRate: coveredHours > 0 ? Math.round((revenue / coveredHours) * 100) / 100 : null,
      };
    })
    .sort((x, y) => (x.customer === y.customer ? String(x.service ?? '').localeCompare(String(y.service ?? '')) : x.customer < y.customer ? -1 : 1));
}
