/** One test per reason code of DESIGN §4.2, then one per precedence pair (the earlier rule wins). */
import { describe, expect, it } from 'vitest';
import { check, one, withRows } from './fixtures';

const oneOff = (kind: string, target: string, customer = 'Acme', value: unknown = '', start = '', end = '') =>
  withRows('OneOffs', [customer, kind, target, value, start, end]);

describe('each reason code', () => {
  it('covered: a managed customer, remote work, no exclusion', () => {
    const e = one({ service: 'Helpdesk' });
    expect([e.outcome, e.reason]).toEqual(['covered', 'covered']);
    expect(e.sourceCell).toBe('Agreements!C2');
    expect(e.source).toBe('Agreements!C2 "Acme MSA" (Managed) covers it');
    expect(e.cell).toBe('TimeEntries!A2');
    expect(e.entry).toBe('1000');
  });

  it('invalid_customer: a name in neither Agreements nor ServiceGrid, with an error finding at its cell', () => {
    const e = one({ customer: 'Zeta Corp' });
    expect([e.outcome, e.reason]).toEqual(['invalid', 'invalid_customer']);
    const f = e.findings.find((x) => x.code === 'invalid_customer')!;
    expect(f.severity).toBe('error');
    expect(f.cell).toBe('TimeEntries!E2');
    expect(f.message).toContain('"Zeta Corp"');
  });

  it('customer names match case- and space-insensitively', () => {
    expect(one({ customer: '  ACME ' }).outcome).toBe('covered');
    expect(one({ customer: 'acme' }).customer).toBe('Acme');
  });

  it('invalid_role and invalid_work_type name the cell', () => {
    const r = one({ role: 'Wizard' });
    expect([r.outcome, r.reason, r.sourceCell]).toEqual(['invalid', 'invalid_role', 'TimeEntries!G2']);
    const w = one({ workType: 'Magic' });
    expect([w.outcome, w.reason, w.sourceCell]).toEqual(['invalid', 'invalid_work_type', 'TimeEntries!H2']);
  });

  it.each([[-1], ['abc'], ['']])('invalid_hours for %j, finding at the Hours cell', (hours) => {
    const e = one({ hours });
    expect([e.outcome, e.reason]).toEqual(['invalid', 'invalid_hours']);
    expect(e.findings.filter((f) => f.cell === 'TimeEntries!J2').map((f) => f.code)).toEqual(['invalid_hours']);
  });

  it('invalid_date for text that is no date', () => {
    const e = one({ date: 'next tuesday' });
    expect([e.outcome, e.reason, e.date]).toEqual(['invalid', 'invalid_date', null]);
    expect(e.findings.find((f) => f.code === 'invalid_date')?.cell).toBe('TimeEntries!B2');
  });

  it('ambiguous_agreement: two agreements active on the date make the entry invalid, not guessed', () => {
    const agreements = withRows('Agreements', ['Acme', 'Acme Extra', 'Managed', '2026-09-01', '', '', '', '', '', '']);
    const e = one({}, agreements);
    expect([e.outcome, e.reason]).toEqual(['invalid', 'ambiguous_agreement']);
    expect(e.source).toContain('Agreements!A2, Agreements!A6');
    // Before the second agreement starts, the first one alone decides.
    expect(one({ date: '2026-08-31' }, agreements).reason).toBe('covered');
  });

  it('non_billable_work_type, shown when the work type is Show on Invoice', () => {
    const e = one({ workType: 'Internal' });
    expect([e.outcome, e.reason, e.shown, e.sourceCell]).toEqual(['non_billable', 'non_billable_work_type', false, 'WorkTypes!B5']);
    expect(one({ workType: 'Travel' }).shown).toBe(true);
  });

  it('no_agreement: the agreement ended, or the customer has a grid row but no agreement', () => {
    const e = one({ customer: 'Delta', date: '2026-09-02' });
    expect([e.outcome, e.reason, e.amount]).toEqual(['billable', 'no_agreement', 100]);
    expect(one({ customer: 'Delta', date: '2026-08-31' }).reason).toBe('covered');
    const gridOnly = withRows('ServiceGrid', ['Omega', 'Y', '', '', '']);
    expect(one({ customer: 'Omega' }, gridOnly).reason).toBe('no_agreement');
  });

  it('tm_agreement: a Time & Materials agreement bills everything', () => {
    const e = one({ customer: 'Gamma' });
    expect([e.outcome, e.reason, e.sourceCell]).toEqual(['billable', 'tm_agreement', 'Agreements!C4']);
  });

  it('one_off_covered: Cover Role and Cover Work Type one-offs', () => {
    const r = one({ role: 'Project Manager' }, oneOff('Cover Role', 'Project Manager'));
    expect([r.outcome, r.reason, r.sourceCell]).toEqual(['covered', 'one_off_covered', 'OneOffs!C2']);
    const w = one({ workType: 'Onsite' }, oneOff('Cover Work Type', 'onsite'));
    expect([w.outcome, w.reason]).toEqual(['covered', 'one_off_covered']);
  });

  it('a one-off applies only while active', () => {
    const cover = oneOff('Cover Work Type', 'Onsite', 'Acme', '', '2026-09-05', '2026-09-10');
    expect(one({ workType: 'Onsite', date: '2026-09-04' }, cover).reason).toBe('excluded_work_type');
    expect(one({ workType: 'Onsite', date: '2026-09-05' }, cover).reason).toBe('one_off_covered');
    expect(one({ workType: 'Onsite', date: '2026-09-10' }, cover).reason).toBe('one_off_covered');
    expect(one({ workType: 'Onsite', date: '2026-09-11' }, cover).reason).toBe('excluded_work_type');
  });

  it('excluded_work_type: the agreement list, Always Excluded, and an Exclude Work Type one-off', () => {
    const a = one({ workType: 'Onsite' });
    expect([a.outcome, a.reason, a.source]).toEqual(['billable', 'excluded_work_type', 'Agreements!G2 excludes work type "Onsite"']);
    const b = one({ workType: 'Project' });
    expect([b.reason, b.sourceCell]).toEqual(['excluded_work_type', 'WorkTypes!D7']);
    const c = one({ workType: 'Remote' }, oneOff('Exclude Work Type', 'Remote'));
    expect([c.reason, c.sourceCell]).toEqual(['excluded_work_type', 'OneOffs!C2']);
  });

  it('excluded_role: the agreement list and an Exclude Role one-off', () => {
    const a = one({ role: 'Project Manager' });
    expect([a.outcome, a.reason, a.sourceCell]).toEqual(['billable', 'excluded_role', 'Agreements!F2']);
    const b = one({ role: 'Engineer' }, oneOff('Exclude Role', 'Engineer'));
    expect([b.reason, b.sourceCell]).toEqual(['excluded_role', 'OneOffs!C2']);
  });

  it('service_not_in_agreement: a service the grid row lacks; Add/Remove Service one-offs change the row', () => {
    const a = one({ service: 'Email' });
    expect([a.outcome, a.reason, a.sourceCell]).toEqual(['billable', 'service_not_in_agreement', 'ServiceGrid!E2']);
    expect(one({ service: 'Email' }, oneOff('Add Service', 'Email', 'Acme', 10)).reason).toBe('covered');
    const removed = one({ service: 'Backup' }, oneOff('Remove Service', 'Backup'));
    expect([removed.reason, removed.sourceCell]).toEqual(['service_not_in_agreement', 'OneOffs!C2']);
    expect(one({ service: 'Backup' }).reason).toBe('covered');
  });

  it('block_exhausted and covered under a Block Hours agreement', () => {
    const r = check([{ customer: 'Beta', hours: 8 }, { customer: 'Beta', hours: 3, date: '2026-09-03' }]);
    expect(r.entries.map((e) => [e.outcome, e.reason])).toEqual([['covered', 'covered'], ['billable', 'block_exhausted']]);
    expect(r.entries[1].sourceCell).toBe('Agreements!H3');
  });
});

describe('precedence: the earlier rule wins', () => {
  const pairs: [string, Parameters<typeof one>[0], Parameters<typeof one>[1], string][] = [
    ['invalid role before non-billable', { role: 'Wizard', workType: 'Internal' }, {}, 'invalid_role'],
    ['invalid customer before invalid role', { customer: 'Nobody', role: 'Wizard' }, {}, 'invalid_customer'],
    ['non-billable before ambiguous agreement (rule 2 needs no agreement)', { workType: 'Internal' },
      withRows('Agreements', ['Acme', 'Dup', 'Managed', '2026-01-01', '', '', '', '', '', '']), 'non_billable_work_type'],
    ['ambiguous agreement before one-off cover', { role: 'Engineer' },
      { ...withRows('Agreements', ['Acme', 'Dup', 'Managed', '2026-01-01', '', '', '', '', '', '']), ...oneOff('Cover Role', 'Engineer') }, 'ambiguous_agreement'],
    ['non-billable before no agreement', { customer: 'Delta', workType: 'Internal' }, {}, 'non_billable_work_type'],
    ['non-billable before always excluded one-off', { workType: 'Internal' }, oneOff('Exclude Work Type', 'Internal'), 'non_billable_work_type'],
    ['no agreement before one-off cover', { customer: 'Delta' }, oneOff('Cover Role', 'Technician', 'Delta'), 'no_agreement'],
    ['T&M before one-off cover', { customer: 'Gamma' }, oneOff('Cover Role', 'Technician', 'Gamma'), 'tm_agreement'],
    ['T&M before always excluded', { customer: 'Gamma', workType: 'Project' }, {}, 'tm_agreement'],
    ['one-off cover before excluded work type', { workType: 'Onsite' }, oneOff('Cover Role', 'Technician'), 'one_off_covered'],
    ['one-off cover before always excluded', { workType: 'Project' }, oneOff('Cover Work Type', 'Project'), 'one_off_covered'],
    ['one-off cover before excluded role', { role: 'Project Manager' }, oneOff('Cover Work Type', 'Remote'), 'one_off_covered'],
    ['one-off cover before service not in agreement', { service: 'Email' }, oneOff('Cover Role', 'Technician'), 'one_off_covered'],
    ['excluded work type before excluded role', { role: 'Project Manager', workType: 'Onsite' }, {}, 'excluded_work_type'],
    ['excluded role before service not in agreement', { role: 'Project Manager', service: 'Email' }, {}, 'excluded_role'],
    ['excluded work type before service not in agreement', { workType: 'Onsite', service: 'Email' }, {}, 'excluded_work_type'],
    ['service not in agreement before block hours', { customer: 'Beta', service: 'Backup' }, {}, 'service_not_in_agreement'],
    ['one-off cover before block hours (no block consumed)', { customer: 'Beta', hours: 50 }, oneOff('Cover Role', 'Technician', 'Beta'), 'one_off_covered'],
  ];
  it.each(pairs)('%s', (_name, entry, overrides, reason) => {
    expect(one(entry, overrides).reason).toBe(reason);
  });
});

describe('findings about the rules themselves', () => {
  it('a one-off whose target does not exist is an error at its Target cell', () => {
    const r = check([{}], oneOff('Cover Role', 'Astronaut'));
    const f = r.findings.find((x) => x.code === 'unknown_one_off_target')!;
    expect([f.severity, f.cell]).toEqual(['error', 'OneOffs!C2']);
    expect(f.message).toContain('"Astronaut"');
    expect(r.entries[0].reason).toBe('covered');
  });

  it('a missing TimeEntries table is reported, not a crash', () => {
    const r = check([], { TimeEntries: null });
    expect(r.entries).toEqual([]);
    expect(r.findings.map((f) => f.code)).toContain('missing_table');
  });

  it('every row appears once, invalid ones too, in row order', () => {
    const r = check([{ id: 'a' }, { id: 'b', hours: 'x' }, { id: 'c', customer: '' }, { id: 'd' }]);
    expect(r.entries.map((e) => [e.entry, e.outcome])).toEqual([['a', 'covered'], ['b', 'invalid'], ['c', 'invalid'], ['d', 'covered']]);
  });

  it('the entry is the row number when the export has no Entry column', () => {
    const r = check([], { TimeEntries: [['Date', 'Customer', 'Role', 'Work Type', 'Hours'], ['2026-09-02', 'Acme', 'Technician', 'Remote', 1]] });
    expect([r.entries[0].entry, r.entries[0].cell]).toEqual([2, 'TimeEntries!A2']);
  });

  it('the month option keeps one billing cycle (and rows with unreadable dates)', () => {
    const r = check([{ date: '2026-08-31' }, { date: '2026-09-01' }, { date: 'junk' }], {}, { month: '2026-09' });
    expect(r.entries.map((e) => e.date)).toEqual(['2026-09-01', null]);
  });
});
