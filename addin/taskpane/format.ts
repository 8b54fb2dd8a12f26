/** Number, money and time formatting for the pane (en-US, the workbook's currency). */
export function money(n: number | null | undefined, currency = 'USD'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(n);
  } catch {
    return n.toFixed(2);
  }
}

export function hours(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return `${Number(n.toFixed(2))} h`;
}

/** A fraction (0.99) as a percentage; N/A for null. */
export function percent(n: number | null | undefined, digits = 0): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return 'N/A';
  return `${(n * 100).toFixed(digits)} %`;
}

/** `2026-09-03T14:05:00-04:00` → `2026-09-03 14:05`. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

export function plain(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(2)));
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  return String(v);
}
