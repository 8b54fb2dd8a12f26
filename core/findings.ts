/** A problem (or note) about the user's data, pointing at the cell that caused it. Contract: DESIGN §5. */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  /** Stable machine code, e.g. `missing_column`, `grid_differs_from_tier`. */
  code: string;
  /** `Sheet!A1` address, or null when the finding is about no single cell. */
  cell: string | null;
  message: string;
}

export function finding(severity: Severity, code: string, cell: string | null, message: string): Finding {
  return { severity, code, cell, message };
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Message with the cell in front, the way users read it: `TimeEntries!F12: Hours must be …`. */
export function describeFinding(f: Finding): string {
  return f.cell ? `${f.cell}: ${f.message}` : f.message;
}
