/** "KPIs": one row per resource, then per team, then overall, with a utilization chart. */
import type { KpiResult } from '../../../core/kpi';
import type { KpiSet } from '../../../core/kpi/group';
import type { CellData, ResultSheetData } from '../../excel/port';

const PCT = '0.0%';

function kpiCells(k: KpiSet): CellData[] {
  return [
    k.utilization, k.billableUtilization, k.hoursWorked, k.capacityHours, k.resolvedTickets, k.mttrMeanHours, k.mttrMedianHours,
    k.slaResponse, k.slaResolution, k.fcr, k.reopenRate, k.escalationRate, k.csat.positive, k.csat.answered, k.csat.wilsonLower,
    k.reactiveHoursPerEndpoint, k.openTickets, k.backlogPerTech,
  ];
}

export function kpiSheet(r: KpiResult): ResultSheetData {
  const rows: CellData[][] = [
    ...r.resources.map((p) => [p.resource, 'Resource', p.team, ...kpiCells(p)]),
    ...r.teams.map((t) => [t.team, 'Team', t.team, ...kpiCells(t)]),
    ['All', 'Overall', null, ...kpiCells(r.overall)],
  ];
  return {
    name: 'KPIs',
    header: ['Name', 'Level', 'Team', 'Utilization', 'Billable Utilization', 'Hours Worked', 'Capacity Hours', 'Resolved Tickets',
      'MTTR Mean Hours', 'MTTR Median Hours', 'SLA Response', 'SLA Resolution', 'FCR', 'Reopen Rate', 'Escalation Rate', 'CSAT Positive',
      'CSAT Answered', 'CSAT Wilson Lower', 'Reactive Hours per Endpoint', 'Open Tickets', 'Backlog per Tech'],
    rows,
    formats: {
      Utilization: PCT, 'Billable Utilization': PCT, 'SLA Response': PCT, 'SLA Resolution': PCT, FCR: PCT, 'Reopen Rate': PCT,
      'Escalation Rate': PCT, 'CSAT Positive': PCT, 'CSAT Wilson Lower': PCT, 'MTTR Mean Hours': '0.0', 'MTTR Median Hours': '0.0',
      'Hours Worked': '0.0', 'Capacity Hours': '0.0', 'Reactive Hours per Endpoint': '0.00', 'Backlog per Tech': '0.0',
    },
    chart: { title: `Utilization ${r.month}`, categoryColumn: 0, valueColumns: [3, 4] },
  };
}
