/**
 * How an onboarding is stored: the steps copied from its template version (written once, at creation) and
 * its changing state — cover page, sign-offs, hand-offs — written on every change. Keeping the copied
 * titles, conditions and due rules out of the state keeps each write small.
 */
import type { OnboardingRecord, StepRecord } from '../../core/onboarding/record';
import type { TemplateStep } from '../../core/onboarding/template';
import { shapeOf } from '../../core/onboarding/shape';
import { SplicedJoin } from '../../core/onboarding/spliced-join';
import { coverJson } from '../../core/onboarding/view-json';

type SignOff = [key: string, done: 0 | 1, completedBy: string | null, completedById: number | null, completedAt: string | null, note: string | null];

interface StateDoc extends Omit<OnboardingRecord, 'steps' | 'id'> {
  signOffs: SignOff[];
}

export function stepsJson(record: OnboardingRecord): string {
  const steps: TemplateStep[] = record.steps.map((s) => ({
    key: s.key,
    title: s.title,
    department: s.department,
    phase: s.phase,
    order: s.order,
    required: s.required,
    dependsOn: s.dependsOn,
    condition: s.condition,
    due: s.due,
  }));
  return JSON.stringify(steps);
}

/** The sign-offs' text, spliced per onboarding: a change re-serialises the one step it replaced. */
const SIGN_OFFS_TEXT = new SplicedJoin();

function signOffsJson(record: OnboardingRecord): string {
  const steps = record.steps;
  return SIGN_OFFS_TEXT.join(shapeOf(record), null, [steps], steps.length, (i) => {
    const s = steps[i];
    const signOff: SignOff = [s.key, s.done ? 1 : 0, s.completedBy, s.completedById, s.completedAt, s.note];
    return JSON.stringify(signOff);
  });
}

/** The state document's JSON: the same fields as `StateDoc`, with the cover page's text remembered too. */
export function stateJson(record: OnboardingRecord): string {
  const { steps: _steps, id: _id, cover, ...rest } = record;
  const head = JSON.stringify(rest);
  return `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"cover":${coverJson(cover)},"signOffs":[${signOffsJson(record)}]}`;
}

/** `steps` is null for rows written before the split (their doc is the whole record). */
export function joinRecord(id: number, steps: string | null, doc: string): OnboardingRecord {
  if (steps === null) return { ...(JSON.parse(doc) as OnboardingRecord), id };
  const { signOffs, ...rest } = JSON.parse(doc) as StateDoc;
  const byKey = new Map(signOffs.map((s) => [s[0], s]));
  const merged: StepRecord[] = (JSON.parse(steps) as TemplateStep[]).map((t) => {
    const s = byKey.get(t.key);
    return { ...t, done: s?.[1] === 1, completedBy: s?.[2] ?? null, completedById: s?.[3] ?? null, completedAt: s?.[4] ?? null, note: s?.[5] ?? null };
  });
  return { ...rest, id, steps: merged };
}
