/**
 * The onboarding's API answer as JSON text, exactly `JSON.stringify(viewOnboarding(…))`, built from pieces
 * remembered by identity: a step's text by its (shared, immutable) record, status and due date; the cover
 * page's by its object. A step change then serialises one or two steps, not all of them — this is the
 * server's busiest answer.
 */
import { MON_TO_FRI, type BusinessDays } from './business-days';
import { computeMoney, type CoverPage } from './cover';
import type { OnboardingRecord, StepRecord } from './record';
import { isComplete, progressOf, stepStatuses, type StepStatus } from './routing';
import { dueDates, stepView } from './view';

interface StepText {
  status: StepStatus;
  dueOn: string;
  json: string;
}

const STEP_TEXT = new WeakMap<StepRecord, StepText>();
const COVER_TEXT = new WeakMap<CoverPage, { cover: string; computed: string }>();

function stepJson(s: StepRecord, status: StepStatus, dueOn: string): string {
  const known = STEP_TEXT.get(s);
  if (known && known.status === status && known.dueOn === dueOn) return known.json;
  const json = JSON.stringify(stepView(s, status, dueOn));
  STEP_TEXT.set(s, { status, dueOn, json });
  return json;
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
  const states = stepStatuses(record);
  const due = dueDates(record, cal);
  const steps = new Array<string>(record.steps.length);
  for (let i = 0; i < record.steps.length; i++) steps[i] = stepJson(record.steps[i], states[i], due.get(record.steps[i].key)!);
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
    `,"steps":[${steps.join(',')}]` +
    prop('handoffs', record.handoffs) +
    prop('createdAt', record.createdAt) +
    prop('createdBy', record.createdBy) +
    '}'
  );
}
