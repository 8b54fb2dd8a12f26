/** Bodies of the HTTP API as the pane uses them: the zod schemas' types from core/api (DESIGN §5). */
import type { z } from 'zod';
import type { CoverPageInput, HandoffSchema, MeSchema, OnboardingSchema, QueueItemSchema, StepViewSchema } from '../../core/api';

export type PaidBy = 'check' | 'card' | 'ach';
export type CoverPage = CoverPageInput;
export type Me = z.infer<typeof MeSchema>;
export type Onboarding = z.infer<typeof OnboardingSchema>;
export type OnboardingStep = z.infer<typeof StepViewSchema>;
export type Handoff = z.infer<typeof HandoffSchema>;
export type QueueItem = z.infer<typeof QueueItemSchema>;

/** Each table as Excel's Range.values gives it, header row first. */
export type GridTables = Record<string, (string | number | boolean | null)[][]>;
