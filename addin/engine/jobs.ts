/**
 * The add-in's jobs over a WorkbookPort: read the tables a job needs → parse → run the core engine →
 * write its result sheets. The ribbon commands and the task pane both run these; none of them knows
 * whether the port is Excel or the in-memory preview workbook.
 */
import type { Finding } from '../../core/findings';
import { computeBonus, type BonusResult } from '../../core/bonus';
import { validateGrid } from '../../core/grid/validate';
import { checkInvoices, type InvoiceResult } from '../../core/invoice';
import { computeKpis, type KpiResult } from '../../core/kpi';
import { computeSla, type SlaResult } from '../../core/sla';
import { parseAddress } from '../../core/workbook/address';
import type { WorkbookPort } from '../excel/port';
import { FILL } from './colors';
import { loadFor, silent, type OnPhase } from './load';
import { bonusSheet } from './sheets/bonus-sheet';
import { findingsSheet } from './sheets/findings-sheet';
import { invoiceSheets, totals, type InvoiceTotals } from './sheets/invoice-sheets';
import { kpiSheet } from './sheets/kpi-sheet';
import { slaSheet } from './sheets/sla-sheet';
import { JOB_TABLES } from './tables';

export interface GridRun {
  findings: Finding[];
  /** Cells marked in the workbook (error and warning findings that point at a source table's cell). */
  marked: string[];
}

export async function runGridValidation(port: WorkbookPort, options: { asOf: string; onPhase?: OnPhase }): Promise<GridRun> {
  const onPhase = options.onPhase ?? silent;
  const wb = await loadFor(port, 'grid', onPhase);
  onPhase(0.6, 'Validating the grid…');
  const findings = [...wb.findings, ...validateGrid(wb, { asOf: options.asOf })];
  onPhase(0.8, 'Writing Grid Findings…');
  await port.writeResultSheet(findingsSheet('Grid Findings', findings), { activate: true });
  const sheets = new Set(JOB_TABLES.grid.filter((t) => wb[t].present).map((t) => wb[t].sheet));
  const marked = [
    ...new Set(findings.filter((f) => f.severity !== 'info' && f.cell && sheets.has(parseAddress(f.cell)?.sheet ?? '')).map((f) => f.cell as string)),
  ];
  if (marked.length > 0) await port.markCells(marked, FILL.mark);
  onPhase(1, 'Done.');
  return { findings, marked };
}

export interface InvoiceRun {
  result: InvoiceResult;
  totals: InvoiceTotals;
  currency: string;
}

export async function runInvoiceCheck(port: WorkbookPort, options: { month?: string; onPhase?: OnPhase } = {}): Promise<InvoiceRun> {
  const onPhase = options.onPhase ?? silent;
  const wb = await loadFor(port, 'invoice', onPhase);
  onPhase(0.55, `Checking ${wb.TimeEntries.rows.length.toLocaleString('en-US')} time entries…`);
  const result = checkInvoices(wb, options.month ? { month: options.month } : {});
  onPhase(0.8, 'Writing Invoice Check and Invoice Summary…');
  const [check, summary] = invoiceSheets(result);
  await port.writeResultSheet(check);
  await port.writeResultSheet(summary, { activate: true });
  onPhase(1, 'Done.');
  return { result, totals: totals(result), currency: wb.settings.currency };
}

export async function runSla(port: WorkbookPort, options: { month?: string; asOf?: string; onPhase?: OnPhase } = {}): Promise<SlaResult> {
  const onPhase = options.onPhase ?? silent;
  const wb = await loadFor(port, 'sla', onPhase);
  onPhase(0.6, 'Computing SLA…');
  const result = computeSla(wb, { month: options.month, asOf: options.asOf });
  onPhase(0.8, 'Writing SLA…');
  await port.writeResultSheet(slaSheet(result), { activate: true });
  onPhase(1, 'Done.');
  return result;
}

export async function runKpis(port: WorkbookPort, options: { month?: string; asOf?: string; onPhase?: OnPhase } = {}): Promise<KpiResult> {
  const onPhase = options.onPhase ?? silent;
  const wb = await loadFor(port, 'kpi', onPhase);
  onPhase(0.6, 'Computing KPIs…');
  const result = computeKpis(wb, { month: options.month, asOf: options.asOf });
  onPhase(0.8, 'Writing KPIs…');
  await port.writeResultSheet(kpiSheet(result), { activate: true });
  onPhase(1, 'Done.');
  return result;
}

export async function runBonus(port: WorkbookPort, options: { month: string; onPhase?: OnPhase }): Promise<BonusResult> {
  const onPhase = options.onPhase ?? silent;
  const wb = await loadFor(port, 'bonus', onPhase);
  onPhase(0.6, `Computing bonuses for ${options.month}…`);
  const result = computeBonus(wb, { month: options.month });
  onPhase(0.8, 'Writing Bonus…');
  await port.writeResultSheet(bonusSheet(result), { activate: true });
  onPhase(1, 'Done.');
  return result;
}

/** One line for the user about an invoice run, e.g. for the ribbon's notification. */
export function invoiceMessage(run: InvoiceRun): string {
  const money = (n: number) => `${run.currency} ${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  const t = run.totals;
  const errors = run.result.findings.filter((f) => f.severity === 'error').length;
  const parts = [
    t.leakage > 0
      ? `Leakage ${money(t.leakage)} across ${t.leakingCustomers} customer${t.leakingCustomers === 1 ? '' : 's'}`
      : 'No leakage found',
    `billable ${money(t.billableAmount)}`,
  ];
  if (t.overbilled > 0) parts.push(`overbilled ${money(t.overbilled)}`);
  if (errors > 0) {
    const first = run.result.findings.find((f) => f.severity === 'error')!;
    parts.push(`${errors} error${errors === 1 ? '' : 's'} in the data, first: ${first.cell ? `${first.cell}: ` : ''}${first.message} (all in Invoice Summary)`);
  }
  return `${parts.join('; ')}.`;
}
