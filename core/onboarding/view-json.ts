/**
 * The onboarding's API answer as JSON text, exactly `JSON.stringify(viewOnboarding(…))`. The steps' part
 * (most of it) is spliced from the last text built for the same onboarding (its step-list shape): steps
 * whose record and status objects are the same (both are shared and immutable) keep their text, so a
 * step change serialises one or two steps and copies the rest as one piece — this is the server's busiest
 * answer, and touching 28 scattered fragments cost more than the serialising.
 */
import { MON_TO_FRI, type BusinessDays } from './business-days';
import { computeMoney, type CoverPage } from './cover';
import type { OnboardingRecord, StepRecord } from './record';
import { isComplete, progressOf, stepStatuses, type StepStatus } from './routing';
import { shapeOf, type Shape } from './shape';
import { dueDates, stepView } from './view';

interface StepsText {
  steps: readonly StepRecord[];
  statuses: readonly StepStatus[];
  dues: ReadonlyMap<string, string>;
  /** The steps' JSON joined by commas; step i is text.slice(i ? ends[i - 1] : 0, ends[i]), its comma included. */
  text: string;
  ends: Int32Array;
}

const LAST_STEPS_TEXT = new WeakMap<Shape, StepsText>();
const COVER_TEXT = new WeakMap<CoverPage, { cover: string; computed: string }>();

function stepsJson(record: OnboardingRecord, statuses: readonly StepStatus[], dues: ReadonlyMap<string, string>): string {
  const shape = shapeOf(record);
  const steps = record.steps;
  const n = steps.length;
  const last = LAST_STEPS_TEXT.get(shape);
  const usable = last !== undefined && last.dues === dues && last.steps.length === n;
  let text = '';
  const ends = new Int32Array(n);
  let runFrom = -1; // start, in last.text, of the run of unchanged steps being copied
  let runTo = -1;
  let changed = !usable;
  for (let i = 0; i < n; i++) {
    if (usable && last.steps[i] === steps[i] && last.statuses[i] === statuses[i]) {
      if (runFrom < 0) runFrom = i ? last.ends[i - 1] : 0;
      runTo = last.ends[i];
    } else {
      if (runFrom >= 0) text += last!.text.slice(runFrom, runTo);
      runFrom = -1;
      text += (i ? ',' : '') + JSON.stringify(stepView(steps[i], statuses[i], dues.get(steps[i].key)!));
      changed = true;
    }
    ends[i] = text.length + (runFrom >= 0 ? runTo - runFrom : 0);
  }
  if (!changed) return last!.text;
  if (runFrom >= 0) text += last!.text.slice(runFrom, runTo);
  LAST_STEPS_TEXT.set(shape, { steps, statuses, dues, text, ends });
  return text;
}

/** The cover page as JSON text, remembered per cover object (covers are replaced, never changed). */
export function coverJson(cover: CoverPage): string {
  return coverText(cover).cover;
}

function coverText(cover: CoverPage): { cover: string; computed: string } {
  let t = COVER_TEXT.get(cover);
  if (!t) COVER_TEXT.set(cover, (t = { cover: JSON.stringify(cover), computed: JSON.stringify(computeMoney(cover)) }));
  return t;
}

/** `"name":value` as JSON.stringify writes an object property (nothing for undefined), after a comma. */
function prop(name: string, value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? '' : `,"${name}":${json}`;
}

export function viewOnboardingJson(record: OnboardingRecord, version: number, cal: BusinessDays = MON_TO_FRI): string {
  const steps = stepsJson(record, stepStatuses(record), dueDates(record, cal));
  const cover = coverText(record.cover);
  return (
    `{"id":${JSON.stringify(record.id)}` +
    prop('client', record.client) +
    prop('templateId', record.templateId) +
    prop('templateVersion', record.templateVersion) +
    prop('version', version) +
    `,"status":"${isComplete(record) ? 'complete' : 'open'}"` +
    `,"cover":${cover.cover},"computed":${cover.computed}` +
    prop('progress', progressOf(record)) +
    `,"steps":[${steps}]` +
    prop('handoffs', record.handoffs) +
    prop('createdAt', record.createdAt) +
    prop('createdBy', record.createdBy) +
    '}'
  );
}
