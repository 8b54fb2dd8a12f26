/** Onboarding request and response bodies (DESIGN §5). */
import { z } from 'zod';
import { PAYMENT_METHODS, type CoverPage } from '../onboarding/cover';
import { DEPARTMENTS } from '../onboarding/departments';
import { CountSchema, LocalDateSchema, MoneySchema, NameSchema } from './common';

const PaidBy = z.preprocess((v) => (typeof v === 'string' ? v.toLowerCase() : v), z.enum(PAYMENT_METHODS));
const Units = z.object({ count: CountSchema, unitPrice: MoneySchema });

export const CoverPageSchema = z.object({
  client: NameSchema,
  signedOn: LocalDateSchema,
  tier: NameSchema,
  servers: Units,
  workstations: Units,
  users: CountSchema,
  otherMonthly: z.array(z.object({ label: z.string().trim().min(1).max(200), amount: MoneySchema })).max(100).default([]),
  setupFee: MoneySchema,
  setupPaidBy: PaidBy,
  monthlyPaidBy: PaidBy,
  billingContact: z.object({
    name: z.string().max(200),
    email: z.string().max(320),
    address: z.string().max(1000),
  }),
  convertingExistingClient: z.boolean(),
  hostedSpamFilter: z.boolean(),
});
export type CoverPageInput = z.input<typeof CoverPageSchema>;
// The parsed schema and the engine's type are the same shape.
export const coverPage = (v: z.output<typeof CoverPageSchema>): CoverPage => v;

/** PATCH body: any cover-page fields; nested objects may be partial. */
export const CoverPatchSchema = z
  .object({
    client: NameSchema,
    signedOn: LocalDateSchema,
    tier: NameSchema,
    servers: Units.partial(),
    workstations: Units.partial(),
    users: CountSchema,
    otherMonthly: CoverPageSchema.shape.otherMonthly.unwrap(),
    setupFee: MoneySchema,
    setupPaidBy: PaidBy,
    monthlyPaidBy: PaidBy,
    billingContact: CoverPageSchema.shape.billingContact.partial(),
    convertingExistingClient: z.boolean(),
    hostedSpamFilter: z.boolean(),
  })
  .partial();
export type CoverPatch = z.output<typeof CoverPatchSchema>;

export const StepUpdateSchema = z.object({ done: z.boolean(), note: z.string().max(2000).optional() });
export type StepUpdate = z.output<typeof StepUpdateSchema>;

export const OnboardingStatusSchema = z.enum(['open', 'complete']);
export const OnboardingListQuerySchema = z.object({ status: OnboardingStatusSchema.optional() });

export const DepartmentSchema = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  const key = v.toLowerCase().replace(/[\s_-]+/g, '');
  return DEPARTMENTS.find((d) => d.toLowerCase().replace(/\s+/g, '') === key) ?? v;
}, z.enum(DEPARTMENTS));
export const QueueQuerySchema = z.object({ department: DepartmentSchema.optional() });

export const StepViewSchema = z.object({
  key: z.string(),
  title: z.string(),
  department: z.string(),
  phase: z.string(),
  order: z.number(),
  required: z.boolean(),
  dependsOn: z.array(z.string()),
  state: z.enum(['waiting', 'ready', 'done', 'not_applicable']),
  reason: z.string(),
  dueOn: z.string(),
  completedBy: z.string().nullable(),
  completedAt: z.string().nullable(),
  note: z.string().nullable(),
});

export const HandoffSchema = z.object({
  from: z.string(),
  to: z.string(),
  phase: z.string(),
  at: z.string(),
  acknowledgedBy: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
});

export const OnboardingSchema = z.object({
  id: z.number().int(),
  client: z.string(),
  templateId: z.number().int(),
  templateVersion: z.number().int(),
  version: z.number().int(),
  status: OnboardingStatusSchema,
  cover: CoverPageSchema,
  computed: z.object({ monthlyTotal: z.number(), firstInvoice: z.number(), dueAtSigning: z.number() }),
  progress: z.object({ overall: z.number(), byDepartment: z.record(z.string(), z.number()) }),
  steps: z.array(StepViewSchema),
  handoffs: z.array(HandoffSchema),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Onboarding = z.infer<typeof OnboardingSchema>;

export const QueueItemSchema = z.object({
  onboardingId: z.number().int(),
  client: z.string(),
  key: z.string(),
  title: z.string(),
  department: z.string(),
  phase: z.string(),
  dueOn: z.string(),
});
export const QueueSchema = z.array(QueueItemSchema);

const RowSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export const ConfigurationSchema = z.object({
  agreement: RowSchema,
  serviceGrid: RowSchema,
  findings: z.array(z.object({ severity: z.string(), code: z.string(), cell: z.string().nullable(), message: z.string() })),
});

/** `GET /onboardings` answers a bare array. */
export const OnboardingListSchema = z.array(OnboardingSchema);
