/** The Excel implementation of WorkbookPort (office.js): chunked reads, batched writes, whole-sheet replacement. */
import type { SheetSource, TableName } from '../../core/workbook';
import type { ResultSheetData, WorkbookPort } from './port';
import { CELL_BUDGET } from './chunks';
import { createTables } from './create-tables';
import { officeExcelRun, type ExcelRun } from './excel-run';
import { markCells } from './mark-cells';
import { readTables } from './read-tables';
import { selectCell } from './select-cell';
import { writeResultSheet } from './write-result-sheet';

export class ExcelWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun = officeExcelRun,
    private readonly budget = CELL_BUDGET,
  ) {}

  readTables(names?: readonly TableName[]): Promise<SheetSource[]> {
    return readTables(this.run, names, this.budget);
  }

  writeResultSheet(sheet: ResultSheetData, options?: { activate?: boolean }): Promise<void> {
    return writeResultSheet(this.run, sheet, options, this.budget);
  }

  markCells(addresses: readonly string[], color: string): Promise<void> {
    return markCells(this.run, addresses, color);
  }

  selectCell(address: string): Promise<void> {
    return selectCell(this.run, address);
  }

  createTables(tables: readonly SheetSource[]): Promise<void> {
    return createTables(this.run, tables, this.budget);
  }
}
