/** PSA CSV exports → the TimeEntries table: header spellings, delimiters, encodings, refusals. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInvoices } from '../../../core/invoice';
import { parseWorkbook } from '../../../core/workbook';
import { UsageError } from '../../../server/cli/io';
import { decodeText } from '../../../server/csv/decode-text';
import { detectDelimiter } from '../../../server/csv/delimiter';
import { parseTimeEntriesCsv, readTimeEntriesCsv } from '../../../server/csv/time-entries-csv';
import { sources } from '../../core/invoice/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture workbook with its TimeEntries replaced by the CSV. */
function checkWith(csv: ReturnType<typeof parseTimeEntriesCsv>) {
  const wb = parseWorkbook([...sources([]).filter((s) => s.name !== 'TimeEntries'), csv]);
  return checkInvoices(wb);
}

const CONNECTWISE = [
  'Time RecId,Date Worked,Company,Member,Work Role,Work Type,Ticket #,Hours Worked,Billable Option,Summary Notes',
  '7001,09/02/2026,Acme,jdoe,Technician,Onsite,T-1,1.5,Do Not Bill,"Printer, front desk"',
  '7002,9/3/2026,Gamma,jdoe,Engineer,Remote,T-2,2,Billable,',
].join('\r\n');

describe('reading PSA exports', () => {
  it('ConnectWise spellings, US dates, quoted commas', () => {
    const src = parseTimeEntriesCsv(CONNECTWISE, 'cw.csv');
    expect(src.name).toBe('TimeEntries');
    const r = checkWith(src);
    expect(r.entries.map((e) => [e.entry, e.date, e.outcome, e.reason, e.amount, e.discrepancy])).toEqual([
      ['7001', '2026-09-02', 'billable', 'excluded_work_type', 150, 'leakage'],
      ['7002', '2026-09-03', 'billable', 'tm_agreement', 300, null],
    ]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('Autotask spellings and ISO date-times', () => {
    const csv = [
      'id,dateWorked,startDateTime,endDateTime,company,resourceID,roleID,billingCodeID,hoursWorked,Billing Status',
      '88,2026-09-02T09:00:00,2026-09-02T09:00:00,2026-09-02T10:00:00,Acme,r1,Technician,Remote,1,Covered',
      '89,2026-09-02T19:00:00,2026-09-02T19:00:00,2026-09-02T20:00:00,Acme,r1,Technician,Remote,1,Covered',
    ].join('\n');
    const r = checkWith(parseTimeEntriesCsv(csv, 'at.csv'));
    expect(r.entries.map((e) => [e.entry, e.reason, e.warnings])).toEqual([
      ['88', 'covered', []],
      ['89', 'covered', ['after_hours_at_standard_rate']],
    ]);
  });

  it('semicolon delimiter with decimal commas; tab delimiter', () => {
    const semi = parseTimeEntriesCsv('Date;Customer;Role;Work Type;Hours\n2026-09-02;Acme;Technician;Onsite;1,5\n', 'semi.csv');
    expect(checkWith(semi).entries[0]).toMatchObject({ hours: 1.5, amount: 150 });
    const tab = parseTimeEntriesCsv('Date\tCustomer\tRole\tWork Type\tHours\n2026-09-02\tAcme\tTechnician\tOnsite\t2\n', 'tab.csv');
    expect(checkWith(tab).entries[0]).toMatchObject({ hours: 2, amount: 200 });
  });

  it('detects the delimiter the header uses most, outside quotes', () => {
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a\tb,c\td')).toBe('\t');
    expect(detectDelimiter('a|b|c')).toBeNull();
  });

  it('a bad cell in the export becomes a finding at its CSV address, the row is kept', () => {
    const r = checkWith(parseTimeEntriesCsv('Date,Customer,Role,Work Type,Hours\n2026-09-02,Acme,Technician,Remote,abc\n', 'x.csv'));
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0].reason).toBe('invalid_hours');
    expect(r.findings.find((f) => f.code === 'invalid_hours')?.cell).toBe('TimeEntries!E2');
  });
});

describe('encodings', () => {
  const text = 'Date,Customer,Role,Work Type,Hours\n2026-09-02,Café Ltd,Technician,Remote,1\n';

  it('UTF-8 with and without BOM, UTF-16 LE and BE by BOM, UTF-16 LE without BOM', () => {
    const utf8 = Buffer.from(text, 'utf8');
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeText(utf8, 'a')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'a')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'a')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a')).toBe(text);
    expect(decodeText(le, 'a')).toBe(text);
  });

  it('reads a UTF-16 file with BOM from disk (as Excel\'s "Unicode text" saves it)', async () => {
    const path = join(dir, 'u16.csv');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CONNECTWISE.replace(/,/g, '\t'), 'utf16le')]));
    const src = await readTimeEntriesCsv(path);
    expect(src.values[1][0]).toBe('7001');
    expect(checkWith(src).entries[0].reason).toBe('excluded_work_type');
  });

  it.each([
    ['binary data', Buffer.from([0x01, 0x02, 0x03, 0x00, 0x10, 0x41, 0x42, 0x0a, 0x00, 0x00, 0x07]), /binary data|not valid/],
    ['invalid UTF-8 (Latin-1 bytes)', Buffer.from('Date,Customer\n2026-09-02,Caf\xe9\n', 'latin1'), /not valid UTF-8 text/],
    ['a zip archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /zip archive/],
  ])('refuses %s with a one-line usage error', (_name, bytes, message) => {
    expect(() => decodeText(bytes, 'f.csv')).toThrow(UsageError);
    expect(() => decodeText(bytes, 'f.csv')).toThrow(message);
  });

  it('refuses a header with no known delimiter, an empty file, a missing file', async () => {
    expect(() => parseTimeEntriesCsv('Date|Customer|Hours\n', 'p.csv')).toThrow(/p\.csv: the header line has no comma, semicolon or tab/);
    expect(() => parseTimeEntriesCsv('', 'e.csv')).toThrow(UsageError);
    await expect(readTimeEntriesCsv(join(dir, 'missing.csv'))).rejects.toThrow(/no such file/);
  });
});
