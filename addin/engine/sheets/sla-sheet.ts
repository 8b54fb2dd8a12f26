/** "SLA": one row per ticket with its due times and met/missed, missed clocks filled red. */
import type { SlaResult } from '../../../core/sla';
import type { ResultSheetData } from '../../excel/port';
import { FILL } from '../colors';

const met = (v: boolean | null) => (v === null ? '' : v ? 'met' : 'missed');

export function slaSheet(r: SlaResult): ResultSheetData {
  return {
    name: 'SLA',
    header: ['Ticket', 'Cell', 'Customer', 'Priority', 'Agreement', 'Tier', 'Created', 'Response Due', 'First Response', 'Response',
      'Resolution Due', 'Resolved', 'Resolution', 'Paused Hours', 'Resolution Hours', 'Month'],
    rows: r.tickets.map((t) => [
      t.ticket, t.cell, t.customer, t.priority, t.agreementType, t.tier, t.created, t.responseDue, t.firstResponse, met(t.responseMet),
      t.resolutionDue, t.resolved, met(t.resolutionMet), t.pausedHours, t.resolutionHours, t.month,
    ]),
    fills: r.tickets.map((t) => (t.responseMet === false || t.resolutionMet === false ? FILL.error : null)),
    formats: { 'Paused Hours': '0.00', 'Resolution Hours': '0.00' },
  };
}
