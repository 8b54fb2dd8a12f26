/** Reads a job's tables through the port and parses them. */
import { parseWorkbook, type Workbook } from '../../core/workbook';
import type { WorkbookPort } from '../excel/port';
import { JOB_TABLES, type Job } from './tables';

export type OnPhase = (fraction: number, label: string) => void;
export const silent: OnPhase = () => undefined;

export async function loadFor(port: WorkbookPort, job: Job, onPhase: OnPhase = silent): Promise<Workbook> {
  const tables = JOB_TABLES[job];
  onPhase(0.05, 'Reading the tables…');
  const sources = await port.readTables(tables);
  onPhase(0.35, `Parsing ${sources.reduce((n, s) => n + s.values.length, 0).toLocaleString('en-US')} rows…`);
  return parseWorkbook(sources, { only: tables });
}
