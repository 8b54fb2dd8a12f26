import { describe, expect, it } from 'vitest';
import type { Me, OnboardingStep } from '../../../addin/api/types';
import { canTick, mayActFor, mayEditCover, stepMeta } from '../../../addin/taskpane/onboarding-detail';

const step = (over: Partial<OnboardingStep>): OnboardingStep => ({
  key: 'collect-check',
  title: 'Collect check',
  department: 'Finance',
  phase: 'Billing',
  order: 1,
  required: true,
  dependsOn: [],
  state: 'ready',
  reason: '',
  dueOn: '2026-11-24',
  completedBy: null,
  completedAt: null,
  note: null,
  ...over,
});
const member: Me = { id: 1, name: 'Fay', role: 'member', departments: ['finance'] };
const manager: Me = { id: 2, name: 'Mia', role: 'manager', departments: ['Service'] };

describe('who may tick what', () => {
  it('members act for their own departments (case-insensitively), managers for all', () => {
    expect(mayActFor(member, 'Finance')).toBe(true);
    expect(mayActFor(member, 'Sales')).toBe(false);
    expect(mayActFor(manager, 'Sales')).toBe(true);
    expect(mayActFor(null, 'Sales')).toBe(false);
  });

  it('Sales, Account Management and managers may correct a cover page; other members may not', () => {
    expect(mayEditCover({ ...member, departments: ['sales'] })).toBe(true);
    expect(mayEditCover({ ...member, departments: ['NOC', 'Account Manager'] })).toBe(true);
    expect(mayEditCover(member)).toBe(false);
    expect(mayEditCover({ ...member, role: 'manager', departments: [] })).toBe(true);
    expect(mayEditCover(null)).toBe(false);
  });

  it('waiting and not-applicable steps cannot be ticked, done ones can be reopened', () => {
    expect(canTick(member, step({ state: 'ready' }))).toBe(true);
    expect(canTick(member, step({ state: 'done' }))).toBe(true);
    expect(canTick(member, step({ state: 'waiting' }))).toBe(false);
    expect(canTick(manager, step({ state: 'not_applicable' }))).toBe(false);
    expect(canTick(member, step({ department: 'NOC' }))).toBe(false);
  });
});

describe('stepMeta', () => {
  it('says why a step waits, does not apply, or when it is due', () => {
    expect(stepMeta(step({ state: 'waiting', dependsOn: ['create-invoice', 'sign'] }))).toBe('Waiting for create-invoice, sign · due 2026-11-24');
    expect(stepMeta(step({ state: 'not_applicable', reason: 'only when the monthly is paid by card or ACH' }))).toBe(
      'Not applicable: only when the monthly is paid by card or ACH',
    );
    // The server's reasons carry the prefix already: it is not doubled.
    expect(stepMeta(step({ state: 'not_applicable', reason: 'Not applicable: only if servers > 0' }))).toBe('Not applicable: only if servers > 0');
    expect(stepMeta(step({}))).toBe('Due 2026-11-24');
  });

  it('a done step names who completed it, and the note', () => {
    expect(stepMeta(step({ state: 'done', completedBy: 'Fay', completedAt: null, note: 'check #1042' }))).toBe('Done by Fay · check #1042');
  });
});
