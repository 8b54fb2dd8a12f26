/**
 * The bonus metric catalogue (DESIGN §4.5, contract names matched case- and space-insensitively): where
 * each actual comes from and its default direction. Team metrics are computed over the employee's Team,
 * utilization over the employee, the rest from the month's Finance row.
 */
import { nameKey } from '../names';
import type { FinanceKpis } from '../kpi/finance';
import type { KpiSet } from '../kpi/group';
import type { Direction } from '../workbook/tables';

export type MetricScope = 'team' | 'employee' | 'finance';

export interface MetricDef {
  name: string;
  scope: MetricScope;
  direction: Direction;
  /** The actual, or null with the reason it is N/A. */
  actual(set: KpiSet, finance: FinanceKpis): number | null;
  /** Why the actual is N/A (only called when it is). */
  whyNa(set: KpiSet, finance: FinanceKpis, month: string): string;
}

const noResolved = (s: KpiSet, _f: FinanceKpis, month: string) => `N/A: no tickets resolved in ${month}`;
const noSla = (_s: KpiSet, _f: FinanceKpis, month: string) => `N/A: no SLA clock met or missed in ${month}`;
const noFinance = (label: string) => (_s: KpiSet, _f: FinanceKpis, month: string) => `N/A: no ${label} in the Finance row for ${month}`;
const noCapacity = () => 'N/A: no working capacity this month (no working days employed, or no Calendar)';

export const METRICS: MetricDef[] = [
  { name: 'MTTR Hours', scope: 'team', direction: 'at_most', actual: (s) => s.mttrMeanHours, whyNa: noResolved },
  { name: 'SLA Response %', scope: 'team', direction: 'at_least', actual: (s) => s.slaResponse, whyNa: noSla },
  { name: 'SLA Resolution %', scope: 'team', direction: 'at_least', actual: (s) => s.slaResolution, whyNa: noSla },
  {
    name: 'CSAT %', scope: 'team', direction: 'at_least', actual: (s) => s.csat.positive,
    whyNa: (s) => `N/A: ${s.csat.answered} CSAT answer(s), fewer than the minimum sample of ${s.csat.minimumSample}`,
  },
  { name: 'FCR %', scope: 'team', direction: 'at_least', actual: (s) => s.fcr, whyNa: noResolved },
  { name: 'Reopen %', scope: 'team', direction: 'at_most', actual: (s) => s.reopenRate, whyNa: noResolved },
  { name: 'Escalation %', scope: 'team', direction: 'at_most', actual: (s) => s.escalationRate, whyNa: noResolved },
  { name: 'Utilization %', scope: 'employee', direction: 'at_least', actual: (s) => s.utilization, whyNa: noCapacity },
  { name: 'Billable Utilization %', scope: 'employee', direction: 'at_least', actual: (s) => s.billableUtilization, whyNa: noCapacity },
  {
    name: 'Reactive Hours per Endpoint', scope: 'team', direction: 'at_most', actual: (s) => s.reactiveHoursPerEndpoint,
    whyNa: () => 'N/A: no Device, Server or Workstation units on the services grid',
  },
  { name: 'Backlog per Tech', scope: 'team', direction: 'at_most', actual: (s) => s.backlogPerTech, whyNa: () => 'N/A: nobody in the team' },
  { name: 'DSO Days', scope: 'finance', direction: 'at_most', actual: (_s, f) => f.dsoDays, whyNa: noFinance('AR Balance and Credit Sales (above 0)') },
  { name: 'Invoice Runs', scope: 'finance', direction: 'at_least', actual: (_s, f) => f.invoiceRuns, whyNa: noFinance('Invoice Runs') },
  { name: 'Billing Response Hours', scope: 'finance', direction: 'at_most', actual: (_s, f) => f.billingResponseHours, whyNa: noFinance('Billing Issue Response Hours') },
];

const BY_KEY = new Map(METRICS.map((m) => [nameKey(m.name), m]));

export function findMetric(name: string): MetricDef | undefined {
  return BY_KEY.get(nameKey(name));
}
