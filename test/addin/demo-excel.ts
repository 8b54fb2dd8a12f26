/** The demo MSP (core/demo) loaded into the fake Excel, for command and function tests. */
import { demoWorkbook } from '../../core/demo';
import { FakeExcel } from './excel/fake-excel';

export function demoExcel(): FakeExcel {
  const excel = new FakeExcel();
  for (const s of demoWorkbook()) excel.addSheet(s.name, s.values as unknown[][]);
  return excel;
}
