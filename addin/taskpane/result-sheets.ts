/** Result sheets the pane's runs write through the port (values, fills by outcome, number formats). */
import type { InvoiceResult } from '../../core/invoice';
import type { ResultSheetData } from '../excel/port';

const FILL = { leakage: '#FFC7CE', overbilled: '#FFEB9C', invalid: '#F4B183' } as const;

export function invoiceSheets(r: InvoiceResult): ResultSheetData[] {
  const check: ResultSheetData = {
    name: 'Invoice Check',
    header: ['Cell', 'Entry', 'Date', 'Customer', 'Resource', 'Role', 'Work Type', 'Hours', 'Outcome', 'Reason', 'Bill Hours', 'Rate', 'Amount', 'Recorded', 'Discrepancy', 'Why'],
    rows: r.entries.map((e) => [
      e.cell,
      e.entry,
      e.date,
      e.customer,
      e.resource,
      e.role,
      e.workType,
      e.hours,
      e.outcome,
      e.reason,
      e.billHours,
      e.rate,
      e.amount,
      e.recorded,
      e.discrepancy,
      e.source,
    ]),
    fills: r.entries.map((e) => (e.discrepancy ? FILL[e.discrepancy] : e.outcome === 'invalid' ? FILL.invalid : null)),
    formats: { Rate: '#,##0.00', Amount: '#,##0.00', Hours: '0.00', 'Bill Hours': '0.00' },
  };
  const summary: ResultSheetData = {
    name: 'Invoice Summary',
    header: ['Customer', 'Covered Hours', 'Billable Hours', 'Billable Amount', 'Non-billable Hours', 'Invalid Entries', 'Leakage', 'Overbilled'],
    rows: r.customers.map((c) => [c.customer, c.coveredHours, c.billableHours, c.billableAmount, c.nonBillableHours, c.invalid, c.leakage, c.overbilled]),
    fills: r.customers.map((c) => (c.leakage > 0 ? FILL.leakage : c.overbilled > 0 ? FILL.overbilled : null)),
    formats: { 'Billable Amount': '#,##0.00', Leakage: '#,##0.00', Overbilled: '#,##0.00' },
  };
  return [check, summary];
}
