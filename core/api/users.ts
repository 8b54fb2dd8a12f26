/** Users, tokens and `GET /me`. */
import { z } from 'zod';
import { NameSchema } from './common';
import { DepartmentSchema } from './onboarding';

export const RoleSchema = z.enum(['admin', 'manager', 'member']);

export const UserCreateSchema = z.object({
  name: NameSchema,
  role: RoleSchema,
  departments: z.array(DepartmentSchema).max(5).default([]),
});
export const UserPatchSchema = z
  .object({ role: RoleSchema, departments: z.array(DepartmentSchema).max(5), disabled: z.boolean() })
  .partial();

export const UserSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: RoleSchema,
  departments: z.array(z.string()),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;
export const MeSchema = UserSchema.pick({ id: true, name: true, role: true, departments: true });

export const TokenCreateSchema = z.object({ userId: z.number().int().positive(), label: z.string().trim().max(100).optional() });
export const TokenSchema = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  userName: z.string(),
  label: z.string().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
/** The secret appears only in the response that creates it. */
export const NewTokenSchema = TokenSchema.extend({ token: z.string() });
