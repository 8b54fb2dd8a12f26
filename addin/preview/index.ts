/** Preview mode: the in-memory workbook port and the office.js readiness check. */
export { MemoryWorkbook, type MemorySheet, type Selection, type WorkbookEvent } from './memory-workbook';
export { officeReady, type HostInfo } from './office-ready';
export { createPreviewPort } from './preview-port';
