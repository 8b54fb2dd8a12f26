/**
 * `computeKpis(wb, { month, asOf })`: DESIGN §4.4 per resource, per team and overall for one month,
 * with each KPI's definition, the Finance KPIs and the intake snapshot as of T. Without a month, the
 * month of asOf (or of the latest ticket) is used.
 */
import { zoneClock } from '../calendar/zone';
import type { Finding } from '../findings';
import { inputFindings } from '../sla/input-findings';
import { resolveAsOf } from '../sla/compute';
import { analyzeTickets } from '../sla/analyze';
import { requireTables, type Workbook } from '../workbook/parse-workbook';
import { buildKpiContext } from './context';
import { KPI_DEFINITIONS } from './definitions';
import { financeKpis, type FinanceKpis } from './finance';
import { groupKpis, type KpiSet } from './group';
import { intakeSnapshot, type IntakeSnapshot } from './intake';

export interface KpiOptions {
  month?: string;
  asOf?: string | number;
}

export interface KpiResult {
  findings: Finding[];
  month: string;
  asOf: string;
  timeZone: string;
  definitions: typeof KPI_DEFINITIONS;
  overall: KpiSet & FinanceKpis;
  teams: ({ team: string; members: string[] } & KpiSet)[];
  resources: ({ resource: string; team: string | null } & KpiSet)[];
  intake: IntakeSnapshot;
}

export const KPI_TABLES = ['Tickets', 'TicketEvents', 'SLA', 'Calendar', 'Holidays', 'Agreements', 'TimeEntries', 'WorkTypes', 'Employees', 'Finance', 'ServiceGrid', 'Services'] as const;

export function computeKpis(wb: Workbook, options: KpiOptions = {}): KpiResult {
  const findings: Finding[] = [...requireTables(wb, ['Tickets', 'Calendar']), ...inputFindings(wb, KPI_TABLES)];
  const clock = zoneClock(wb.settings.timeZone);
  const asOf = resolveAsOf(options.asOf, wb.settings.timeZone, findings);
  const month = options.month ?? clock.localDate(asOf ?? analyzeTickets(wb, null, clock).asOf).slice(0, 7);
  const ctx = buildKpiContext(wb, month, asOf);
  findings.push(...ctx.findings.filter((f) => f.code !== 'empty_calendar' || wb.Calendar.present));
  const teams = [...ctx.teams.values()].map((members) => ({ team: members[0].team!, members: members.map((m) => m.name), ...groupKpis(ctx, members) }));
  const resources = [...ctx.people.values()].map((p) => ({ resource: p.name, team: p.team, ...groupKpis(ctx, [p]) }));
  return {
    findings,
    month,
    asOf: clock.format(ctx.asOf),
    timeZone: clock.zone,
    definitions: KPI_DEFINITIONS,
    overall: { ...groupKpis(ctx, null), ...financeKpis(month, ctx.finance) },
    teams,
    resources,
    intake: intakeSnapshot(ctx),
  };
}
