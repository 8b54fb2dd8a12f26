/**
 * The pane runs the add-in's shared jobs (addin/engine: read → parse → compute → write result sheets)
 * through a port that yields to the browser before each workbook call, so the progress bar and status
 * line paint between phases instead of the pane freezing on a long run.
 */
import type { WorkbookPort } from '../excel/port';
import { yieldToUi } from './context';

export type OnPhase = (fraction: number, label: string) => void;

export function pacedPort(port: WorkbookPort): WorkbookPort {
  return {
    readTables: async (names) => (await yieldToUi(), port.readTables(names)),
    writeResultSheet: async (sheet, options) => (await yieldToUi(), port.writeResultSheet(sheet, options)),
    markCells: async (addresses, color) => (await yieldToUi(), port.markCells(addresses, color)),
    selectCell: (address) => port.selectCell(address),
    createTables: (tables) => port.createTables(tables),
  };
}
