/** The onboarding as the HTTP API shows it (DESIGN §5): derived states, reasons, due dates, progress. */
import { addBusinessDays, MON_TO_FRI, type BusinessDays } from './business-days';
import { computeMoney, type CoverMoney, type CoverPage } from './cover';
import type { HandoffRecord, OnboardingRecord, StepRecord } from './record';
import { isComplete, progressOf, stepStates, type Progress, type StepState } from './routing';

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
  keys: string[];
  rules: StepRecord['due'][];
  dates: Map<string, string>;
}

/**
 * The last due dates computed for a cover page. They depend only on the signing date, the calendar and
 * each step's key and due rule, which a step change leaves as they were (same rule objects).
 */
const DUE = new WeakMap<CoverPage, KnownDueDates>();

/** Planned due dates: N business days after signing, or after the planned due date of another step. */
export function dueDates(record: OnboardingRecord, cal: BusinessDays = MON_TO_FRI): Map<string, string> {
  const known = DUE.get(record.cover);
  if (known && known.cal === cal && known.signedOn === record.cover.signedOn && sameRules(known, record)) return new Map(known.dates);
  const dates = computeDueDates(record, cal);
  DUE.set(record.cover, { cal, signedOn: record.cover.signedOn, keys: record.steps.map((s) => s.key), rules: record.steps.map((s) => s.due), dates: new Map(dates) });
  return dates;
}

function sameRules(known: KnownDueDates, record: OnboardingRecord): boolean {
  if (known.keys.length !== record.steps.length) return false;
  for (let i = 0; i < record.steps.length; i++) {
    if (known.keys[i] !== record.steps[i].key || known.rules[i] !== record.steps[i].due) return false;
  }
  return true;
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

export function viewOnboarding(record: OnboardingRecord, version: number, cal: BusinessDays = MON_TO_FRI): OnboardingView {
  const states = stepStates(record);
  const due = dueDates(record, cal);
  return {
    id: record.id,
    client: record.client,
    templateId: record.templateId,
    templateVersion: record.templateVersion,
    version,
    status: isComplete(record, states) ? 'complete' : 'open',
    cover: record.cover,
    computed: computeMoney(record.cover),
    progress: progressOf(record, states),
    steps: record.steps.map((s) => {
      const st = states.get(s.key)!;
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
        dueOn: due.get(s.key)!,
        completedBy: s.completedBy,
        completedAt: s.completedAt,
        note: s.note,
      };
    }),
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
