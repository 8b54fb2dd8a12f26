/** Building blocks shared by the API schemas. */
import { z } from 'zod';
import { isValidYmd } from '../workbook/dates';

/** YYYY-MM-DD that is a real calendar date. */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => isValidYmd(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), 'must be a real calendar date');

export const MoneySchema = z.number().finite().nonnegative().max(1e12);
export const CountSchema = z.number().int().nonnegative().max(1_000_000);
export const NameSchema = z.string().trim().min(1).max(200);

/** Problem details (RFC 9457) as every error response carries them. */
export const FindingSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  cell: z.string().nullable(),
  message: z.string(),
});
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    findings: z.array(FindingSchema).optional(),
  })
  .passthrough();
export type Problem = z.infer<typeof ProblemSchema>;
