/**
 * KPI: one metric of a month's KPIs for a resource, a team, or everyone. Metric names are the bonus
 * plans' contract names (DESIGN §4.5: `MTTR Hours`, `SLA Response %`…), matched like headers, plus a few
 * counts. Percentages are fractions, as in the KPIs sheet.
 */
import type { KpiResult } from '../../core/kpi';
import type { KpiSet } from '../../core/kpi/group';
import type { FinanceKpis } from '../../core/kpi/finance';
import { headerKey, nameKey } from '../../core/names';
import { FunctionArgError } from './argument-error';

type Pick = (k: KpiSet) => number | null;
const SET_METRICS: Record<string, Pick> = {
  'MTTR Hours': (k) => k.mttrMeanHours,
  'MTTR Median Hours': (k) => k.mttrMedianHours,
  'SLA Response %': (k) => k.slaResponse,
  'SLA Resolution %': (k) => k.slaResolution,
  'CSAT %': (k) => k.csat.positive,
  'FCR %': (k) => k.fcr,
  'Reopen %': (k) => k.reopenRate,
  'Escalation %': (k) => k.escalationRate,
  'Utilization %': (k) => k.utilization,
  'Billable Utilization %': (k) => k.billableUtilization,
  'Reactive Hours per Endpoint': (k) => k.reactiveHoursPerEndpoint,
  'Backlog per Tech': (k) => k.backlogPerTech,
  'Open Tickets': (k) => k.openTickets,
  'Resolved Tickets': (k) => k.resolvedTickets,
  'Hours Worked': (k) => k.hoursWorked,
};
const FINANCE_METRICS: Record<string, (f: FinanceKpis) => number | null> = {
  'DSO Days': (f) => f.dsoDays,
  'Invoice Runs': (f) => f.invoiceRuns,
  'Billing Response Hours': (f) => f.billingResponseHours,
};
export const KPI_METRIC_NAMES = [...Object.keys(SET_METRICS), ...Object.keys(FINANCE_METRICS)];

const byKey = <T>(m: Record<string, T>) => new Map(Object.entries(m).map(([k, v]) => [headerKey(k), [k, v] as const]));
const SET_BY_KEY = byKey(SET_METRICS);
const FINANCE_BY_KEY = byKey(FINANCE_METRICS);

export function kpiValue(result: KpiResult, metric: string, resource: string | undefined): number {
  const key = headerKey(metric);
  const fin = FINANCE_BY_KEY.get(key);
  const set = SET_BY_KEY.get(key);
  if (!fin && !set) throw new FunctionArgError(`unknown metric "${metric}" (known: ${KPI_METRIC_NAMES.join(', ')})`);
  let value: number | null;
  let label = metric;
  if (fin) {
    if (resource !== undefined) throw new FunctionArgError(`${fin[0]} is a company figure (Finance); leave resource empty`);
    value = fin[1](result.overall);
    label = fin[0];
  } else {
    const who = resource === undefined ? result.overall : findGroup(result, resource);
    value = set![1](who);
    label = set![0];
  }
  if (value === null) {
    throw new FunctionArgError(`${label} is N/A for ${resource ?? 'everyone'} in ${result.month} (nothing to measure)`, 'notAvailable');
  }
  return value;
}

function findGroup(result: KpiResult, name: string): KpiSet {
  const k = nameKey(name);
  const person = result.resources.find((r) => nameKey(r.resource) === k);
  if (person) return person;
  const team = result.teams.find((t) => nameKey(t.team) === k);
  if (team) return team;
  throw new FunctionArgError(`no resource or team named "${name}" in ${result.month}`);
}
