/** Invariants of the routing state machine under random sequences of completions, undos and cover edits. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoverPage } from '../../../core/onboarding/cover';
import { defaultTemplateSteps } from '../../../core/onboarding/default-template';
import { newOnboarding, type Actor } from '../../../core/onboarding/record';
import { changeStep, editCover, isComplete, progressOf, stepStates } from '../../../core/onboarding/routing';
import { viewOnboarding } from '../../../core/onboarding/view';
import { viewOnboardingJson } from '../../../core/onboarding/view-json';
import { coverPage } from './cover-fixture';

const KEYS = defaultTemplateSteps().map((s) => s.key);
const actors: Actor[] = [
  { id: 1, name: 'Sam', role: 'member', departments: ['Sales'] },
  { id: 2, name: 'Fran', role: 'member', departments: ['Finance'] },
  { id: 3, name: 'Sid', role: 'member', departments: ['Service'] },
  { id: 4, name: 'Nia', role: 'member', departments: ['NOC'] },
  { id: 5, name: 'Alex', role: 'member', departments: ['Account Manager'] },
  { id: 9, name: 'Max', role: 'manager', departments: [] },
];

const coverArb = fc.record({
  servers: fc.integer({ min: 0, max: 3 }),
  workstations: fc.integer({ min: 0, max: 30 }),
  setupPaidBy: fc.constantFrom('check', 'card', 'ach' as const),
  monthlyPaidBy: fc.constantFrom('check', 'card', 'ach' as const),
  tier: fc.constantFrom('Silver', 'Gold', 'Platinum'),
  spam: fc.boolean(),
  converting: fc.boolean(),
}).map((c): CoverPage => coverPage({
  servers: { count: c.servers, unitPrice: 150 },
  workstations: { count: c.workstations, unitPrice: 40 },
  setupPaidBy: c.setupPaidBy as CoverPage['setupPaidBy'],
  monthlyPaidBy: c.monthlyPaidBy as CoverPage['monthlyPaidBy'],
  tier: c.tier,
  hostedSpamFilter: c.spam,
  convertingExistingClient: c.converting,
}));

const opArb = fc.oneof(
  fc.record({ kind: fc.constant('step' as const), key: fc.constantFrom(...KEYS), done: fc.boolean(), actor: fc.integer({ min: 0, max: actors.length - 1 }) }),
  fc.record({ kind: fc.constant('cover' as const), cover: coverArb }),
);

describe('routing invariants', () => {
  it('no step is ever completed before its dependencies; hand-offs are unique; complete ⇔ progress 1', () => {
    fc.assert(
      fc.property(coverArb, fc.array(opArb, { maxLength: 120 }), (cover, ops) => {
        let r = newOnboarding(1, cover, { id: 1, version: 1, steps: defaultTemplateSteps() }, 'Sam', 't0');
        ops.forEach((op, i) => {
          if (op.kind === 'cover') {
            r = editCover(r, op.cover, `t${i}`);
            return;
          }
          const before = stepStates(r);
          const actor = actors[op.actor];
          const c = changeStep(r, op.key, op.done, actor, `t${i}`);
          if (c.kind !== 'changed') return;
          if (op.done) {
            // Only a ready step can be completed, by its department or a manager.
            expect(before.get(op.key)?.state).toBe('ready');
            const step = r.steps.find((s) => s.key === op.key)!;
            expect(actor.role === 'manager' || actor.departments.includes(step.department)).toBe(true);
          } else {
            // Undo: no done step depends on it.
            expect(r.steps.some((s) => s.done && s.dependsOn.includes(op.key))).toBe(false);
          }
          r = c.record;
          // States carried over from the previous record equal the states derived afresh.
          expect(stepStates(r)).toEqual(stepStates({ ...r }));
        });
        const p = progressOf(r);
        expect(p.overall).toBeGreaterThanOrEqual(0);
        expect(p.overall).toBeLessThanOrEqual(1);
        expect(isComplete(r)).toBe(p.overall === 1);
        const legs = r.handoffs.map((h) => `${h.from}|${h.phase}`);
        expect(new Set(legs).size).toBe(legs.length);
        for (const h of r.handoffs) expect(h.from).not.toBe(h.to);
      }),
      { numRuns: 200 },
    );
  });

  it('the answer built from remembered pieces is exactly JSON.stringify of the view, after every change', () => {
    fc.assert(
      fc.property(coverArb, fc.array(opArb, { maxLength: 80 }), (cover, ops) => {
        let r = newOnboarding(7, cover, { id: 2, version: 3, steps: defaultTemplateSteps() }, 'Sam "the closer"', 't0');
        let version = 1;
        const check = () => {
          expect(viewOnboardingJson(r, version)).toBe(JSON.stringify(viewOnboarding(r, version)));
          // A record with nothing remembered yet (as read back from the database) gives the same text.
          expect(viewOnboardingJson({ ...r, steps: r.steps.map((s) => ({ ...s })) }, version)).toBe(JSON.stringify(viewOnboarding(r, version)));
        };
        check();
        ops.forEach((op, i) => {
          if (op.kind === 'cover') r = editCover(r, op.cover, `t${i}`);
          else {
            const c = changeStep(r, op.key, op.done, actors[op.actor], `2026-11-${String(10 + (i % 18)).padStart(2, '0')}T10:00:00Z`, i % 3 ? undefined : `note ${i} "quoted" \\ \u2028`);
            if (c.kind !== 'changed') return;
            r = c.record;
          }
          version++;
          check();
        });
      }),
      { numRuns: 100 },
    );
  });
});
