/** "Grid Findings": one row per finding (severity, code, cell, message), errors first. */
import type { Finding } from '../../../core/findings';
import type { ResultSheetData } from '../../excel/port';
import { FILL } from '../colors';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function findingsSheet(name: string, findings: readonly Finding[]): ResultSheetData {
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return {
    name,
    header: ['Severity', 'Code', 'Cell', 'Message'],
    rows: sorted.map((f) => [f.severity, f.code, f.cell ?? '', f.message]),
    fills: sorted.map((f) => (f.severity === 'error' ? FILL.error : f.severity === 'warning' ? FILL.warning : null)),
  };
}
