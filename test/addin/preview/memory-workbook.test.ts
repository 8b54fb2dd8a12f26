import { describe, expect, it } from 'vitest';
import { MemoryWorkbook, type WorkbookEvent } from '../../../addin/preview/memory-workbook';
import { cellOf, parseWorkbook } from '../../../core/workbook';

const roles = { name: 'Roles', values: [['Role', 'Rate'], ['Tech', 120], ['Engineer', 150]] };

describe('MemoryWorkbook (preview port)', () => {
  it('reads the tables it holds, as copies, and skips result sheets', async () => {
    const book = new MemoryWorkbook([roles]);
    await book.writeResultSheet({ name: 'Invoice Check', header: ['A'], rows: [[1]] });
    const read = await book.readTables();
    expect(read.map((s) => s.name)).toEqual(['Roles']);
    (read[0].values[1] as unknown[])[1] = 999;
    expect(book.sheet('Roles')!.values[1][1]).toBe(120);
    expect(await book.readTables(['TimeEntries'])).toEqual([]);
  });

  it('finds tables by the contract’s name rules ("Time Entries" = TimeEntries)', async () => {
    const book = new MemoryWorkbook([{ name: 'Time Entries', values: [['Date']] }]);
    expect((await book.readTables(['TimeEntries']))[0].name).toBe('Time Entries');
  });

  it('places values at row0/col0 so parsed addresses point at the same cells', async () => {
    const book = new MemoryWorkbook([{ ...roles, row0: 2, col0: 1 }]);
    const wb = parseWorkbook(await book.readTables());
    const tech = wb.Roles.rows[0];
    const addr = cellOf(wb.Roles, tech, 'rate');
    expect(addr).toBe('Roles!C4');
    await book.selectCell(addr);
    expect(book.selection).toEqual({ sheet: 'Roles', row0: 3, col0: 2 });
    expect(book.sheet('Roles')!.values[3][2]).toBe(120);
  });

  it('replaces a result sheet as a whole, padding short rows to the header like Excel', async () => {
    const book = new MemoryWorkbook();
    const events: WorkbookEvent[] = [];
    book.onChange((e) => events.push(e));
    await book.writeResultSheet({ name: 'Bonus', header: ['Employee', 'Payout'], rows: [['Ann', 10], ['Old', 1]] }, { activate: true });
    await book.markCells(['Bonus!B2'], '#FFC7CE');
    await book.writeResultSheet({ name: 'Bonus', header: ['Employee', 'Payout'], rows: [['Bob', 5], [], ['Total', 5]] });
    expect(book.sheet('Bonus')!.values).toEqual([['Employee', 'Payout'], ['Bob', 5], [null, null], ['Total', 5]]);
    expect(book.marks.get('Bonus')).toBeUndefined();
    expect(book.activeSheet).toBe('Bonus');
    expect(events.map((e) => e.type)).toEqual(['sheet', 'mark', 'sheet']);
  });

  it('marks cells and rejects bad addresses or unknown sheets with a message', async () => {
    const book = new MemoryWorkbook([roles]);
    await book.markCells(['Roles!B2', "'Roles'!A3"], '#FFC7CE');
    expect([...book.marks.get('Roles')!.entries()]).toEqual([
      ['1:1', '#FFC7CE'],
      ['2:0', '#FFC7CE'],
    ]);
    await expect(book.markCells(['nonsense'], '#fff')).rejects.toThrow('Not a cell address: nonsense');
    await expect(book.selectCell('Nowhere!A1')).rejects.toThrow('The workbook has no sheet named Nowhere');
  });

  it('createTables adds sheets the readers then see', async () => {
    const book = new MemoryWorkbook();
    await book.createTables([roles]);
    expect(parseWorkbook(await book.readTables()).Roles.rows.length).toBe(2);
  });
});

describe('MemoryWorkbook.setCell', () => {
  it('changes what the next read sees, growing the sheet as needed', async () => {
    const book = new MemoryWorkbook([roles]);
    book.setCell('Roles', 1, 1, 'abc');
    book.setCell('Roles', 4, 0, 'Intern');
    const wb = parseWorkbook(await book.readTables());
    expect(wb.Roles.rows.find((r) => r.row0 === 1)?.errors?.rate).toMatch(/abc/);
    expect(wb.Roles.rows.map((r) => r.role)).toContain('Intern');
  });

  it('refuses to edit result sheets or unknown sheets', async () => {
    const book = new MemoryWorkbook([roles]);
    await book.writeResultSheet({ name: 'KPIs', header: ['A'], rows: [] });
    expect(() => book.setCell('KPIs', 1, 0, 1)).toThrow('KPIs is a result sheet');
    expect(() => book.setCell('Nope', 1, 0, 1)).toThrow('no sheet named Nope');
  });
});
