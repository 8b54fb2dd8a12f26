/** Bodies of the HTTP API as the pane uses them (DESIGN §5). */
export type Department = string;
export type PaidBy = 'check' | 'card' | 'ach';

export interface Me {
  name: string;
  role: 'admin' | 'manager' | 'member';
  departments: Department[];
}

export interface CoverPage {
  client: string;
  signedOn: string;
  tier: string;
  servers: { count: number; unitPrice: number };
  workstations: { count: number; unitPrice: number };
  users: number;
  otherMonthly: { label: string; amount: number }[];
  setupFee: number;
  setupPaidBy: PaidBy;
  monthlyPaidBy: PaidBy;
  billingContact: { name: string; email: string; address: string };
  convertingExistingClient: boolean;
  hostedSpamFilter: boolean;
}

export type StepState = 'waiting' | 'ready' | 'done' | 'not_applicable';

export interface OnboardingStep {
  key: string;
  title: string;
  department: Department;
  phase: string | number;
  required: boolean;
  dependsOn: string[];
  state: StepState;
  reason: string | null;
  dueOn: string | null;
  completedBy: string | null;
  completedAt: string | null;
}

export interface Handoff {
  from: Department | null;
  to: Department;
  at: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
}

export interface Onboarding {
  id: number | string;
  client: string;
  templateVersion: number | string;
  status: 'open' | 'complete';
  cover: CoverPage;
  computed: { monthlyTotal: number; firstInvoice: number; dueAtSigning: number };
  progress: { overall: number; byDepartment: Record<Department, number> };
  steps: OnboardingStep[];
  handoffs: Handoff[];
}

export interface QueueItem {
  onboardingId?: number | string;
  id?: number | string;
  client?: string;
  key?: string;
  step?: OnboardingStep | string;
  title?: string;
  department?: Department;
  dueOn?: string | null;
}

/** Each table as Excel's Range.values gives it, header row first. */
export type GridTables = Record<string, unknown[][]>;
