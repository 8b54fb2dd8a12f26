import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../../core/demo';
import { parseWorkbook, TABLE_NAMES } from '../../../core/workbook';
import { sheetToSource } from '../../../server/xlsx/read-workbook';
import { blankHeader, buildTemplate } from '../../../server/xlsx/template';

/** Writes and reloads, so the assertions see what Excel would open. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

type Validations = Record<string, ExcelJS.DataValidation & { formulae: string[] }>;
const validationsOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: Validations } }).dataValidations.model;

/** The validation that covers a cell (exceljs expands ranges back to cells or keeps range keys). */
function validationAt(ws: ExcelJS.Worksheet, address: string) {
  const model = validationsOf(ws);
  if (model[address]) return model[address];
  for (const [key, v] of Object.entries(model)) {
    if (!key.includes(':')) continue;
    const [a, b] = key.split(':');
    const col = address.replace(/\d+/, '');
    const row = Number(address.replace(/\D+/, ''));
    if (a.replace(/\d+/, '') === col && Number(a.replace(/\D+/, '')) <= row && row <= Number(b.replace(/\D+/, ''))) return v;
  }
  return undefined;
}

describe('buildTemplate (blank)', () => {
  it('writes every table as a sheet with a bold, frozen header of the spec columns', async () => {
    const wb = await roundTrip(buildTemplate());
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(TABLE_NAMES);
    for (const name of TABLE_NAMES) {
      const ws = wb.getWorksheet(name)!;
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(blankHeader(name));
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      // Each column is at least as wide as its header (exceljs leaves a width of 9, its default, unwritten).
      blankHeader(name).forEach((h, j) => expect(ws.getColumn(j + 1).width ?? 9).toBeGreaterThanOrEqual(Math.min(40, h.length)));
    }
  });

  it('its headers parse back as every table, with no missing column', async () => {
    const wb = await roundTrip(buildTemplate());
    const parsed = parseWorkbook(wb.worksheets.map(sheetToSource));
    expect(parsed.findings).toEqual([]);
    for (const name of TABLE_NAMES) expect(Object.keys(parsed[name].columns).length).toBe(blankHeader(name).length);
  });

  it('has drop-downs for enums, Y/N flags and names defined on other sheets', async () => {
    const wb = await roundTrip(buildTemplate());
    const list = (sheet: string, address: string) => validationAt(wb.getWorksheet(sheet)!, address);
    expect(list('Services', 'C2')).toMatchObject({ type: 'list', formulae: ['"Device,User,Server,Workstation,Site,Flat"'] });
    expect(list('Agreements', 'C5')?.formulae).toEqual(['"Managed,Block Hours,Time & Materials"']);
    expect(list('Agreements', 'D2')?.formulae).toEqual(['Tiers!$A$2:$A$1500']);
    expect(list('OneOffs', 'B2')?.formulae[0]).toContain('Cover Role');
    expect(list('WorkTypes', 'B2')?.formulae).toEqual(['"Y,N"']);
    expect(list('TimeEntries', 'G2')?.formulae).toEqual(['Roles!$A$2:$A$1500']);
    expect(list('TimeEntries', 'H2')?.formulae).toEqual(['WorkTypes!$A$2:$A$1500']);
    expect(list('TimeEntries', 'I2')?.formulae).toEqual(['Services!$A$2:$A$1500']);
    expect(list('TimeEntries', 'K2')?.formulae).toEqual(['"Billable,Covered,No Charge,Do Not Bill"']);
    expect(list('Tickets', 'C2')?.formulae).toEqual(['"P1,P2,P3,P4"']);
    expect(list('Calendar', 'A2')?.formulae).toEqual(['"Mon,Tue,Wed,Thu,Fri,Sat,Sun"']);
    expect(list('BonusPlans', 'F2')?.formulae).toEqual(['"Step,Linear"']);
    expect(list('BonusPlans', 'J2')?.formulae).toEqual(['"Managed Revenue,Project Revenue,Fixed"']);
    expect(list('BonusPlans', 'L2')?.formulae).toEqual(['"Equal,Hours,Base"']);
    expect(list('Services', 'A2')).toBeUndefined();
  });
});

describe('buildTemplate (demo)', () => {
  it('writes the demo data with dates and times formatted as such, and reads back to the same records', async () => {
    const demo = demoWorkbook();
    const wb = await roundTrip(buildTemplate(demo));
    const te = wb.getWorksheet('TimeEntries')!;
    expect(te.getCell('B2').numFmt).toBe('yyyy-mm-dd');
    expect(te.getCell('C2').numFmt).toBe('hh:mm');
    expect(wb.getWorksheet('Tickets')!.getCell('D2').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(wb.getWorksheet('Agreements')!.getCell('E2').numFmt).toBe('yyyy-mm-dd');
    const fromFile = parseWorkbook(wb.worksheets.map(sheetToSource));
    const direct = parseWorkbook(demo);
    expect(fromFile.findings).toEqual([]);
    for (const name of TABLE_NAMES) expect(fromFile[name].rows, name).toEqual(direct[name].rows);
    expect(fromFile.settings).toEqual(direct.settings);
  });

  it('gives Tiers cells a Y/N list and the demo grid customers their sheet', async () => {
    const wb = await roundTrip(buildTemplate(demoWorkbook()));
    expect(validationAt(wb.getWorksheet('Tiers')!, 'B2')?.formulae).toEqual(['"Y,N"']);
    expect(wb.getWorksheet('ServiceGrid')!.getCell('A2').value).toBe('Acme Dental');
  });
});
