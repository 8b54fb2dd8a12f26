import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../../core/workbook';

const row = (...v: unknown[]) => v;

describe('header aliases: real PSA export spellings', () => {
  it('reads a ConnectWise-style time export (Member, Work Role, Work Type, Bill, Time RecId)', () => {
    const wb = parseWorkbook([
      {
        name: 'TimeEntries',
        values: [
          row('Time RecId', 'Date Worked', 'Company', 'Member', 'Work Role', 'Work Type', 'Hours Worked', 'Bill', 'Ticket #', 'Summary Notes'),
          row(981, '2026-09-14', 'Acme Dental', 'jsmith', 'Engineer', 'Remote Support', 1.5, 'Billable', 4411, 'Printer'),
        ],
      },
    ]);
    expect(wb.findings).toEqual([]);
    expect(wb.TimeEntries.rows).toHaveLength(1);
    const e = wb.TimeEntries.rows[0];
    expect(e).toMatchObject({
      entry: '981',
      date: '2026-09-14',
      customer: 'Acme Dental',
      resource: 'jsmith',
      role: 'Engineer',
      workType: 'Remote Support',
      hours: 1.5,
      recorded: 'billable',
      ticket: '4411',
      notes: 'Printer',
    });
  });

  it('reads an Autotask/REST-style export (dateWorked, hoursWorked, roleID, billingCodeID, resourceID, billableOption)', () => {
    const wb = parseWorkbook([
      {
        name: 'TimeEntries',
        values: [
          row('id', 'dateWorked', 'company', 'resourceID', 'roleID', 'billingCodeID', 'hoursWorked', 'billableOption', 'ticketID'),
          row('7', '3/8/2026', 'Acme', 'amy', 'Technician', 'Standard', '2', 'DoNotBill', 'T-1'),
        ],
      },
    ]);
    expect(wb.findings).toEqual([]);
    expect(wb.TimeEntries.rows[0]).toMatchObject({ entry: '7', date: '2026-03-08', resource: 'amy', role: 'Technician', workType: 'Standard', hours: 2, recorded: 'do_not_bill', ticket: 'T-1' });
  });

  it('matches headers case-, space- and punctuation-insensitively, in any order, ignoring extra columns', () => {
    const wb = parseWorkbook([
      { name: 'time entries', values: [row('HOURS', 'work-type', 'Extra', ' work_role ', 'DATE', 'customer'), row(1, 'Std', 'x', 'Tech', '2026-01-02', 'A')] },
    ]);
    expect(wb.findings).toEqual([]);
    expect(wb.TimeEntries.rows[0]).toMatchObject({ hours: 1, workType: 'Std', role: 'Tech', date: '2026-01-02', customer: 'A' });
    expect(wb.TimeEntries.columns.hours).toBe(0);
    expect(wb.TimeEntries.columns.customer).toBe(5);
  });

  it('names the sheet and every accepted header when a required column is missing', () => {
    const wb = parseWorkbook([{ name: 'TimeEntries', values: [row('Date', 'Customer', 'Role', 'Work Type'), row('2026-01-02', 'A', 'T', 'S')] }]);
    const missing = wb.findings.filter((f) => f.code === 'missing_column');
    expect(missing).toHaveLength(1);
    expect(missing[0].severity).toBe('error');
    expect(missing[0].message).toContain('TimeEntries');
    expect(missing[0].message).toContain('Hours Worked');
    expect(missing[0].message).toContain('hoursWorked');
    expect(missing[0].cell).toBe('TimeEntries!A1');
  });

  it('reports a duplicated header and reads the first one', () => {
    const wb = parseWorkbook([
      { name: 'Roles', values: [row('Role', 'Rate', 'Hourly Rate'), row('Tech', 100, 999)] },
    ]);
    expect(wb.findings).toEqual([expect.objectContaining({ code: 'duplicate_column', cell: 'Roles!C1', severity: 'warning' })]);
    expect(wb.Roles.rows[0].rate).toBe(100);
  });

  it('accepts Agreements aliases (Company, Contract) and Roles aliases (Work Role, Hourly Rate)', () => {
    const wb = parseWorkbook([
      { name: 'Agreements', values: [row('Company', 'Contract', 'Type', 'Start'), row('Acme', 'MSA-1', 'Break-fix', '2026-01-01')] },
      { name: 'Roles', values: [row('Work Role', 'Hourly Rate'), row('Engineer', 150)] },
    ]);
    expect(wb.findings).toEqual([]);
    expect(wb.Agreements.rows[0]).toMatchObject({ customer: 'Acme', agreement: 'MSA-1', type: 'tm' });
    expect(wb.Roles.rows[0]).toMatchObject({ role: 'Engineer', rate: 150 });
  });
});

describe('ConnectWise specifics', () => {
  it('reads "Time Start" as the start when "Date Worked" is also there, and NoDefault as no Recorded value', () => {
    const wb = parseWorkbook([
      {
        name: 'TimeEntries',
        values: [
          ['Date Worked', 'Time Start', 'Time End', 'Company', 'Work Role', 'Work Type', 'Hours Worked', 'Billable Option'],
          ['2026-09-14', '2026-09-14 19:00', '2026-09-14 20:30', 'Acme', 'Engineer', 'Remote', 1.5, 'NoDefault'],
        ],
      },
    ]);
    expect(wb.findings).toEqual([]);
    const e = wb.TimeEntries.rows[0];
    expect(e.date).toBe('2026-09-14');
    expect(e.start).toBe('2026-09-14T19:00:00');
    expect(e.end).toBe('2026-09-14T20:30:00');
    expect(e.recorded).toBeUndefined();
  });

  it('still reports a true duplicate of Date once Start is taken', () => {
    const wb = parseWorkbook([
      { name: 'TimeEntries', values: [['Date', 'Start', 'Date Worked', 'Customer', 'Role', 'Work Type', 'Hours'], ['2026-09-14', '09:00', '2026-09-15', 'A', 'R', 'W', 1]] },
    ]);
    expect(wb.findings.map((f) => [f.code, f.cell])).toEqual([['duplicate_column', 'TimeEntries!C1']]);
    expect(wb.TimeEntries.rows[0].date).toBe('2026-09-14');
  });
});
