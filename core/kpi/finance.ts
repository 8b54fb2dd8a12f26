/** KPIs from the month's Finance row. DSO = AR Balance ÷ Credit Sales × days in the month. */
import { daysInMonth } from '../workbook/dates';
import type { FinanceRow } from '../workbook/tables';

export interface FinanceKpis {
  dsoDays: number | null;
  invoiceRuns: number | null;
  billingResponseHours: number | null;
}

export function financeKpis(month: string, row: FinanceRow | null): FinanceKpis {
  const ar = row?.arBalance;
  const sales = row?.creditSales;
  return {
    dsoDays: ar !== undefined && sales !== undefined && sales > 0 ? (ar / sales) * daysInMonth(month) : null,
    invoiceRuns: row?.invoiceRuns ?? null,
    billingResponseHours: row?.billingIssueResponseHours ?? null,
  };
}
