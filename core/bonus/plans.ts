/**
 * BonusPlans rows grouped into plans. A plan's rows repeat the same pool columns (Pool Basis, Pool Rate,
 * Split, Cap): the first row's are used and a differing row is reported. A blank Weight is an equal
 * share: 1 when no row of the plan has a weight, else the mean of the weights given. Weights are then
 * normalised to sum to 1.
 */
import { finding, type Finding } from '../findings';
import { nameKey } from '../names';
import { cellOf, type ParsedTable, type Row } from '../workbook/parse-table';
import type { BonusPlanRow, Direction, PoolBasis, Split } from '../workbook/tables';
import { findMetric, type MetricDef } from './metrics';

export interface PlanMetric {
  row: Row<BonusPlanRow>;
  cell: string;
  name: string;
  /** Undefined when the name is not a known metric (counted as missed). */
  def: MetricDef | undefined;
  direction: Direction;
  weight: number;
}

export interface Plan {
  key: string;
  name: string;
  cell: string;
  poolBasis: PoolBasis;
  poolRate: number;
  split: Split;
  cap: number | undefined;
  metrics: PlanMetric[];
}

export function readPlans(table: ParsedTable<BonusPlanRow>): { plans: Map<string, Plan>; findings: Finding[] } {
  const findings: Finding[] = [];
  const grouped = new Map<string, Row<BonusPlanRow>[]>();
  for (const r of table.rows) {
    if (!r.plan) continue; // missing_value finding already given
    const key = nameKey(r.plan);
    grouped.set(key, [...(grouped.get(key) ?? []), r]);
  }
  const plans = new Map<string, Plan>();
  for (const [key, rows] of grouped) {
    const usable = rows.filter((r) => r.metric !== undefined && r.goal !== undefined && !r.errors?.goal && !r.errors?.direction && !r.errors?.mode);
    const head = rows.find((r) => r.poolBasis !== undefined && r.poolRate !== undefined) ?? rows[0];
    for (const r of rows) {
      if (r === head) continue;
      const differs = (['poolBasis', 'poolRate', 'split', 'cap'] as const).filter((k) => r[k] !== undefined && head[k] !== undefined && r[k] !== head[k]);
      if (differs.length > 0) {
        findings.push(finding('warning', 'plan_pool_differs', cellOf(table, r, differs[0]),
          `Plan ${r.plan}: this row's pool columns differ from ${cellOf(table, head, 'plan')}; the first row's are used`));
      }
    }
    const given = usable.filter((r) => r.weight !== undefined).map((r) => r.weight!);
    const blank = given.length > 0 ? given.reduce((a, b) => a + b, 0) / given.length : 1;
    const raw = usable.map((r) => r.weight ?? blank);
    const total = raw.reduce((a, b) => a + b, 0);
    const metrics: PlanMetric[] = usable.map((r, i) => {
      const def = findMetric(r.metric);
      if (!def) {
        findings.push(finding('error', 'unknown_metric', cellOf(table, r, 'metric'),
          `Plan ${r.plan}: ${JSON.stringify(r.metric)} is not a bonus metric; it counts as missed (known: MTTR Hours, SLA Response %, SLA Resolution %, CSAT %, FCR %, Reopen %, Escalation %, Utilization %, Billable Utilization %, Reactive Hours per Endpoint, Backlog per Tech, DSO Days, Invoice Runs, Billing Response Hours)`));
      }
      return {
        row: r,
        cell: cellOf(table, r, 'metric'),
        name: def?.name ?? r.metric,
        def,
        direction: r.direction ?? def?.direction ?? 'at_least',
        weight: total > 0 ? raw[i] / total : 1 / usable.length,
      };
    });
    if (head.poolBasis === undefined || head.poolRate === undefined) continue; // parse findings already given
    plans.set(key, {
      key,
      name: head.plan,
      cell: cellOf(table, head, 'plan'),
      poolBasis: head.poolBasis,
      poolRate: head.poolRate,
      split: head.split ?? 'Equal',
      cap: head.cap,
      metrics,
    });
  }
  return { plans, findings };
}
