/** The "SLA" result sheet: one row per ticket with its due dates and met/missed, missed rows highlighted. */
import type ExcelJS from 'exceljs';
import type { SlaResult } from '../../core/sla';
import { addResultSheet } from './write-sheet';

const MISSED = 'FFFFC7CE';
const yesNo = (v: boolean | null) => (v === null ? 'N/A' : v ? 'Met' : 'Missed');

export function addSlaSheet(book: ExcelJS.Workbook, r: SlaResult): void {
  addResultSheet(book, {
    name: 'SLA',
    header: ['Ticket', 'Customer', 'Resource', 'Priority', 'Agreement', 'Created', 'First Response', 'Resolved', 'Response Due', 'Plan Due', 'Resolution Due', 'Response', 'Resolution', 'Paused Hours', 'Resolution Hours', 'Month'],
    rows: r.tickets.map((t) => [
      t.ticket, t.customer, t.resource, t.priority, t.tier ?? t.agreementType ?? 'none (break-fix)', t.created, t.firstResponse, t.resolved,
      t.responseDue, t.planDue, t.resolutionDue, yesNo(t.responseMet), yesNo(t.resolutionMet), t.pausedHours, t.resolutionHours, t.month,
    ]),
    fills: r.tickets.map((t) => (t.responseMet === false || t.resolutionMet === false ? MISSED : undefined)),
    formats: { 'Paused Hours': '0.00', 'Resolution Hours': '0.00' },
  });
}
