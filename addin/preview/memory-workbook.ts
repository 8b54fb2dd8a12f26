/**
 * An in-memory WorkbookPort: the workbook of preview mode (outside Excel). It holds sheets as Range.values
 * arrays, replaces result sheets as a whole, and remembers the selection and marked cells so the pane can
 * show them. Same interface as the Excel adapter, so every tab runs unchanged on it.
 */
import type { CellData, ResultSheetData, WorkbookPort } from '../excel/port';
import { parseAddress } from '../../core/workbook/address';
import { headerKey } from '../../core/names';
import { TABLE_NAMES, type SheetSource, type TableName } from '../../core/workbook';

export interface MemorySheet {
  name: string;
  values: CellData[][];
  /** Result sheets written by a command (as opposed to the workbook's own tables). */
  result: boolean;
  fills?: (string | null)[];
  formats?: Record<string, string>;
}

export interface Selection {
  sheet: string;
  row0: number;
  col0: number;
}

export type WorkbookEvent =
  | { type: 'sheet'; name: string }
  | { type: 'select'; selection: Selection }
  | { type: 'mark'; addresses: readonly string[]; color: string };

export class MemoryWorkbook implements WorkbookPort {
  private readonly sheets = new Map<string, MemorySheet>();
  private readonly listeners = new Set<(e: WorkbookEvent) => void>();
  /** Sheet → "row0:col0" → colour. */
  readonly marks = new Map<string, Map<string, string>>();
  selection: Selection | null = null;
  activeSheet: string | null = null;

  constructor(sources: readonly SheetSource[] = []) {
    for (const s of sources) this.sheets.set(s.name, { name: s.name, values: placed(s), result: false });
  }

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.get(name) ?? [...this.sheets.values()].find((s) => headerKey(s.name) === headerKey(name));
  }

  onChange(listener: (e: WorkbookEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async readTables(names?: readonly TableName[]): Promise<SheetSource[]> {
    const wanted = names ?? TABLE_NAMES;
    const out: SheetSource[] = [];
    for (const name of wanted) {
      const s = this.sheet(name);
      // Copies: an engine may not change the workbook by touching what it read.
      if (s && !s.result) out.push({ name: s.name, values: s.values.map((r) => [...r]) });
    }
    return out;
  }

  async writeResultSheet(data: ResultSheetData, options: { activate?: boolean } = {}): Promise<void> {
    const width = data.header.length;
    // Like the Excel adapter: rows are cut or padded to the header's width (a blank separator row is []).
    const rows = data.rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
    // Built completely before it replaces the old sheet: a failure above leaves the previous one.
    const sheet: MemorySheet = {
      name: data.name,
      values: [data.header.slice(), ...rows],
      result: true,
      fills: data.fills?.slice(),
      formats: data.formats,
    };
    this.sheets.set(data.name, sheet);
    this.marks.delete(data.name);
    if (options.activate) this.activeSheet = data.name;
    this.emit({ type: 'sheet', name: data.name });
  }

  async markCells(addresses: readonly string[], color: string): Promise<void> {
    const parsed = addresses.map((a) => ({ a, p: parseAddress(a) }));
    const bad = parsed.find((x) => !x.p);
    if (bad) throw new Error(`Not a cell address: ${bad.a}`);
    for (const { p } of parsed) {
      const sheet = this.sheet(p!.sheet);
      if (!sheet) continue;
      let m = this.marks.get(sheet.name);
      if (!m) this.marks.set(sheet.name, (m = new Map()));
      m.set(`${p!.row0}:${p!.col0}`, color);
    }
    this.emit({ type: 'mark', addresses, color });
  }

  async selectCell(address: string): Promise<void> {
    const p = parseAddress(address);
    if (!p) throw new Error(`Not a cell address: ${address}`);
    const sheet = this.sheet(p.sheet);
    if (!sheet) throw new Error(`The workbook has no sheet named ${p.sheet}`);
    this.selection = { sheet: sheet.name, row0: p.row0, col0: p.col0 };
    this.activeSheet = sheet.name;
    this.emit({ type: 'select', selection: this.selection });
  }

  /** Edits one cell of a workbook table (preview mode lets a visitor try the checks on changed data). */
  setCell(sheetName: string, row0: number, col0: number, value: CellData): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`The workbook has no sheet named ${sheetName}`);
    if (sheet.result) throw new Error(`${sheet.name} is a result sheet: run the command again instead of editing it`);
    while (sheet.values.length <= row0) sheet.values.push([]);
    const row = sheet.values[row0];
    while (row.length <= col0) row.push(null);
    row[col0] = value;
    this.emit({ type: 'sheet', name: sheet.name });
  }

  async createTables(tables: readonly SheetSource[]): Promise<void> {
    for (const t of tables) {
      this.sheets.set(t.name, { name: t.name, values: placed(t), result: false });
      this.emit({ type: 'sheet', name: t.name });
    }
  }

  private emit(e: WorkbookEvent): void {
    for (const l of this.listeners) l(e);
  }
}

/** Values from A1, so addresses computed with the source's row0/col0 point at the same cells here. */
function placed(s: SheetSource): CellData[][] {
  const col0 = s.col0 ?? 0;
  const pad: CellData[] = new Array<CellData>(col0).fill(null);
  const rows: CellData[][] = Array.from({ length: s.row0 ?? 0 }, () => []);
  for (const r of s.values) rows.push([...pad, ...r.map(toCell)]);
  return rows;
}

function toCell(v: unknown): CellData {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}
