/**
 * The shape of an onboarding's step list — keys, dependencies as positions, evaluation order, and the
 * (phase, department) legs — which no step change or cover edit alters. It is worked out once per record
 * lineage: a record made from another by changeStep, editCover or a hand-off shares its predecessor's
 * shape (see `sameShapeAs`), so a change costs a pass over the steps, not a rebuild of these indexes.
 */
import type { Department } from './departments';
import type { OnboardingRecord } from './record';
import type { StepStatus } from './step-status';

export interface Leg {
  phase: string;
  department: Department;
  /** Positions in `record.steps`, in template order. */
  steps: number[];
}

export interface Shape {
  keys: string[];
  index: Map<string, number>;
  /** Per step, the positions of its dependencies in `dependsOn` order (-1: no such step). */
  deps: number[][];
  /** Every position once, dependencies before their dependents where the template allows it. */
  order: number[];
  /** Consecutive (phase, department) runs of the steps in template order. */
  legs: Leg[];
  /** Per step, the index of its leg in `legs`. */
  legOf: Int32Array;
  /** Departments in order of their first step, and each step's index in it. */
  departments: string[];
  departmentOf: Int32Array;
  /** Per step, whether it is required (a template property no change alters). */
  required: boolean[];
  /** Per step, its waiting statuses by open dependencies (bit p: dependsOn[p]), made once. */
  waiting: Map<number, StepStatus>[];
}

const SHAPES = new WeakMap<OnboardingRecord, Shape>();

export function shapeOf(record: OnboardingRecord): Shape {
  let shape = SHAPES.get(record);
  if (!shape) SHAPES.set(record, (shape = buildShape(record)));
  return shape;
}

/** Records `next` as having `prev`'s step list shape (same keys, dependencies, phases, departments). */
export function sameShapeAs<T extends OnboardingRecord>(next: T, prev: OnboardingRecord): T {
  const shape = SHAPES.get(prev);
  if (shape) SHAPES.set(next, shape);
  return next;
}

function buildShape(record: OnboardingRecord): Shape {
  const steps = record.steps;
  const keys = steps.map((s) => s.key);
  const index = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!index.has(k)) index.set(k, i);
  });
  const deps = steps.map((s) => s.dependsOn.map((k) => index.get(k) ?? -1));
  const legs = legsOf(record);
  const legOf = new Int32Array(steps.length);
  legs.forEach((leg, l) => leg.steps.forEach((i) => (legOf[i] = l)));
  const departments: string[] = [];
  const departmentOf = Int32Array.from(steps, (s) => {
    const d = departments.indexOf(s.department);
    return d >= 0 ? d : departments.push(s.department) - 1;
  });
  const required = steps.map((s) => s.required);
  return { keys, index, deps, order: evaluationOrder(deps), legs, legOf, departments, departmentOf, required, waiting: steps.map(() => new Map()) };
}

/** Depth-first post-order from each step in template order; a step on a cycle comes where the cycle is met. */
function evaluationOrder(deps: number[][]): number[] {
  const order: number[] = [];
  const mark = new Uint8Array(deps.length); // 0 new, 1 in progress, 2 placed
  const visit = (i: number) => {
    if (mark[i]) return;
    mark[i] = 1;
    for (const j of deps[i]) if (j >= 0) visit(j);
    mark[i] = 2;
    order.push(i);
  };
  for (let i = 0; i < deps.length; i++) visit(i);
  return order;
}

function legsOf(record: OnboardingRecord): Leg[] {
  const legs: Leg[] = [];
  const byPhaseAndDepartment = new Map<string, Map<string, Leg>>();
  record.steps.forEach((s, i) => {
    let ofPhase = byPhaseAndDepartment.get(s.phase);
    if (!ofPhase) byPhaseAndDepartment.set(s.phase, (ofPhase = new Map()));
    const leg = ofPhase.get(s.department);
    if (leg) leg.steps.push(i);
    else {
      const l: Leg = { phase: s.phase, department: s.department, steps: [i] };
      ofPhase.set(s.department, l);
      legs.push(l);
    }
  });
  return legs;
}
