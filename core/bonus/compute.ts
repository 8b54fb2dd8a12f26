/**
 * `computeBonus(wb, { month })` — DESIGN §4.5. Per employee: each metric's actual (team metrics over the
 * employee's Team, utilization over the employee, Finance metrics from the month's row), attainment
 * (weighted, zeroed by a missed gate), then
 *   share    = pool × split fraction × attainment   (split: Equal, by Hours logged, or by Monthly Base)
 *   prorated = share × days employed ÷ days in month (what proration removes is not redistributed)
 *   payout   = min(prorated, Cap × Monthly Base), the excess reported as withheld, rounded to cents half-up.
 * A metric with an N/A actual counts as missed and says why.
 */
import { finding, type Finding } from '../findings';
import { buildKpiContext, type KpiContext, type Person } from '../kpi/context';
import { financeKpis } from '../kpi/finance';
import { groupKpis, type KpiSet } from '../kpi/group';
import { daysWithin } from '../kpi/month';
import { nameKey } from '../names';
import { inputFindings } from '../sla/input-findings';
import { daysInMonth } from '../workbook/dates';
import { cellOf, headerCell } from '../workbook/parse-table';
import { requireTables, type Workbook } from '../workbook/parse-workbook';
import type { Direction, EmployeeRow, Mode, PoolBasis, Split } from '../workbook/tables';
import type { Row } from '../workbook/parse-table';
import { attainment, goalMet } from './attainment';
import { roundCents } from './money';
import { readPlans, type Plan } from './plans';

export interface BonusMetricResult {
  metric: string;
  cell: string;
  actual: number | null;
  goal: number;
  direction: Direction;
  mode: Mode;
  threshold: number | null;
  stretch: number | null;
  gate: boolean;
  /** Normalised weight (the plan's weights sum to 1). */
  weight: number;
  attainment: number;
  met: boolean;
  /** This metric's part of the employee's payout (weight × attainment share; 0 when a gate is missed). */
  payout: number;
  note: string | null;
}

export interface BonusEmployee {
  employee: string;
  cell: string;
  plan: string | null;
  team: string | null;
  monthlyBase: number | null;
  metrics: BonusMetricResult[];
  attainment: number;
  gateMissed: boolean;
  pool: number;
  splitFraction: number;
  /** pool × split fraction × attainment, before proration and cap. */
  share: number;
  daysEmployed: number;
  prorationFactor: number;
  capped: boolean;
  capAmount: number | null;
  withheld: number;
  payout: number;
  /** payout ÷ Monthly Base as a fraction (0.25 = 25 %); seed 002's 20–30 % target is shown, not enforced. */
  percentOfBase: number | null;
  notes: string[];
}

export interface BonusPlanResult {
  plan: string;
  poolBasis: PoolBasis;
  poolRate: number;
  basisAmount: number | null;
  pool: number;
  split: Split;
  cap: number | null;
  employees: string[];
  payout: number;
  withheld: number;
}

export interface BonusResult {
  findings: Finding[];
  month: string;
  currency: string;
  employees: BonusEmployee[];
  plans: BonusPlanResult[];
}

const round = (n: number, places = 6) => Math.round(n * 10 ** places) / 10 ** places;

function poolOf(plan: Plan, ctx: KpiContext): { basis: number | null; pool: number; note: string | null } {
  if (plan.poolBasis === 'Fixed') return { basis: null, pool: plan.poolRate, note: null };
  const basis = plan.poolBasis === 'Managed Revenue' ? ctx.finance?.managedRevenue : ctx.finance?.projectRevenue;
  if (basis === undefined) return { basis: null, pool: 0, note: `no ${plan.poolBasis} for ${ctx.month} in Finance: the pool is 0` };
  return { basis, pool: plan.poolRate * basis, note: null };
}

export function computeBonus(wb: Workbook, options: { month: string }): BonusResult {
  const { month } = options;
  const findings: Finding[] = [
    ...requireTables(wb, ['Employees', 'BonusPlans']),
    ...inputFindings(wb, ['Employees', 'BonusPlans', 'Finance', 'Tickets', 'TicketEvents', 'SLA', 'Calendar', 'Holidays', 'TimeEntries']),
  ];
  const ctx = buildKpiContext(wb, month, undefined);
  findings.push(...ctx.findings.filter((f) => f.code !== 'empty_calendar' || wb.Calendar.present));
  if (!ctx.finance) {
    findings.push(finding('error', 'no_finance_row', wb.Finance.present ? headerCell(wb.Finance, 'month') : null,
      `Finance has no row for ${month}: revenue pools are 0 and DSO, Invoice Runs and Billing Response Hours are N/A`));
  }
  const { plans, findings: planFindings } = readPlans(wb.BonusPlans);
  findings.push(...planFindings);
  const finance = financeKpis(month, ctx.finance);
  const dim = daysInMonth(month);
  const E = wb.Employees;

  // Team KPI sets, computed once per team (an employee without a Team is a team of one).
  const teamSets = new Map<string, KpiSet>();
  const teamSet = (p: Person): KpiSet => {
    const key = p.team ? `team:${nameKey(p.team)}` : `self:${p.key}`;
    let set = teamSets.get(key);
    if (!set) {
      set = groupKpis(ctx, p.team ? ctx.teams.get(nameKey(p.team)) ?? [p] : [p]);
      teamSets.set(key, set);
    }
    return set;
  };

  /** exact: unrounded weight and attainment per metric, for the arithmetic (the output shows rounded ones). */
  interface Draft { out: BonusEmployee; plan: Plan | undefined; row: Row<EmployeeRow>; hours: number; exact: { w: number; a: number }[] }
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const r of E.rows) {
    if (!r.employee) continue;
    const key = nameKey(r.employee);
    if (seen.has(key)) continue; // duplicate_employee reported by the KPI context
    seen.add(key);
    const person = ctx.people.get(key)!;
    const plan = r.plan ? plans.get(nameKey(r.plan)) : undefined;
    const notes: string[] = [];
    if (r.plan && !plan) {
      findings.push(finding('error', 'unknown_plan', cellOf(E, r, 'plan'), `Employee ${r.employee} is on plan ${JSON.stringify(r.plan)}, which BonusPlans does not define; no bonus computed`));
      notes.push(`plan ${r.plan} is not in BonusPlans`);
    } else if (!r.plan) notes.push('on no plan');
    const daysEmployed = daysWithin(month, r.start, r.end).length;
    const own = groupKpis(ctx, [person]);
    const team = teamSet(person);
    const exact: { w: number; a: number }[] = [];
    const metrics: BonusMetricResult[] = (plan?.metrics ?? []).map((m) => {
      const set = m.def?.scope === 'employee' ? own : team;
      const actual = m.def ? m.def.actual(set, finance) : null;
      const rule = { goal: m.row.goal, direction: m.direction, mode: m.row.mode ?? 'Step', threshold: m.row.threshold, stretch: m.row.stretch };
      exact.push({ w: m.weight, a: attainment(actual, rule) });
      const note = !m.def ? 'not a bonus metric: counted as missed' : actual === null ? `${m.def.whyNa(set, finance, month)}; counted as missed` : null;
      return {
        metric: m.name,
        cell: m.cell,
        actual: actual === null ? null : round(actual),
        goal: m.row.goal,
        direction: m.direction,
        mode: rule.mode,
        threshold: m.row.threshold ?? null,
        stretch: m.row.stretch ?? null,
        gate: m.row.gate ?? false,
        weight: round(m.weight),
        attainment: round(attainment(actual, rule)),
        met: actual !== null && goalMet(actual, m.row.goal, m.direction),
        payout: 0,
        note,
      };
    });
    const gateMissed = metrics.some((m) => m.gate && !m.met);
    const weighted = exact.reduce((a, m) => a + m.w * m.a, 0);
    const base = r.monthlyBase ?? null;
    if (base === null) notes.push('Monthly Base is missing or invalid: no bonus computed');
    if (gateMissed) notes.push(`gate missed: ${metrics.filter((m) => m.gate && !m.met).map((m) => m.metric).join(', ')}`);
    if (daysEmployed === 0) notes.push(`not employed in ${month}`);
    drafts.push({
      row: r,
      plan,
      hours: own.hoursWorked,
      exact,
      out: {
        employee: r.employee,
        cell: cellOf(E, r, 'employee'),
        plan: plan?.name ?? r.plan ?? null,
        team: r.team ?? null,
        monthlyBase: base,
        metrics,
        attainment: gateMissed ? 0 : weighted,
        gateMissed,
        pool: 0,
        splitFraction: 0,
        share: 0,
        daysEmployed,
        prorationFactor: daysEmployed / dim,
        capped: false,
        capAmount: null,
        withheld: 0,
        payout: 0,
        percentOfBase: null,
        notes,
      },
    });
  }

  const planResults: BonusPlanResult[] = [];
  for (const plan of plans.values()) {
    // An employee with an unreadable base keeps their place in the split (others are not paid more) but is paid nothing.
    const members = drafts.filter((d) => d.plan === plan && d.out.daysEmployed > 0);
    const { basis, pool, note } = poolOf(plan, ctx);
    const weights = members.map((d) => (plan.split === 'Hours' ? d.hours : plan.split === 'Base' ? d.out.monthlyBase ?? 0 : 1));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    if (members.length > 0 && totalWeight === 0 && plan.split !== 'Equal') {
      findings.push(finding('warning', 'empty_split', plan.cell, `Plan ${plan.name} splits by ${plan.split}, but its employees have none in ${month}: nothing is paid`));
    }
    let paid = 0;
    let withheldTotal = 0;
    members.forEach((d, i) => {
      const o = d.out;
      if (note) o.notes.push(note);
      o.pool = roundCents(pool);
      o.splitFraction = totalWeight > 0 ? weights[i] / totalWeight : 0;
      const share = o.monthlyBase === null ? 0 : pool * o.splitFraction * o.attainment;
      const prorated = share * o.prorationFactor;
      let amount = prorated;
      if (plan.cap !== undefined && o.monthlyBase !== null) {
        o.capAmount = roundCents(plan.cap * o.monthlyBase!);
        if (prorated > plan.cap * o.monthlyBase!) {
          amount = plan.cap * o.monthlyBase!;
          o.capped = true;
          o.withheld = roundCents(prorated - amount);
        }
      }
      o.share = roundCents(share);
      o.payout = roundCents(amount);
      o.percentOfBase = o.monthlyBase !== null && o.monthlyBase > 0 ? round(o.payout / o.monthlyBase, 4) : null;
      const contribution = d.exact.reduce((a, m) => a + m.w * m.a, 0);
      o.metrics.forEach((m, j) => {
        m.payout = o.gateMissed || contribution === 0 ? 0 : roundCents((o.payout * d.exact[j].w * d.exact[j].a) / contribution);
      });
      paid += o.payout;
      withheldTotal += o.withheld;
    });
    planResults.push({
      plan: plan.name,
      poolBasis: plan.poolBasis,
      poolRate: plan.poolRate,
      basisAmount: basis,
      pool: roundCents(pool),
      split: plan.split,
      cap: plan.cap ?? null,
      employees: members.map((d) => d.out.employee),
      payout: roundCents(paid),
      withheld: roundCents(withheldTotal),
    });
  }
  for (const d of drafts) d.out.attainment = round(d.out.attainment);
  return { findings, month, currency: wb.settings.currency, employees: drafts.map((d) => d.out), plans: planResults };
}
