/** A1-style addresses for findings (`TimeEntries!F12`, `'Invoice Check'!A2`). */
export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** Address of a cell from 0-based sheet row/column indices. */
export function cellAddress(sheet: string, row0: number, col0: number): string {
  return `${quoteSheet(sheet)}!${columnLetter(col0)}${row0 + 1}`;
}

export interface ParsedAddress {
  sheet: string;
  row0: number;
  col0: number;
}

/** Parses `Sheet!B7` or `'My Sheet'!B7` back into parts (for "jump to cell"). */
export function parseAddress(address: string): ParsedAddress | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, row0: Number(m[4]) - 1, col0: columnIndex(m[3]) };
}
