/**
 * Finds where a workbook table lives: an Excel table of that name first, else a sheet of that name; both
 * compared with the workbook contract's header rules ("Time Entries" = "TimeEntries").
 */
import { headerKey } from '../../core/names';

export interface Named {
  name: string;
}

export function findByName<T extends Named>(items: readonly T[], name: string): T | undefined {
  const key = headerKey(name);
  return items.find((i) => i.name === name) ?? items.find((i) => headerKey(i.name) === key);
}

/**
 * Loads sheet and table names (one sync) and answers which worksheet a `Sheet!A1` address's sheet part
 * means. A source read from an Excel table on a sheet with another name is addressed by the table's name,
 * so that name resolves to the table's worksheet.
 */
export async function sheetResolver(context: Excel.RequestContext): Promise<(name: string) => Excel.Worksheet | null> {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  sheets.load('items/name');
  tables.load('items/name');
  await context.sync();
  return (name: string) => {
    const sheet = sheets.items.find((s) => s.name === name) ?? sheets.items.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (sheet) return sheet;
    const table = findByName(tables.items, name);
    return table ? table.worksheet : null;
  };
}
