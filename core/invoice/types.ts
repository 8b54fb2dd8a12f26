/** The invoice check's result shapes (DESIGN §4.2, JSON contract of §5). */
import type { Finding } from '../findings';
import type { Recorded } from '../workbook/tables';

export type Outcome = 'covered' | 'billable' | 'non_billable' | 'invalid';

/** Reason codes in the order the rules are evaluated (DESIGN §4.2). */
export type Reason =
  | 'invalid_customer'
  | 'invalid_role'
  | 'invalid_work_type'
  | 'invalid_hours'
  | 'invalid_date'
  | 'ambiguous_agreement'
  | 'non_billable_work_type'
  | 'no_agreement'
  | 'tm_agreement'
  | 'one_off_covered'
  | 'excluded_work_type'
  | 'excluded_role'
  | 'service_not_in_agreement'
  | 'block_exhausted'
  | 'covered';

export type Discrepancy = 'leakage' | 'overbilled';
export type EntryWarning = 'after_hours_at_standard_rate' | 'zero_rate';

export interface EntryResult {
  /** Address of the entry row's first cell (leftmost column of the TimeEntries table), e.g. `TimeEntries!A12`. */
  cell: string;
  /** The Entry id when the export has one, else the 1-based sheet row number. */
  entry: string | number;
  date: string | null;
  /** Canonical customer name (as Agreements/ServiceGrid spell it), else as the entry wrote it. */
  customer: string;
  resource: string | null;
  role: string | null;
  workType: string | null;
  service: string | null;
  hours: number | null;
  outcome: Outcome;
  reason: Reason;
  /** The cell and words of the rule that decided, e.g. `Agreements!J7 excludes work type "Onsite"`. */
  source: string;
  sourceCell: string | null;
  /** Worked hours counted as covered (all hours of a covered entry; the block part of a split entry). */
  coveredHours: number;
  /** Worked hours found billable (all hours of a billable entry; the part beyond the block of a split one). */
  billableHours: number;
  /** Hours invoiced: billable hours after bill increment and minimum; 0 unless billable. */
  billHours: number;
  /** Hourly rate billed (rate override or role rate × multiplier); null unless billable. */
  rate: number | null;
  amount: number;
  tax: number;
  /** Covered hours × the role's cost rate (service profitability). */
  cost: number;
  recorded: Recorded | null;
  discrepancy: Discrepancy | null;
  /** Leakage: the computed amount written off; overbilled: what billing the covered hours costs the customer. */
  discrepancyAmount: number;
  warnings: readonly EntryWarning[];
  /** Non-billable work type marked Show on Invoice. */
  shown: boolean;
}

export interface CustomerSummary {
  customer: string;
  entries: number;
  coveredHours: number;
  /** Worked hours found billable (sum of entries' billableHours). */
  billableHours: number;
  /** Invoiced hours after increments and minimums (sum of entries' billHours). */
  billHours: number;
  billableAmount: number;
  tax: number;
  nonBillableHours: number;
  invalid: number;
  leakage: number;
  overbilled: number;
  coveredCost: number;
}

export interface ServiceSummary {
  customer: string;
  /** Service name, or null for covered work that named no service. */
  service: string | null;
  /** Months of the checked period (months that hold valid entries). */
  months: number;
  units: number | null;
  /** Σ over the period's months of units × price (after Price Override one-offs). */
  revenue: number;
  coveredHours: number;
  coveredCost: number;
  margin: number;
  /** revenue ÷ covered hours; null when no covered hours. */
  effectiveHourlyRate: number | null;
}

export interface InvoiceResult {
  findings: Finding[];
  entries: EntryResult[];
  customers: CustomerSummary[];
  services: ServiceSummary[];
}

export interface InvoiceOptions {
  /** YYYY-MM: check only entries dated in that month (rows with an unreadable date are always kept). */
  month?: string;
}
