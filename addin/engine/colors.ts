/** Fluent-palette fills for result sheets and marked cells. */
export const FILL = {
  error: '#FDE7E9',
  warning: '#FFF4CE',
  leakage: '#FFC7CE',
  overbilled: '#FFEB9C',
  invalid: '#F4B183',
  good: '#DFF6DD',
  /** Cells a grid finding points at. */
  mark: '#FFC7CE',
} as const;
