/** "New MSP Sync workbook": every DESIGN §3 table, blank (headers only) or with the demo MSP's data. */
import { demoWorkbook } from '../../core/demo';
import { TABLE_NAMES, TABLE_SPECS, type SheetSource } from '../../core/workbook';
import type { WorkbookPort } from '../excel/port';

export function templateTables(options: { demo?: boolean } = {}): SheetSource[] {
  if (options.demo) return demoWorkbook();
  return TABLE_NAMES.map((name) => ({ name, values: [TABLE_SPECS[name].columns.map((c) => c.header)] }));
}

export async function runNewWorkbook(port: WorkbookPort, options: { demo?: boolean } = {}): Promise<string[]> {
  const tables = templateTables(options);
  await port.createTables(tables);
  return tables.map((t) => t.name);
}
