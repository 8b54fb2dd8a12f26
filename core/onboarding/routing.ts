/**
 * The routing state machine of an onboarding (DESIGN §4.6). States are derived, never stored: a step is
 * done when signed off, not applicable when its condition fails on the cover page (unless already done —
 * cover edits never remove completed work), ready when every dependency is done or not applicable, else
 * waiting. Changes are pure functions from one record to the next, or a refusal with an HTTP status.
 */
import { evaluateCondition } from './conditions';
import type { CoverPage } from './cover';
import { inDepartment, isManager, type Actor, type OnboardingRecord, type StepRecord } from './record';
import { sameShapeAs, shapeOf, type Shape } from './shape';
import type { StepStatus } from './step-status';

export type { StepState, StepStatus } from './step-status';

const DONE: StepStatus = Object.freeze({ state: 'done', reason: '', waitingFor: Object.freeze([]) as unknown as string[] });
const READY: StepStatus = Object.freeze({ state: 'ready', reason: '', waitingFor: Object.freeze([]) as unknown as string[] });

export interface Progress {
  overall: number;
  byDepartment: Record<string, number>;
}

/**
 * What one pass over a record's steps gives: each step's status (shared, read-only objects), progress,
 * completeness, and per leg how many steps count and whether they are all done. Records are never
 * mutated (every change makes a new one), so this is remembered per record.
 */
interface Derived {
  statuses: StepStatus[];
  progress: Progress;
  complete: boolean;
  legCounted: number[];
  legFinished: boolean[];
}

const DERIVED = new WeakMap<OnboardingRecord, Derived>();
const STATES = new WeakMap<OnboardingRecord, Map<string, StepStatus>>();

function derivedOf(record: OnboardingRecord): Derived {
  let d = DERIVED.get(record);
  if (!d) DERIVED.set(record, (d = derive(record)));
  return d;
}

const statusesOf = (record: OnboardingRecord) => derivedOf(record).statuses;

/** Every step's status, by position in `record.steps` (shared, read-only objects). */
export function stepStatuses(record: OnboardingRecord): readonly StepStatus[] {
  return statusesOf(record);
}

export function stepStates(record: OnboardingRecord): Map<string, StepStatus> {
  let states = STATES.get(record);
  if (!states) {
    const statuses = statusesOf(record);
    states = new Map();
    for (let i = 0; i < record.steps.length; i++) if (!states.has(record.steps[i].key)) states.set(record.steps[i].key, statuses[i]);
    STATES.set(record, states);
  }
  return states;
}

/** Not-applicable statuses by position for one cover page (null: the step applies). */
const NOT_APPLICABLE = new WeakMap<CoverPage, WeakMap<Shape, (StepStatus | null)[]>>();

function notApplicable(record: OnboardingRecord, shape: Shape): (StepStatus | null)[] {
  let byShape = NOT_APPLICABLE.get(record.cover);
  if (!byShape) NOT_APPLICABLE.set(record.cover, (byShape = new WeakMap()));
  let na = byShape.get(shape);
  if (!na) {
    na = record.steps.map((s) => {
      const c = evaluateCondition(s.condition, record.cover);
      return c.applies ? null : Object.freeze({ state: 'not_applicable' as const, reason: c.reason, waitingFor: [] });
    });
    byShape.set(shape, na);
  }
  return na;
}

const settled = (st: StepStatus | undefined) => st !== undefined && (st.state === 'done' || st.state === 'not_applicable');

/**
 * Every step's status, dependencies first: done when signed off; else not applicable when its condition
 * fails on the cover page; else ready when every dependency is done or not applicable, else waiting for
 * the others (an unknown or circular dependency cannot be met; templates are checked before publishing).
 * The same pass tallies progress and the legs for hand-offs.
 */
function derive(record: OnboardingRecord): Derived {
  const shape = shapeOf(record);
  const steps = record.steps;
  const na = notApplicable(record, shape);
  const statuses: StepStatus[] = new Array(steps.length);
  const nDepartments = shape.departments.length;
  const doneBy: number[] = new Array(nDepartments).fill(0);
  const totalBy: number[] = new Array(nDepartments).fill(0);
  const firstCounted: number[] = new Array(nDepartments).fill(steps.length);
  const legCounted: number[] = new Array(shape.legs.length).fill(0);
  const legFinished: boolean[] = new Array(shape.legs.length).fill(true);
  let done = 0;
  let total = 0;
  for (const i of shape.order) {
    const isDone = steps[i].done;
    let st: StepStatus;
    if (isDone) st = DONE;
    else if (na[i]) st = na[i]!;
    else {
      const deps = shape.deps[i];
      let open = 0; // bit p: dependsOn[p] is still open
      for (let p = 0; p < deps.length; p++) if (deps[p] < 0 || !settled(statuses[deps[p]])) open |= openBit(p);
      st = open ? waiting(record, shape, i, open) : READY;
    }
    statuses[i] = st;
    // Required steps count for progress unless not applicable (a done step counts even if its condition
    // no longer holds); `required` is part of the shape, so the step object is read once, for `done`.
    if (!shape.required[i] || st.state === 'not_applicable') continue;
    const d = shape.departmentOf[i];
    const l = shape.legOf[i];
    totalBy[d]++;
    total++;
    legCounted[l]++;
    if (i < firstCounted[d]) firstCounted[d] = i;
    if (isDone) {
      doneBy[d]++;
      done++;
    } else legFinished[l] = false;
  }
  const frac = (n: number, of: number) => (of === 0 ? 1 : Math.round((n / of) * 10000) / 10000);
  const byDepartment: Record<string, number> = {};
  // Departments in order of their first counted step, as a reader of the template would list them.
  const counted = shape.departments.map((_, d) => d).filter((d) => totalBy[d] > 0);
  counted.sort((a, b) => firstCounted[a] - firstCounted[b]);
  for (const d of counted) byDepartment[shape.departments[d]] = frac(doneBy[d], totalBy[d]);
  return { statuses, progress: { overall: frac(done, total), byDepartment }, complete: done === total, legCounted, legFinished };
}

/**
 * The bit of dependency p in a step's open set. Checklist steps have a handful of dependencies; past the
 * 30th they share one bit, so such a step waits correctly and its reason lists all of those later ones.
 */
const openBit = (p: number) => 1 << Math.min(p, 30);

/** A waiting status by step and open dependencies (bits over its dependsOn), made once per shape. */
function waiting(record: OnboardingRecord, shape: Shape, i: number, open: number): StepStatus {
  const memo = shape.waiting[i];
  let status = memo.get(open);
  if (!status) {
    const keys = record.steps[i].dependsOn.filter((_, p) => open & openBit(p));
    const describe = (k: string) => {
      const j = shape.index.get(k);
      return j === undefined ? `"${k}"` : `"${record.steps[j].title}" (${record.steps[j].department})`;
    };
    status = Object.freeze({ state: 'waiting' as const, reason: `Waiting for ${keys.map(describe).join(', ')}`, waitingFor: keys });
    memo.set(open, status);
  }
  return status;
}

/** Required steps that count: applicable ones, plus done ones whose condition no longer holds. */
export function countsForProgress(s: StepRecord, status: StepStatus): boolean {
  return s.required && status.state !== 'not_applicable';
}

/** done ÷ applicable required steps, overall and per department (1 when a department has none). */
export function progressOf(record: OnboardingRecord): Progress {
  return derivedOf(record).progress;
}

export function isComplete(record: OnboardingRecord): boolean {
  return derivedOf(record).complete;
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
  const at = shapeOf(record).index.get(key);
  const step = at === undefined ? undefined : record.steps[at];
  if (!step) return refuse(404, 'unknown_step', 'Unknown step', `Onboarding ${record.id} has no step "${key}"`);
  if (!isManager(actor) && !inDepartment(actor, step.department)) {
    return refuse(403, 'not_your_department', 'Not your department', `Step "${key}" belongs to ${step.department}; ${actor.name} is in ${actor.departments.join(', ') || 'no department'}`);
  }
  if (step.done === done) return { kind: 'noop', step };
  if (done) {
    const st = statusesOf(record)[at!];
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
  const steps = record.steps.slice();
  steps[at!] = next;
  const updated = withHandoffs(sameShapeAs({ ...record, steps }, record), now);
  return { kind: 'changed', record: updated, step: next, previous };
}

/** A new cover page: conditions are re-evaluated on read; done steps stay done. */
export function editCover(record: OnboardingRecord, cover: CoverPage, now: string): OnboardingRecord {
  return withHandoffs(sameShapeAs({ ...record, cover, client: cover.client }, record), now);
}

/**
 * When a department's last required step of a phase is done, the onboarding is handed to the department
 * of the next unfinished (phase, department) leg. Each leg hands off once; undoing a step keeps history.
 */
export function withHandoffs(record: OnboardingRecord, now: string): OnboardingRecord {
  const { legs } = shapeOf(record);
  const derived = derivedOf(record);
  const { legCounted, legFinished } = derived;
  let handoffs = record.handoffs;
  legs.forEach((leg, l) => {
    if (legCounted[l] === 0 || !legFinished[l]) return;
    if (handoffs.some((h) => h.from === leg.department && h.phase === leg.phase)) return;
    let next = -1;
    for (let m = l + 1; m < legs.length && next < 0; m++) if (legCounted[m] > 0 && !legFinished[m] && legs[m].department !== leg.department) next = m;
    if (next < 0) return;
    handoffs = [...handoffs, { from: leg.department, to: legs[next].department, phase: leg.phase, at: now, acknowledgedBy: null, acknowledgedAt: null }];
  });
  if (handoffs === record.handoffs) return record;
  const out = sameShapeAs({ ...record, handoffs }, record);
  // Same steps and cover, so the same states.
  DERIVED.set(out, derived);
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
  const out = sameShapeAs({ ...record, handoffs }, record);
  DERIVED.set(out, derivedOf(record));
  return { kind: 'changed', record: out };
}
