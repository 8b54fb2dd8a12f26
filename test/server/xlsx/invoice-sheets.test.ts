/** The "Invoice Check" and "Invoice Summary" sheets written from a result, without a subprocess. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addInvoiceSheets, CHECK_HEADER, OUTCOME_FILL } from '../../../server/xlsx/invoice-sheets';
import { check } from '../../core/invoice/fixtures';

describe('invoice result sheets', () => {
  const result = check([
    { service: 'Helpdesk', hours: 2 }, // covered
    { workType: 'Internal' }, // non-billable
    { customer: 'Gamma' }, // billable
    { role: 'Wizard' }, // invalid
    { workType: 'Onsite', recorded: 'NC' }, // leakage
  ]);

  it('one row per entry, in order, filled by outcome and leakage', () => {
    const wb = new ExcelJS.Workbook();
    addInvoiceSheets(wb, result);
    const ws = wb.getWorksheet('Invoice Check')!;
    expect(ws.rowCount).toBe(1 + result.entries.length);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(CHECK_HEADER);
    const at = (r: number, name: string) => ws.getRow(r).getCell(CHECK_HEADER.indexOf(name) + 1).value;
    expect([2, 3, 4, 5, 6].map((r) => at(r, 'Outcome'))).toEqual(['covered', 'non_billable', 'billable', 'invalid', 'billable']);
    expect(at(6, 'Discrepancy')).toBe('leakage');
    expect(at(6, 'Discrepancy Amount')).toBe(100);
    expect(at(4, 'Amount')).toBe(100);
    const fill = (r: number) => (ws.getRow(r).getCell(1).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect([2, 3, 4, 5, 6].map(fill)).toEqual([OUTCOME_FILL.covered, OUTCOME_FILL.non_billable, OUTCOME_FILL.billable, OUTCOME_FILL.invalid, OUTCOME_FILL.leakage]);
  });

  it('the summary lists customers, then the service table below', () => {
    const wb = new ExcelJS.Workbook();
    addInvoiceSheets(wb, result);
    const ws = wb.getWorksheet('Invoice Summary')!;
    const rows = ws.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    const acme = rows.find((r) => r[0] === 'Acme')!;
    expect(acme.slice(0, 3)).toEqual(['Acme', 4, 2]); // 4 entries (the invalid one too), 2 covered hours
    const serviceHeader = rows.findIndex((r) => r[1] === 'Service');
    expect(serviceHeader).toBeGreaterThan(result.customers.length);
    expect(rows.slice(serviceHeader + 1).find((r) => r[0] === 'Acme' && r[1] === 'Helpdesk')?.slice(4, 6)).toEqual([500, 2]);
  });

  it('replaces result sheets of an earlier run instead of adding a second copy', () => {
    const wb = new ExcelJS.Workbook();
    addInvoiceSheets(wb, result);
    addInvoiceSheets(wb, result);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Invoice Check', 'Invoice Summary']);
  });
});
