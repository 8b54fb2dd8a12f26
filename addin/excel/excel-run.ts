/**
 * The one door to office.js: `Excel.run` in the add-in, a mock context in tests. The adapter only uses
 * Excel's types, never the `Excel` global's values, so it also loads outside Excel (preview, tests).
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

/** Excel's chart and series enums as their string values (the `Excel` global is absent outside Excel). */
export const COLUMN_CLUSTERED = 'ColumnClustered' as Excel.ChartType.columnClustered;
export const SERIES_BY_COLUMNS = 'Columns' as Excel.ChartSeriesBy.columns;
