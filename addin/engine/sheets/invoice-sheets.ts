/** "Invoice Check" (one row per time entry, filled by discrepancy/outcome) and "Invoice Summary" (per customer). */
import type { InvoiceResult } from '../../../core/invoice';
import type { CellData, ResultSheetData } from '../../excel/port';
import { FILL } from '../colors';

const MONEY = '#,##0.00';
const HOURS = '0.00';

export function invoiceSheets(r: InvoiceResult): [ResultSheetData, ResultSheetData] {
  const check: ResultSheetData = {
    name: 'Invoice Check',
    header: ['Cell', 'Entry', 'Date', 'Customer', 'Resource', 'Role', 'Work Type', 'Service', 'Hours', 'Outcome', 'Reason', 'Why',
      'Bill Hours', 'Rate', 'Amount', 'Recorded', 'Discrepancy', 'Discrepancy Amount'],
    rows: r.entries.map((e) => [
      e.cell, e.entry, e.date, e.customer, e.resource, e.role, e.workType, e.service, e.hours, e.outcome, e.reason, e.source,
      e.billHours, e.rate, e.amount, e.recorded, e.discrepancy, e.discrepancyAmount,
    ]),
    fills: r.entries.map((e) => (e.discrepancy ? FILL[e.discrepancy] : e.outcome === 'invalid' ? FILL.invalid : null)),
    formats: { Hours: HOURS, 'Bill Hours': HOURS, Rate: MONEY, Amount: MONEY, 'Discrepancy Amount': MONEY },
  };
  const t = totals(r);
  const findingRows = findingsBelow(r);
  const summary: ResultSheetData = {
    name: 'Invoice Summary',
    header: ['Customer', 'Covered Hours', 'Billable Hours', 'Billable Amount', 'Non-billable Hours', 'Invalid Entries', 'Leakage', 'Overbilled'],
    rows: [
      ...r.customers.map((c) => [c.customer, c.coveredHours, c.billableHours, c.billableAmount, c.nonBillableHours, c.invalid, c.leakage, c.overbilled]),
      ['Total', t.coveredHours, t.billableHours, t.billableAmount, t.nonBillableHours, t.invalid, t.leakage, t.overbilled],
      ...findingRows.map((f) => f.row),
    ],
    fills: [...r.customers.map((c) => (c.leakage > 0 ? FILL.leakage : c.overbilled > 0 ? FILL.overbilled : null)), null, ...findingRows.map((f) => f.fill)],
    formats: { 'Covered Hours': HOURS, 'Billable Hours': HOURS, 'Non-billable Hours': HOURS, 'Billable Amount': MONEY, Leakage: MONEY, Overbilled: MONEY },
  };
  return [check, summary];
}

/** Most findings a summary lists; the rest are counted (each invalid entry also shows in Invoice Check). */
export const SUMMARY_FINDINGS = 500;

/**
 * The check's findings (a missing table, a renamed header, invalid entries) below the totals, so a run
 * from the ribbon shows why numbers are missing: a blank row, a heading row, then severity/code/cell/message.
 */
function findingsBelow(r: InvoiceResult): { row: CellData[]; fill: string | null }[] {
  if (r.findings.length === 0) return [];
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...r.findings].sort((a, b) => order[a.severity] - order[b.severity]);
  const shown = sorted.slice(0, SUMMARY_FINDINGS);
  const out: { row: CellData[]; fill: string | null }[] = [
    { row: [], fill: null },
    { row: ['Findings', 'Severity', 'Code', 'Cell', 'Message'], fill: null },
    ...shown.map((f) => ({
      row: ['', f.severity, f.code, f.cell ?? '', f.message] as CellData[],
      fill: f.severity === 'error' ? FILL.error : f.severity === 'warning' ? FILL.warning : null,
    })),
  ];
  if (sorted.length > shown.length) out.push({ row: ['', '', '', '', `… and ${sorted.length - shown.length} more (see Invoice Check)`], fill: null });
  return out;
}

export interface InvoiceTotals {
  coveredHours: number;
  billableHours: number;
  billableAmount: number;
  nonBillableHours: number;
  invalid: number;
  leakage: number;
  overbilled: number;
  /** Customers with leakage. */
  leakingCustomers: number;
}

const cents = (n: number) => Math.round(n * 100) / 100;

export function totals(r: InvoiceResult): InvoiceTotals {
  const t: InvoiceTotals = { coveredHours: 0, billableHours: 0, billableAmount: 0, nonBillableHours: 0, invalid: 0, leakage: 0, overbilled: 0, leakingCustomers: 0 };
  for (const c of r.customers) {
    t.coveredHours += c.coveredHours;
    t.billableHours += c.billableHours;
    t.billableAmount += c.billableAmount;
    t.nonBillableHours += c.nonBillableHours;
    t.invalid += c.invalid;
    t.leakage += c.leakage;
    t.overbilled += c.overbilled;
    if (c.leakage > 0) t.leakingCustomers++;
  }
  for (const k of ['coveredHours', 'billableHours', 'billableAmount', 'nonBillableHours', 'leakage', 'overbilled'] as const) t[k] = cents(t[k]);
  return t;
}
