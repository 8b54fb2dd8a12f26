/** The label users see next to each KPI: how it is computed (DESIGN §4.4). */
export const KPI_DEFINITIONS = {
  utilization: 'Utilization = hours logged on non-internal work types (not Non-billable) ÷ capacity (Hours per Day × working days employed, holidays removed)',
  billableUtilization: 'Billable Utilization = hours recorded Billable or Covered (covered agreement hours counted as billable; blank Recorded counts) ÷ capacity',
  mttrMeanHours: 'MTTR (mean) = business hours Created → Resolved minus paused time, over tickets resolved this month',
  mttrMedianHours: 'MTTR (median) = median of the same business hours',
  slaResponse: 'SLA Response % = tickets resolved this month whose first response came by its due ÷ those with a response target (met or missed)',
  slaResolution: 'SLA Resolution % = tickets resolved this month by their resolution due ÷ those with a resolution target',
  fcr: 'FCR = resolved tickets with exactly one time entry and no reopen ÷ resolved tickets',
  reopenRate: 'Reopen rate = resolved tickets reopened at least once ÷ resolved tickets',
  escalationRate: 'Escalation rate = resolved tickets escalated ÷ resolved tickets',
  csat: 'CSAT = Positive ÷ answered surveys (Positive + Neutral + Negative) on tickets resolved this month, with the Wilson 95 % lower bound; N/A under the CSAT Minimum Sample',
  reactiveHoursPerEndpoint: 'Reactive hours per endpoint = hours on Incident and Alert tickets ÷ Device, Server and Workstation units on the services grid at month end',
  openTickets: 'Open tickets = created and not resolved at month end (or as of T, if earlier)',
  backlogPerTech: 'Backlog per tech = open tickets ÷ people in the group',
  dsoDays: 'DSO = AR Balance ÷ Credit Sales × days in the month (Finance)',
  intake: 'Intake snapshot as of T: triage queue, next SLA due already past, Waiting… with no activity for 2 days, On Hold past its resolution due, techs with more than 20 open tickets, unassigned tickets outside triage, worked hours above 2× the estimate',
} as const;
