/**
 * A PSA time export (ConnectWise, Autotask, or any CSV with the TimeEntries headers of DESIGN §3) as a
 * SheetSource named TimeEntries, so core parses it with the same header aliases, cells and findings as
 * the sheet. Addresses count CSV records: `TimeEntries!J12` is the 12th record's 10th field (the file's
 * line 12 unless a quoted field spans lines). Dates in ISO or US M/D/YYYY parse in core.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { SheetSource } from '../../core/workbook';
import { UsageError } from '../cli/io';
import { decodeText } from './decode-text';
import { delimiterName, detectDelimiter, type Delimiter } from './delimiter';

/** In semicolon files (European exports) `1,5` is one and a half. */
const DECIMAL_COMMA = /^-?\d+,\d+$/;

export function parseTimeEntriesCsv(text: string, label: string): SheetSource {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') throw new UsageError(`${label} is empty or its first line is blank (expected a header line)`);
  const delimiter: Delimiter | null = detectDelimiter(firstLine);
  if (delimiter === null) {
    throw new UsageError(`${label}: the header line has no comma, semicolon or tab between columns (got ${JSON.stringify(firstLine.slice(0, 60))}); export a comma-, semicolon- or tab-separated CSV`);
  }
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, relax_quotes: true, trim: true }) as string[][];
  } catch (e) {
    throw new UsageError(`${label} is not a readable ${delimiterName(delimiter)}-separated CSV: ${(e as Error).message.split('\n')[0]}`);
  }
  const values: unknown[][] = delimiter === ';'
    ? records.map((r) => r.map((v) => (DECIMAL_COMMA.test(v) ? v.replace(',', '.') : v)))
    : records;
  return { name: 'TimeEntries', values };
}

export async function readTimeEntriesCsv(path: string): Promise<SheetSource> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : code ?? (e as Error).message}`);
  }
  return parseTimeEntriesCsv(decodeText(buf, path), path);
}
