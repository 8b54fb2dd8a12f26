/** The published services grid. */
import { z } from 'zod';
import { FindingSchema } from './common';

/** A cell as Excel's Range.values gives it. */
export const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const TableValuesSchema = z.array(z.array(CellValueSchema).max(1000)).max(200_000);

export const GRID_TABLE_NAMES = ['Services', 'Tiers', 'ServiceGrid', 'Agreements', 'OneOffs', 'Roles', 'WorkTypes', 'Settings', 'Calendar', 'Holidays'] as const;

export const GridPublishSchema = z.object({
  tables: z.record(z.string().min(1).max(100), TableValuesSchema),
});
export type GridPublish = z.output<typeof GridPublishSchema>;

export const GridPublishedSchema = z.object({ version: z.number().int(), findings: z.array(FindingSchema) });

export const GridVersionSchema = z.object({
  version: z.number().int(),
  publishedBy: z.string(),
  publishedAt: z.string(),
  tables: z.record(z.string(), TableValuesSchema),
});

export const GridDiffQuerySchema = z.object({
  from: z.coerce.number().int().positive(),
  to: z.coerce.number().int().positive(),
});

export const CustomersQuerySchema = z.object({ q: z.string().max(200).optional(), date: z.string().optional() });
