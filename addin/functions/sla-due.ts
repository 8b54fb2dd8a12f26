/** SLADUE: when a ticket created at a time, with a priority, for a customer would be due (business time). */
import { computeSla } from '../../core/sla';
import { localDateTimeToSerial, type TableName, type Workbook } from '../../core/workbook';
import { FunctionArgError } from './argument-error';
import { fail, rowProblem, withOneRow } from './hypothetical';

export const SLA_DUE_TABLES: readonly TableName[] = ['Settings', 'Services', 'Tiers', 'ServiceGrid', 'Agreements', 'SLA', 'Calendar', 'Holidays'];
export type DueKind = 'response' | 'plan' | 'resolution';

/** No customer given: a customer without agreement, so the Time & Materials (break-fix) targets apply. */
export const NO_CUSTOMER = '(no agreement)';

export function dueKind(v: string | undefined): DueKind {
  const k = (v ?? 'resolution').trim().toLowerCase();
  if (k === 'response' || k === 'plan' || k === 'resolution') return k;
  throw new FunctionArgError(`kind must be response, plan or resolution, got "${v}"`);
}

/** The due moment as an Excel date serial in the workbook's time zone (its wall clock). */
export function slaDue(wb: Workbook, created: string | number, priority: string | number, customer: string | undefined, kind: DueKind): number {
  const one = withOneRow(wb, 'Tickets', ['Ticket', 'Customer', 'Priority', 'Created'], ['SLADUE', customer ?? NO_CUSTOMER, priority, created], ['TicketEvents']);
  const result = computeSla(one);
  const ticket = result.tickets[0];
  const due = kind === 'response' ? ticket?.responseDue : kind === 'plan' ? ticket?.planDue : ticket?.resolutionDue;
  if (!due) {
    const problem = rowProblem([...one.findings, ...result.findings], 'Tickets') ?? result.findings.find((f) => f.severity === 'error')?.message;
    if (problem) fail(problem, '');
    throw new FunctionArgError(`no ${kind} target applies to this ticket (check the SLA table for its tier or agreement type and priority)`, 'notAvailable');
  }
  return localDateTimeToSerial(due.slice(0, 19));
}
