/** Onboarding templates and their versions. */
import { z } from 'zod';
import type { Condition } from '../onboarding/conditions';
import { PAYMENT_METHODS } from '../onboarding/cover';
import { NameSchema } from './common';
import { DepartmentSchema } from './onboarding';

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('paidBy'), which: z.enum(['setup', 'monthly', 'either']), in: z.array(z.enum(PAYMENT_METHODS)).min(1) }),
    z.object({ type: z.literal('count'), field: z.enum(['servers', 'workstations', 'users']), atLeast: z.number().int().nonnegative() }),
    z.object({ type: z.literal('flag'), field: z.enum(['convertingExistingClient', 'hostedSpamFilter']), is: z.boolean() }),
    z.object({ type: z.literal('tierAtLeast'), tier: z.string().min(1), order: z.array(z.string().min(1)).min(1) }),
    z.object({ type: z.literal('all'), of: z.array(ConditionSchema) }),
    z.object({ type: z.literal('any'), of: z.array(ConditionSchema) }),
  ]),
) as z.ZodType<Condition>;

export const StepKeySchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lowercase letters, digits and dashes (at most 64)');

export const TemplateStepSchema = z.object({
  key: StepKeySchema,
  title: z.string().trim().min(1).max(300),
  department: DepartmentSchema,
  phase: z.string().trim().min(1).max(100),
  order: z.number().int(),
  required: z.boolean().default(true),
  dependsOn: z.array(StepKeySchema).default([]),
  condition: ConditionSchema.nullable().default(null),
  due: z.object({ days: z.number().int().nonnegative().max(365), after: StepKeySchema.optional() }),
});

export const TemplateStepsSchema = z.array(TemplateStepSchema).min(1).max(500);
export const TemplateCreateSchema = z.object({ name: NameSchema, steps: TemplateStepsSchema });
export const TemplateVersionCreateSchema = z.object({ steps: TemplateStepsSchema });

export const TemplateVersionSchema = z.object({
  templateId: z.number().int(),
  version: z.number().int(),
  status: z.enum(['draft', 'published']),
  createdAt: z.string(),
  createdBy: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  steps: z.array(TemplateStepSchema),
});
export const TemplateSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** The latest published version (new onboardings pin it), or null. */
  currentVersion: z.number().int().nullable(),
  versions: z.array(TemplateVersionSchema.omit({ steps: true })),
});
