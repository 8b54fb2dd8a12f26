/**
 * What the add-in needs from a workbook. Two implementations: the Excel one (office.js, chunked reads,
 * batched writes) and an in-memory one for preview mode outside Excel. Everything above this interface
 * (ribbon commands, task pane, custom functions) is the same in both.
 */
import type { SheetSource, TableName } from '../../core/workbook';

export type CellData = string | number | boolean | null;

export interface ResultSheetData {
  name: string;
  header: string[];
  rows: CellData[][];
  /** Fill colour per data row (#RRGGBB), null for none. */
  fills?: (string | null)[];
  /** Number formats by header name, e.g. { Amount: '#,##0.00' }. */
  formats?: Record<string, string>;
  chart?: { title: string; categoryColumn: number; valueColumns: number[] };
}

export interface WorkbookPort {
  /** Values of the named tables (all DESIGN §3 tables when omitted) that exist in the workbook. */
  readTables(names?: readonly TableName[]): Promise<SheetSource[]>;
  /** Replaces the sheet of that name as a whole: on failure the previous sheet (or none) remains. */
  writeResultSheet(sheet: ResultSheetData, options?: { activate?: boolean }): Promise<void>;
  /** Fills the given cells (`Sheet!A1` addresses), e.g. the cells a validation finding points at. */
  markCells(addresses: readonly string[], color: string): Promise<void>;
  selectCell(address: string): Promise<void>;
  /** Creates the named tables (header row first) as sheets, for "New MSP Sync workbook". */
  createTables(tables: readonly SheetSource[]): Promise<void>;
}
