/**
 * The pane's runs of core engines over the WorkbookPort, in phases (read → parse → compute → write) with a
 * yield to the UI between them, so a long run shows progress instead of freezing the pane.
 */
import type { Finding } from '../../core/findings';
import { validateGrid } from '../../core/grid/validate';
import { checkInvoices, type InvoiceResult } from '../../core/invoice';
import { parseWorkbook, type TableName, type Workbook } from '../../core/workbook';
import type { WorkbookPort } from '../excel/port';
import { yieldToUi } from './context';
import { invoiceSheets } from './result-sheets';

export type OnPhase = (fraction: number, label: string) => void;

export const GRID_TABLE_NAMES: readonly TableName[] = ['Settings', 'Services', 'Tiers', 'ServiceGrid', 'Agreements', 'OneOffs', 'Roles', 'WorkTypes'];

export async function loadWorkbook(port: WorkbookPort, tables: readonly TableName[] | undefined, onPhase: OnPhase): Promise<Workbook> {
  onPhase(0.05, 'Reading the tables…');
  await yieldToUi();
  const sources = await port.readTables(tables);
  const rows = sources.reduce((n, s) => n + s.values.length, 0);
  onPhase(0.35, `Parsing ${rows.toLocaleString('en-US')} rows…`);
  await yieldToUi();
  return parseWorkbook(sources, tables ? { only: tables } : {});
}

export interface GridRun {
  findings: Finding[];
}

export async function runValidate(port: WorkbookPort, asOf: string, onPhase: OnPhase): Promise<GridRun> {
  const wb = await loadWorkbook(port, [...GRID_TABLE_NAMES, 'TimeEntries'], onPhase);
  onPhase(0.6, 'Validating the grid…');
  await yieldToUi();
  const findings = [...wb.findings, ...validateGrid(wb, { asOf })];
  onPhase(0.8, 'Writing Grid Findings…');
  await yieldToUi();
  await port.writeResultSheet({
    name: 'Grid Findings',
    header: ['Severity', 'Code', 'Cell', 'Message'],
    rows: findings.map((f) => [f.severity, f.code, f.cell ?? '', f.message]),
    fills: findings.map((f) => (f.severity === 'error' ? '#FDE7E9' : f.severity === 'warning' ? '#FFF4CE' : null)),
  });
  const cells = [...new Set(findings.filter((f) => f.cell && f.severity !== 'info').map((f) => f.cell as string))];
  if (cells.length) await port.markCells(cells, '#FFC7CE');
  onPhase(1, 'Done.');
  return { findings };
}

export interface InvoiceRun {
  result: InvoiceResult;
  currency: string;
}

export async function runInvoices(port: WorkbookPort, month: string | undefined, onPhase: OnPhase): Promise<InvoiceRun> {
  const wb = await loadWorkbook(port, undefined, onPhase);
  onPhase(0.55, `Checking ${wb.TimeEntries.rows.length.toLocaleString('en-US')} time entries…`);
  await yieldToUi();
  const result = checkInvoices(wb, month ? { month } : {});
  onPhase(0.8, 'Writing Invoice Check and Invoice Summary…');
  await yieldToUi();
  for (const sheet of invoiceSheets(result)) await port.writeResultSheet(sheet, { activate: sheet.name === 'Invoice Summary' });
  onPhase(1, 'Done.');
  return { result, currency: wb.settings.currency };
}
