/** Recorded (what the PSA says) against computed (DESIGN §4.2): leakage and overbilling. */
import type { Recorded } from '../workbook/tables';
import type { Discrepancy, Outcome } from './types';

/**
 * Computed billable but recorded covered / no charge / do not bill → leakage (the amount written off).
 * Computed covered or non-billable but recorded billable → overbilled. A split block entry recorded
 * billable is not flagged (its outcome is billable).
 */
export function discrepancyOf(outcome: Outcome, recorded: Recorded | null): Discrepancy | null {
  if (recorded === null) return null;
  if (outcome === 'billable') return recorded === 'billable' ? null : 'leakage';
  if (outcome === 'covered' || outcome === 'non_billable') return recorded === 'billable' ? 'overbilled' : null;
  return null;
}
