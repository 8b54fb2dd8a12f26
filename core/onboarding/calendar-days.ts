/** Business days from a published grid's Calendar (which weekdays have working hours) and Holidays. */
import type { SheetSource } from '../workbook/parse-table';
import { parseWorkbook } from '../workbook/parse-workbook';
import { MON_TO_FRI, type BusinessDays } from './business-days';

const ISO_DAY = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 } as const;

export function businessDaysOf(sources: readonly SheetSource[] | null): BusinessDays {
  if (!sources) return MON_TO_FRI;
  const wb = parseWorkbook(sources, { only: ['Calendar', 'Holidays'] });
  const weekdays = new Set<number>();
  for (const r of wb.Calendar.rows) if (r.day) weekdays.add(ISO_DAY[r.day]);
  const holidays = new Set<string>();
  for (const r of wb.Holidays.rows) if (r.date) holidays.add(r.date);
  return { weekdays: weekdays.size ? weekdays : MON_TO_FRI.weekdays, holidays };
}
