import { describe, expect, it } from 'vitest';
import { defaultTemplateSteps } from '../../../core/onboarding/default-template';
import { newOnboarding, type Actor, type OnboardingRecord } from '../../../core/onboarding/record';
import { acknowledgeHandoffs, changeStep, editCover, isComplete, progressOf, stepStates } from '../../../core/onboarding/routing';
import { dueDates, queueOf } from '../../../core/onboarding/view';
import { coverPage } from './cover-fixture';

const person = (id: number, name: string, departments: string[], role: Actor['role'] = 'member'): Actor => ({ id, name, role, departments });
const sales = person(1, 'Sam', ['Sales']);
const finance = person(2, 'Fran', ['Finance']);
const finance2 = person(3, 'Fred', ['Finance']);
const manager = person(9, 'Max', [], 'manager');
const byDept: Record<string, Actor> = {
  Sales: sales,
  Finance: finance,
  Service: person(4, 'Sid', ['Service']),
  NOC: person(5, 'Nia', ['NOC']),
  'Account Manager': person(6, 'Alex', ['Account Manager']),
};

const start = (cover = coverPage()) => newOnboarding(1, cover, { id: 1, version: 1, steps: defaultTemplateSteps() }, 'Sam', '2026-11-02T10:00:00Z');

function done(r: OnboardingRecord, key: string, actor: Actor): OnboardingRecord {
  const c = changeStep(r, key, true, actor, '2026-11-03T10:00:00Z');
  if (c.kind !== 'changed') throw new Error(`${key}: ${c.kind === 'refused' ? c.refusal.detail : 'noop'}`);
  return c.record;
}

/** Completes ready steps department by department until nothing is ready. */
function walk(r: OnboardingRecord): OnboardingRecord {
  for (;;) {
    const ready = [...stepStates(r)].filter(([, s]) => s.state === 'ready').map(([k]) => k);
    if (!ready.length) return r;
    const step = r.steps.find((s) => s.key === ready[0])!;
    r = done(r, step.key, byDept[step.department]);
  }
}

describe('routing state machine', () => {
  it('starts with only the dependency-free steps ready, and conditions give reasons', () => {
    const states = stepStates(start(coverPage({ servers: { count: 0, unitPrice: 0 } })));
    expect(states.get('verify-billing-names')?.state).toBe('ready');
    expect(states.get('create-invoices')?.state).toBe('waiting');
    expect(states.get('collect-check')).toMatchObject({ state: 'not_applicable', reason: 'Not applicable: only when the setup or monthly is paid by check' });
    expect(states.get('install-rmm-server')?.state).toBe('not_applicable');
  });

  it('refuses another department (403), unmet dependencies (409, naming them) and unknown keys (404)', () => {
    const r = start();
    expect(changeStep(r, 'verify-billing-names', true, finance, 'now')).toMatchObject({ kind: 'refused', refusal: { status: 403 } });
    const waiting = changeStep(r, 'create-invoices', true, finance, 'now');
    expect(waiting).toMatchObject({ kind: 'refused', refusal: { status: 409, code: 'dependencies_not_done', extra: { waitingFor: [{ key: 'verify-billing-names', department: 'Sales' }] } } });
    expect(changeStep(r, 'nope', true, manager, 'now')).toMatchObject({ kind: 'refused', refusal: { status: 404 } });
    expect(changeStep(r, 'collect-check', true, finance, 'now')).toMatchObject({ kind: 'refused', refusal: { status: 409, code: 'step_not_applicable' } });
  });

  it('completing records who and when; setting the same state again is a no-op; managers may act for any department', () => {
    let r = done(start(), 'verify-billing-names', sales);
    const s = r.steps.find((x) => x.key === 'verify-billing-names')!;
    expect(s).toMatchObject({ done: true, completedBy: 'Sam', completedAt: '2026-11-03T10:00:00Z' });
    expect(changeStep(r, 'verify-billing-names', true, sales, 'later').kind).toBe('noop');
    r = done(r, 'create-invoices', manager);
    expect(r.steps.find((x) => x.key === 'create-invoices')?.completedBy).toBe('Max');
  });

  it('un-completing: by the completer or a manager only, and not under a done dependent', () => {
    let r = done(start(), 'verify-billing-names', sales);
    r = done(r, 'create-invoices', finance);
    expect(changeStep(r, 'create-invoices', false, finance2, 'x')).toMatchObject({ kind: 'refused', refusal: { status: 403, code: 'not_completer' } });
    expect(changeStep(r, 'verify-billing-names', false, sales, 'x')).toMatchObject({ kind: 'refused', refusal: { status: 409, code: 'dependents_done' } });
    const undone = changeStep(r, 'create-invoices', false, manager, 'x');
    expect(undone.kind).toBe('changed');
    if (undone.kind === 'changed') {
      expect(undone.previous).toMatchObject({ completedBy: 'Fran' });
      expect(undone.step).toMatchObject({ done: false, completedBy: null });
    }
  });

  it('hands off Sales → Finance → Service → NOC → Account Manager, acknowledged by the receiver', () => {
    let r = done(start(), 'verify-billing-names', sales);
    expect(r.handoffs).toEqual([]);
    r = done(r, 'file-paperwork', sales);
    expect(r.handoffs).toEqual([{ from: 'Sales', to: 'Finance', phase: 'Sale', at: '2026-11-03T10:00:00Z', acknowledgedBy: null, acknowledgedAt: null }]);
    expect(acknowledgeHandoffs(r, 'Finance', sales, 'x')).toMatchObject({ kind: 'refused', refusal: { status: 403 } });
    expect(acknowledgeHandoffs(r, 'NOC', manager, 'x')).toMatchObject({ kind: 'refused', refusal: { status: 409 } });
    const ack = acknowledgeHandoffs(r, 'Finance', finance, 'ack-time');
    expect(ack.kind).toBe('changed');
    if (ack.kind === 'changed') {
      expect(ack.record.handoffs[0]).toMatchObject({ acknowledgedBy: 'Fran', acknowledgedAt: 'ack-time' });
      expect(acknowledgeHandoffs(ack.record, 'Finance', finance, 'again').kind).toBe('noop');
    }
    r = walk(r);
    expect(r.handoffs.map((h) => `${h.from}>${h.to}`)).toEqual(['Sales>Finance', 'Finance>Service', 'Service>NOC', 'NOC>Account Manager']);
    expect(isComplete(r)).toBe(true);
    expect(progressOf(r).overall).toBe(1);
  });

  it('progress is done ÷ applicable required steps, per department', () => {
    const r = done(start(), 'verify-billing-names', sales);
    const p = progressOf(r);
    expect(p.byDepartment.Sales).toBe(0.5);
    const applicable = [...stepStates(r).values()].filter((s) => s.state !== 'not_applicable').length;
    expect(p.overall).toBe(Math.round((1 / applicable) * 10000) / 10000);
  });

  it('cover edits re-evaluate conditions but never remove completed steps', () => {
    let r = walk(start());
    expect(r.steps.find((s) => s.key === 'install-rmm-server')?.done).toBe(true);
    r = editCover(r, coverPage({ servers: { count: 0, unitPrice: 0 }, setupPaidBy: 'check' }), 'later');
    const states = stepStates(r);
    expect(states.get('install-rmm-server')?.state).toBe('done');
    expect(states.get('collect-check')?.state).toBe('ready'); // newly applicable
    expect(isComplete(r)).toBe(false);
  });

  it('due dates count business days after signing or after another step', () => {
    const due = dueDates(start());
    expect(due.get('verify-billing-names')).toBe('2026-11-03'); // signed Monday + 1
    expect(due.get('create-invoices')).toBe('2026-11-04');
    expect(due.get('calculate-first-fees')).toBe(due.get('create-invoices')); // 0 days after it
  });

  it('the queue lists ready steps of a department', () => {
    const r = done(start(), 'verify-billing-names', sales);
    expect(queueOf([r], 'Finance').map((q) => q.key)).toEqual(['create-invoices']);
    expect(queueOf([r], 'finance').length).toBe(1);
    expect(queueOf([r], 'NOC')).toEqual([]);
  });

  it('a step with more dependencies than a checklist needs (34) still waits for every one of them', () => {
    const base = defaultTemplateSteps()[0];
    const steps = Array.from({ length: 35 }, (_, i) => ({
      ...base,
      key: `s${i}`,
      title: `Step ${i}`,
      order: i + 1,
      condition: null,
      dependsOn: i === 34 ? Array.from({ length: 34 }, (_, j) => `s${j}`) : [],
    }));
    let r = newOnboarding(1, coverPage(), { id: 1, version: 1, steps }, 'Sam', 't0');
    for (let i = 0; i < 34; i++) {
      expect(stepStates(r).get('s34')?.state).toBe('waiting');
      if (i === 33) expect(stepStates(r).get('s34')?.reason).toContain('"Step 33"');
      r = done(r, `s${i}`, manager);
    }
    expect(stepStates(r).get('s34')).toMatchObject({ state: 'ready', reason: '' });
  });
});
