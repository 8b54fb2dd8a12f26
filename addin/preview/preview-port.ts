/** The preview workbook: the demo MSP (core/demo) in memory, behind the same port as Excel. */
import { demoWorkbook } from '../../core/demo';
import { MemoryWorkbook } from './memory-workbook';

export function createPreviewPort(): MemoryWorkbook {
  return new MemoryWorkbook(demoWorkbook());
}
