/**
 * The routing state machine of an onboarding (DESIGN §4.6). States are derived, never stored: a step is
 * done when signed off, not applicable when its condition fails on the cover page (unless already done —
 * cover edits never remove completed work), ready when every dependency is done or not applicable, else
 * waiting. Changes are pure functions from one record to the next, or a refusal with an HTTP status.
 */
import { evaluateCondition, type Condition, type ConditionResult } from './conditions';
import type { CoverPage } from './cover';
import type { Department } from './departments';
import { inDepartment, isManager, type Actor, type OnboardingRecord, type StepRecord } from './record';

export type StepState = 'waiting' | 'ready' | 'done' | 'not_applicable';

export interface StepStatus {
  state: StepState;
  reason: string;
  /** Dependencies still open (waiting steps only). */
  waitingFor: string[];
}

/** Records are never mutated (every change makes a new one), so their derived states can be remembered. */
const STATES = new WeakMap<OnboardingRecord, Map<string, StepStatus>>();

export function stepStates(record: OnboardingRecord): Map<string, StepStatus> {
  let states = STATES.get(record);
  if (!states) STATES.set(record, (states = deriveStates(record)));
  return states;
}

function remember(record: OnboardingRecord, states: Map<string, StepStatus>): void {
  STATES.set(record, states);
}

/**
 * Condition results by cover page and condition: a step change keeps the cover (and the steps' conditions)
 * of the record it came from, so conditions are evaluated once per cover rather than on every change.
 */
const CONDITIONS = new WeakMap<CoverPage, Map<Condition, ConditionResult>>();

function conditionOn(c: Condition | null | undefined, cover: CoverPage): ConditionResult {
  if (!c) return evaluateCondition(c, cover);
  let byCondition = CONDITIONS.get(cover);
  if (!byCondition) CONDITIONS.set(cover, (byCondition = new Map()));
  let r = byCondition.get(c);
  if (!r) byCondition.set(c, (r = evaluateCondition(c, cover)));
  return r;
}

/** A record a new one was made from, with its states: what did not change need not be derived again. */
interface Prior {
  record: OnboardingRecord;
  states: Map<string, StepStatus>;
}

/**
 * Derives every step's state. With a prior record of the same cover and the same steps in the same order,
 * a step object the new record shares with it (so: same done, condition, dependencies) keeps its prior
 * status object when the result would be equal anyway: done stays done, not applicable stays not
 * applicable (same condition on the same cover), and waiting/ready is reused when the same dependencies,
 * with the same titles and departments, are open. Dependencies are still resolved exactly as without one.
 */
function deriveStates(record: OnboardingRecord, prior?: Prior): Map<string, StepStatus> {
  const byKey = new Map<string, StepRecord>();
  for (const s of record.steps) byKey.set(s.key, s);
  const stepOf = (k: string) => byKey.get(k);
  const kept = prior && sameShape(prior.record, record) ? new Set(prior.record.steps) : undefined;
  const out = new Map<string, StepStatus>();
  const resolve = (s: StepRecord, depth: number): StepStatus => {
    const known = out.get(s.key);
    if (known) return known;
    const before = kept?.has(s) ? prior!.states.get(s.key) : undefined;
    let status: StepStatus;
    if (s.done) status = before?.state === 'done' ? before : { state: 'done', reason: '', waitingFor: [] };
    else if (before?.state === 'not_applicable') status = before;
    else {
      const cond = before ? { applies: true, reason: '' } : conditionOn(s.condition, record.cover);
      if (!cond.applies) status = { state: 'not_applicable', reason: cond.reason, waitingFor: [] };
      else {
        const open = s.dependsOn.filter((k) => {
          const dep = stepOf(k);
          // Unknown or circular dependencies cannot be met; templates are checked before publishing.
          if (!dep || depth > record.steps.length) return true;
          const st = resolve(dep, depth + 1).state;
          return st !== 'done' && st !== 'not_applicable';
        });
        if (before && sameOpen(before, open, prior!.record, stepOf)) status = before;
        else
          status = open.length
            ? { state: 'waiting', reason: `Waiting for ${open.map((k) => describeStep(stepOf(k), k)).join(', ')}`, waitingFor: open }
            : { state: 'ready', reason: '', waitingFor: [] };
      }
    }
    out.set(s.key, status);
    return status;
  };
  for (const s of record.steps) resolve(s, 0);
  return out;
}

function sameShape(a: OnboardingRecord, b: OnboardingRecord): boolean {
  if (a.cover !== b.cover || a.steps.length !== b.steps.length) return false;
  for (let i = 0; i < a.steps.length; i++) if (a.steps[i].key !== b.steps[i].key) return false;
  return true;
}

/** True when `before` (waiting or ready) says exactly what a new status with these open keys would. */
function sameOpen(before: StepStatus, open: string[], priorRecord: OnboardingRecord, stepOf: (k: string) => StepRecord | undefined): boolean {
  if (before.state !== (open.length ? 'waiting' : 'ready') || before.waitingFor.length !== open.length) return false;
  for (let i = 0; i < open.length; i++) {
    if (before.waitingFor[i] !== open[i]) return false;
    const now = stepOf(open[i]);
    const then = priorRecord.steps.find((s) => s.key === open[i]);
    if (now?.title !== then?.title || now?.department !== then?.department) return false;
  }
  return true;
}

function describeStep(s: StepRecord | undefined, key: string): string {
  return s ? `"${s.title}" (${s.department})` : `"${key}"`;
}

/** Required steps that count: applicable ones, plus done ones whose condition no longer holds. */
export function countsForProgress(s: StepRecord, status: StepStatus): boolean {
  return s.required && status.state !== 'not_applicable';
}

export interface Progress {
  overall: number;
  byDepartment: Record<string, number>;
}

/** done ÷ applicable required steps, overall and per department (1 when a department has none). */
export function progressOf(record: OnboardingRecord, states = stepStates(record)): Progress {
  const tally = new Map<string, { done: number; total: number }>();
  let done = 0;
  let total = 0;
  for (const s of record.steps) {
    const st = states.get(s.key)!;
    if (!countsForProgress(s, st)) continue;
    const t = tally.get(s.department) ?? { done: 0, total: 0 };
    t.total++;
    total++;
    if (st.state === 'done') {
      t.done++;
      done++;
    }
    tally.set(s.department, t);
  }
  const frac = (d: number, t: number) => (t === 0 ? 1 : Math.round((d / t) * 10000) / 10000);
  const byDepartment: Record<string, number> = {};
  for (const [dep, t] of tally) byDepartment[dep] = frac(t.done, t.total);
  return { overall: frac(done, total), byDepartment };
}

export function isComplete(record: OnboardingRecord, states = stepStates(record)): boolean {
  return record.steps.every((s) => !countsForProgress(s, states.get(s.key)!) || s.done);
}

export interface Refusal {
  status: 403 | 404 | 409;
  code: string;
  title: string;
  detail: string;
  extra?: Record<string, unknown>;
}

export type StepChange =
  | { kind: 'noop'; step: StepRecord }
  | { kind: 'changed'; record: OnboardingRecord; step: StepRecord; previous: Pick<StepRecord, 'completedBy' | 'completedAt' | 'note'> }
  | { kind: 'refused'; refusal: Refusal };

const refuse = (status: Refusal['status'], code: string, title: string, detail: string, extra?: Record<string, unknown>): StepChange => ({
  kind: 'refused',
  refusal: { status, code, title, detail, extra },
});

/** Sets a step done or not done. Idempotent: asking for the state it already has is a no-op. */
export function changeStep(record: OnboardingRecord, key: string, done: boolean, actor: Actor, now: string, note?: string): StepChange {
  const step = record.steps.find((s) => s.key === key);
  if (!step) return refuse(404, 'unknown_step', 'Unknown step', `Onboarding ${record.id} has no step "${key}"`);
  if (!isManager(actor) && !inDepartment(actor, step.department)) {
    return refuse(403, 'not_your_department', 'Not your department', `Step "${key}" belongs to ${step.department}; ${actor.name} is in ${actor.departments.join(', ') || 'no department'}`);
  }
  if (step.done === done) return { kind: 'noop', step };
  const states = stepStates(record);
  if (done) {
    const st = states.get(key)!;
    if (st.state === 'not_applicable') return refuse(409, 'step_not_applicable', 'Step not applicable', `Step "${key}": ${st.reason}`);
    if (st.state === 'waiting') {
      const waitingFor = st.waitingFor.map((k) => {
        const d = record.steps.find((s) => s.key === k);
        return { key: k, title: d?.title ?? k, department: d?.department ?? null };
      });
      return refuse(409, 'dependencies_not_done', 'Dependencies not done', `Step "${key}" cannot be completed yet: ${st.reason}`, { waitingFor });
    }
  } else {
    if (step.completedById !== actor.id && !isManager(actor)) {
      return refuse(403, 'not_completer', 'Only the completer or a manager may undo', `Step "${key}" was completed by ${step.completedBy}; only they or a manager may mark it not done`);
    }
    const dependents = record.steps.filter((s) => s.done && s.dependsOn.includes(key)).map((s) => s.key);
    if (dependents.length) {
      return refuse(409, 'dependents_done', 'Later steps are done', `Step "${key}" cannot be undone while ${dependents.map((k) => `"${k}"`).join(', ')} ${dependents.length > 1 ? 'are' : 'is'} done`, { dependents });
    }
  }
  const previous = { completedBy: step.completedBy, completedAt: step.completedAt, note: step.note };
  const next: StepRecord = done
    ? { ...step, done: true, completedBy: actor.name, completedById: actor.id, completedAt: now, note: note ?? null }
    : { ...step, done: false, completedBy: null, completedById: null, completedAt: null, note: note ?? null };
  const changed = { ...record, steps: record.steps.map((s) => (s.key === key ? next : s)) };
  remember(changed, deriveStates(changed, { record, states }));
  const updated = withHandoffs(changed, now);
  return { kind: 'changed', record: updated, step: next, previous };
}

/** A new cover page: conditions are re-evaluated on read; done steps stay done. */
export function editCover(record: OnboardingRecord, cover: CoverPage, now: string): OnboardingRecord {
  return withHandoffs({ ...record, cover, client: cover.client }, now);
}

interface Leg {
  phase: string;
  department: Department;
  steps: StepRecord[];
}

/** Consecutive (phase, department) runs of the steps in template order. */
function legsOf(record: OnboardingRecord): Leg[] {
  const legs: Leg[] = [];
  const byPhaseAndDepartment = new Map<string, Map<string, Leg>>();
  for (const s of record.steps) {
    let ofPhase = byPhaseAndDepartment.get(s.phase);
    if (!ofPhase) byPhaseAndDepartment.set(s.phase, (ofPhase = new Map()));
    const leg = ofPhase.get(s.department);
    if (leg) leg.steps.push(s);
    else {
      const l: Leg = { phase: s.phase, department: s.department, steps: [s] };
      ofPhase.set(s.department, l);
      legs.push(l);
    }
  }
  return legs;
}

/**
 * When a department's last required step of a phase is done, the onboarding is handed to the department
 * of the next unfinished (phase, department) leg. Each leg hands off once; undoing a step keeps history.
 */
export function withHandoffs(record: OnboardingRecord, now: string): OnboardingRecord {
  const states = stepStates(record);
  const legs = legsOf(record).map((l) => {
    const counted = l.steps.filter((s) => countsForProgress(s, states.get(s.key)!));
    return { ...l, counted, finished: counted.every((s) => s.done) };
  });
  let handoffs = record.handoffs;
  legs.forEach((leg, i) => {
    if (leg.counted.length === 0 || !leg.finished) return;
    if (handoffs.some((h) => h.from === leg.department && h.phase === leg.phase)) return;
    const next = legs.slice(i + 1).find((l) => l.counted.length > 0 && !l.finished && l.department !== leg.department);
    if (!next) return;
    handoffs = [...handoffs, { from: leg.department, to: next.department, phase: leg.phase, at: now, acknowledgedBy: null, acknowledgedAt: null }];
  });
  if (handoffs === record.handoffs) return record;
  const out = { ...record, handoffs };
  // Same steps and cover, so the same states.
  remember(out, states);
  return out;
}

export type AckResult = { kind: 'noop' } | { kind: 'changed'; record: OnboardingRecord } | { kind: 'refused'; refusal: Refusal };

/** The receiving department acknowledges every hand-off made to it (idempotent). */
export function acknowledgeHandoffs(record: OnboardingRecord, department: string, actor: Actor, now: string): AckResult {
  const mine = record.handoffs.filter((h) => h.to.toLowerCase() === department.toLowerCase());
  if (!isManager(actor) && !inDepartment(actor, department)) {
    return { kind: 'refused', refusal: { status: 403, code: 'not_your_department', title: 'Not your department', detail: `Only ${department} (or a manager) acknowledges hand-offs to ${department}` } };
  }
  if (mine.length === 0) {
    return { kind: 'refused', refusal: { status: 409, code: 'no_handoff', title: 'No hand-off', detail: `Onboarding ${record.id} has not been handed to ${department}` } };
  }
  if (mine.every((h) => h.acknowledgedAt)) return { kind: 'noop' };
  const handoffs = record.handoffs.map((h) =>
    mine.includes(h) && !h.acknowledgedAt ? { ...h, acknowledgedBy: actor.name, acknowledgedAt: now } : h,
  );
  return { kind: 'changed', record: { ...record, handoffs } };
}
