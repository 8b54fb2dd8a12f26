/** The invoice check of DESIGN §4.2: `checkInvoices(wb)` → entries with outcome, reason, price and leakage. */
export { checkInvoices } from './check';
export { withinWorkingTime, buildWorkCalendar, type WorkCalendar } from './after-hours';
export { billHoursFor, amountFor, rateFor, taxFor } from './pricing';
export { roundCents, toCents } from './money';
export type * from './types';
