/**
 * The onboarding's API answer as JSON text, exactly `JSON.stringify(viewOnboarding(…))` — the server's
 * busiest answer. The steps' part (most of it) is spliced from the last text built for the same
 * onboarding: steps whose record and status objects are unchanged keep their text, so a step change
 * serialises one or two steps.
 */
import { MON_TO_FRI, type BusinessDays } from './business-days';
import { computeMoney, type CoverPage } from './cover';
import type { OnboardingRecord } from './record';
import { isComplete, progressOf, stepStatuses, type StepStatus } from './routing';
import { shapeOf } from './shape';
import { SplicedJoin } from './spliced-join';
import { dueDates, stepView } from './view';

const STEPS_TEXT = new SplicedJoin();
const COVER_TEXT = new WeakMap<CoverPage, { cover: string; computed: string }>();

function stepsJson(record: OnboardingRecord, statuses: readonly StepStatus[], dues: ReadonlyMap<string, string>): string {
  const steps = record.steps;
  return STEPS_TEXT.join(shapeOf(record), dues, [steps, statuses], steps.length, (i) => JSON.stringify(stepView(steps[i], statuses[i], dues.get(steps[i].key)!)));
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
