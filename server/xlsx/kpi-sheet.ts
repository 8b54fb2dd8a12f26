/** The "KPIs" result sheet: overall, each team and each resource on a row, then each KPI's definition. */
import type ExcelJS from 'exceljs';
import type { KpiResult, KpiSet } from '../../core/kpi';
import { addResultSheet } from './write-sheet';

const HEADER = ['Scope', 'Name', 'Utilization', 'Billable Utilization', 'MTTR Mean h', 'MTTR Median h', 'SLA Response', 'SLA Resolution', 'FCR', 'Reopen', 'Escalation', 'CSAT Positive', 'CSAT Answers', 'CSAT Wilson Lower', 'Reactive h / Endpoint', 'Open Tickets', 'Backlog / Tech'];
const PERCENT = ['Utilization', 'Billable Utilization', 'SLA Response', 'SLA Resolution', 'FCR', 'Reopen', 'Escalation', 'CSAT Positive', 'CSAT Wilson Lower'];

function line(scope: string, name: string, k: KpiSet): unknown[] {
  return [scope, name, k.utilization, k.billableUtilization, k.mttrMeanHours, k.mttrMedianHours, k.slaResponse, k.slaResolution, k.fcr, k.reopenRate, k.escalationRate,
    k.csat.positive, k.csat.answered, k.csat.wilsonLower, k.reactiveHoursPerEndpoint, k.openTickets, k.backlogPerTech].map((v) => (v === null ? 'N/A' : v));
}

export function addKpiSheet(book: ExcelJS.Workbook, r: KpiResult): void {
  const rows: unknown[][] = [
    line('Overall', r.month, r.overall),
    ...r.teams.map((t) => line('Team', t.team, t)),
    ...r.resources.map((p) => line('Resource', p.resource, p)),
    [],
    ['Finance', 'DSO days', r.overall.dsoDays ?? 'N/A'],
    [],
    ['Intake as of', r.intake.asOf],
    ['Intake', 'Triage queue', r.intake.triageQueue.count, r.intake.triageQueue.tickets.join(', ')],
    ['Intake', 'Next SLA due passed', r.intake.nextSlaOverdue.count, r.intake.nextSlaOverdue.tickets.join(', ')],
    ['Intake', 'Waiting, no activity > 2 days', r.intake.waitingNoActivity2Days.count, r.intake.waitingNoActivity2Days.tickets.join(', ')],
    ['Intake', 'On hold past due', r.intake.onHoldPastDue.count, r.intake.onHoldPastDue.tickets.join(', ')],
    ['Intake', 'Techs with > 20 open', r.intake.techsOver20Open.length, r.intake.techsOver20Open.map((t) => `${t.resource} (${t.open})`).join(', ')],
    ['Intake', 'Unassigned outside triage', r.intake.unassignedNonTriage.count, r.intake.unassignedNonTriage.tickets.join(', ')],
    ['Intake', 'Worked > 2× estimate', r.intake.workedOver2xEstimate.count, r.intake.workedOver2xEstimate.tickets.join(', ')],
    [],
    ...Object.values(r.definitions).map((d) => ['Definition', d]),
  ];
  addResultSheet(book, { name: 'KPIs', header: HEADER, rows, formats: Object.fromEntries(PERCENT.map((h) => [h, '0.0%'])) });
}
