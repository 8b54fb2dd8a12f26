/**
 * Name matching rules of the workbook contract (DESIGN §3).
 * Headers: case-, space- and punctuation-insensitive. Names (customers, services, roles, work types):
 * case- and space-insensitive, punctuation kept ("C++ Dev" ≠ "C Dev").
 */
export function headerKey(header: unknown): string {
  return String(header ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function nameKey(name: unknown): string {
  return String(name ?? '')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** Splits a list cell ("Onsite, After Hours; Project") into trimmed, non-empty items. */
export function splitList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return String(value)
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
