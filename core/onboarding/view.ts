/** The onboarding as the HTTP API shows it (DESIGN §5): derived states, reasons, due dates, progress. */
import { addBusinessDays, MON_TO_FRI, type BusinessDays } from './business-days';
import { computeMoney, type CoverMoney, type CoverPage } from './cover';
import type { HandoffRecord, OnboardingRecord, StepRecord } from './record';
import { shapeOf, type Shape } from './shape';
import { isComplete, progressOf, stepStates, stepStatuses, type Progress, type StepState, type StepStatus } from './routing';

export interface StepView {
  key: string;
  title: string;
  department: string;
  phase: string;
  order: number;
  required: boolean;
  dependsOn: string[];
  state: StepState;
  reason: string;
  dueOn: string;
  completedBy: string | null;
  completedAt: string | null;
  note: string | null;
}

export interface OnboardingView {
  id: number;
  client: string;
  templateVersion: number;
  templateId: number;
  version: number;
  status: 'open' | 'complete';
  cover: CoverPage;
  computed: CoverMoney;
  progress: Progress;
  steps: StepView[];
  handoffs: Omit<HandoffRecord, never>[];
  createdAt: string;
  createdBy: string;
}

interface KnownDueDates {
  cal: BusinessDays;
  signedOn: string;
  dates: ReadonlyMap<string, string>;
}

/**
 * The last due dates computed for a step list shape. They depend only on the signing date, the calendar
 * and each step's key and due rule, which the shape's lineage keeps (a step change or cover edit leaves
 * the rules as they were).
 */
const DUE = new WeakMap<Shape, KnownDueDates>();

/** Planned due dates: N business days after signing, or after the planned due date of another step. */
export function dueDates(record: OnboardingRecord, cal: BusinessDays = MON_TO_FRI): ReadonlyMap<string, string> {
  const shape = shapeOf(record);
  const known = DUE.get(shape);
  if (known && known.cal === cal && known.signedOn === record.cover.signedOn) return known.dates;
  const dates = computeDueDates(record, cal);
  DUE.set(shape, { cal, signedOn: record.cover.signedOn, dates });
  return dates;
}

function computeDueDates(record: OnboardingRecord, cal: BusinessDays): Map<string, string> {
  const byKey = new Map(record.steps.map((s) => [s.key, s]));
  const out = new Map<string, string>();
  const due = (key: string, depth: number): string => {
    const known = out.get(key);
    if (known) return known;
    const s = byKey.get(key)!;
    const after = s.due.after && byKey.has(s.due.after) && depth < record.steps.length ? due(s.due.after, depth + 1) : record.cover.signedOn;
    const d = addBusinessDays(after, s.due.days, cal);
    out.set(key, d);
    return d;
  };
  for (const s of record.steps) due(s.key, 0);
  return out;
}

/** One step as the API shows it. */
export function stepView(s: StepRecord, st: StepStatus, dueOn: string): StepView {
  return {
    key: s.key,
    title: s.title,
    department: s.department,
    phase: s.phase,
    order: s.order,
    required: s.required,
    dependsOn: s.dependsOn,
    state: st.state,
    reason: st.reason,
    dueOn,
    completedBy: s.completedBy,
    completedAt: s.completedAt,
    note: s.note,
  };
}

export function viewOnboarding(record: OnboardingRecord, version: number, cal: BusinessDays = MON_TO_FRI): OnboardingView {
  const states = stepStatuses(record);
  const due = dueDates(record, cal);
  return {
    id: record.id,
    client: record.client,
    templateId: record.templateId,
    templateVersion: record.templateVersion,
    version,
    status: isComplete(record) ? 'complete' : 'open',
    cover: record.cover,
    computed: computeMoney(record.cover),
    progress: progressOf(record),
    steps: record.steps.map((s, i) => stepView(s, states[i], due.get(s.key)!)),
    handoffs: record.handoffs,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
  };
}

export interface QueueItem {
  onboardingId: number;
  client: string;
  key: string;
  title: string;
  department: string;
  phase: string;
  dueOn: string;
}

/** Ready steps of one department (all departments when none is given), soonest due first. */
export function queueOf(records: readonly OnboardingRecord[], department: string | undefined, cal: BusinessDays = MON_TO_FRI): QueueItem[] {
  const items: QueueItem[] = [];
  const dep = department?.toLowerCase();
  for (const r of records) {
    const states = stepStates(r);
    const due = dueDates(r, cal);
    for (const s of r.steps) {
      if (states.get(s.key)!.state !== 'ready') continue;
      if (dep !== undefined && s.department.toLowerCase() !== dep) continue;
      items.push({ onboardingId: r.id, client: r.client, key: s.key, title: s.title, department: s.department, phase: s.phase, dueOn: due.get(s.key)! });
    }
  }
  return items.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.onboardingId - b.onboardingId);
}
