/**
 * Number formats of a new workbook's columns: date columns hold Excel serials and would show as plain
 * numbers without one. Times of day (Calendar Start/End, a TimeEntries Start that is only a time) get hh:mm.
 */
import { headerKey } from '../../core/names';
import { acceptedHeaders, TABLE_SPECS, type SheetSource, type TableName } from '../../core/workbook';

export interface ColumnFormat {
  column: number;
  format: string;
}

export function columnFormats(source: SheetSource): ColumnFormat[] {
  const table = (Object.keys(TABLE_SPECS) as TableName[]).find((t) => headerKey(t) === headerKey(source.name));
  if (!table) return [];
  const header = source.values[0] ?? [];
  const out: ColumnFormat[] = [];
  for (const spec of TABLE_SPECS[table].columns) {
    const accepted = new Set(acceptedHeaders(spec).map(headerKey));
    const column = header.findIndex((h) => accepted.has(headerKey(h)));
    if (column < 0) continue;
    const sample = source.values.slice(1).map((r) => r[column]).find((v) => typeof v === 'number') as number | undefined;
    const timeish = spec.kind.type === 'time' || (table === 'TimeEntries' && (spec.key === 'start' || spec.key === 'end'));
    if (timeish) out.push({ column, format: sample !== undefined && sample >= 1 ? 'yyyy-mm-dd hh:mm' : 'hh:mm' });
    else if (spec.kind.type === 'date') out.push({ column, format: 'yyyy-mm-dd' });
    else if (spec.kind.type === 'datetime') {
      out.push({ column, format: sample !== undefined && Number.isInteger(sample) ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm' });
    }
  }
  return out;
}
