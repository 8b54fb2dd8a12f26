/**
 * The invoice check's result sheets: "Invoice Check" (one row per time entry, filled by outcome, leakage
 * rows highlighted) and "Invoice Summary" (per customer, then per customer × service).
 */
import type ExcelJS from 'exceljs';
import type { EntryResult, InvoiceResult } from '../../core/invoice';
import { addResultSheet } from './write-sheet';

export const CHECK_SHEET = 'Invoice Check';
export const SUMMARY_SHEET = 'Invoice Summary';

/** Fills (ARGB): covered green, billable amber, non-billable grey, invalid red; leakage a strong orange. */
export const OUTCOME_FILL = {
  covered: 'FFE2EFDA',
  billable: 'FFFFEB9C',
  non_billable: 'FFEDEDED',
  invalid: 'FFFFC7CE',
  leakage: 'FFF4B183',
} as const;

export const CHECK_HEADER = [
  'Cell', 'Entry', 'Date', 'Customer', 'Resource', 'Role', 'Work Type', 'Service', 'Hours', 'Outcome', 'Reason', 'Source',
  'Covered Hours', 'Bill Hours', 'Rate', 'Amount', 'Tax', 'Cost', 'Recorded', 'Discrepancy', 'Discrepancy Amount', 'Warnings',
];

function checkRow(e: EntryResult): unknown[] {
  return [
    e.cell, e.entry, e.date, e.customer, e.resource, e.role, e.workType, e.service, e.hours, e.outcome, e.reason, e.source,
    e.coveredHours, e.billHours, e.rate, e.amount, e.tax, e.cost, e.recorded, e.discrepancy, e.discrepancy ? e.discrepancyAmount : null,
    e.warnings.join(', '),
  ];
}

export function fillFor(e: EntryResult): string {
  return e.discrepancy === 'leakage' ? OUTCOME_FILL.leakage : OUTCOME_FILL[e.outcome];
}

export function addInvoiceSheets(wb: ExcelJS.Workbook, result: InvoiceResult): void {
  const money = '#,##0.00';
  addResultSheet(wb, {
    name: CHECK_SHEET,
    header: CHECK_HEADER,
    rows: result.entries.map(checkRow),
    fills: result.entries.map(fillFor),
    formats: { Rate: money, Amount: money, Tax: money, Cost: money, 'Discrepancy Amount': money },
  });

  const customerHeader = ['Customer', 'Entries', 'Covered Hours', 'Billable Hours', 'Bill Hours', 'Billable Amount', 'Tax', 'Non-billable Hours', 'Invalid', 'Leakage', 'Overbilled', 'Covered Cost'];
  const ws = addResultSheet(wb, {
    name: SUMMARY_SHEET,
    header: customerHeader,
    rows: result.customers.map((c) => [c.customer, c.entries, c.coveredHours, c.billableHours, c.billHours, c.billableAmount, c.tax, c.nonBillableHours, c.invalid, c.leakage, c.overbilled, c.coveredCost]),
    fills: result.customers.map((c) => (c.leakage > 0 ? OUTCOME_FILL.leakage : undefined)),
    formats: { 'Billable Amount': money, Tax: money, Leakage: money, Overbilled: money, 'Covered Cost': money },
  });
  // Second table below the first: service profitability.
  ws.addRow([]);
  const head = ws.addRow(['Customer', 'Service', 'Months', 'Units', 'Revenue', 'Covered Hours', 'Covered Cost', 'Margin', 'Effective Hourly Rate']);
  head.font = { bold: true };
  for (const s of result.services) {
    const row = ws.addRow([s.customer, s.service ?? '(no service named)', s.months, s.units ?? '', s.revenue, s.coveredHours, s.coveredCost, s.margin, s.effectiveHourlyRate ?? '']);
    if (s.margin < 0) row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: OUTCOME_FILL.invalid } };
  }
}
