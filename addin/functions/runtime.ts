/**
 * What the custom functions run on: a cache of the workbook's tables read through the port, the clock,
 * and whether edits are being watched (without change events nothing may be cached: every call reads).
 * Set once by addin/main.ts; tests set their own.
 */
import { zoneClock } from '../../core/calendar/zone';
import type { Workbook } from '../../core/workbook';
import { WorkbookCache } from './workbook-cache';

export interface FunctionsRuntime {
  cache: WorkbookCache;
  now: () => number;
  /** True once onChanged handlers are registered; until then each call starts from a fresh read. */
  watching: boolean;
}

let current: FunctionsRuntime | null = null;

export function setFunctionsRuntime(runtime: FunctionsRuntime | null): void {
  current = runtime;
}

export function functionsRuntime(): FunctionsRuntime {
  if (!current) throw new Error('MSP Sync is still starting; recalculate in a moment');
  if (!current.watching) current.cache.clear();
  return current;
}

/** Today's date in the workbook's time zone (the default date of COVERAGE and BILLABLE). */
export function todayIn(wb: Workbook, now: number): string {
  return zoneClock(wb.settings.timeZone).localDate(now);
}
