/** zod validation of bodies, queries and params through @hono/zod-validator, with problem-JSON errors. */
import { zValidator } from '@hono/zod-validator';
import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { ApiProblem } from './problem';

type Target = 'json' | 'query' | 'param';

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, 5).map((i) => `${i.path.length ? i.path.join('.') : '(body)'}: ${i.message}`);
  return parts.join('; ') + (issues.length > 5 ? `; … and ${issues.length - 5} more` : '');
}

export function validated<T extends Target, S extends z.ZodType>(target: T, schema: S) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.error.issues;
      throw new ApiProblem(400, 'invalid_' + (target === 'json' ? 'body' : target), 'Invalid request', describeIssues(issues), {
        errors: issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
  });
}

/** JSON bodies must say so: anything else is 415, before the validator would see an empty object. */
export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z0-9.+-]*\+)?json\b/i.test(type)) {
    throw new ApiProblem(415, 'unsupported_media_type', 'Unsupported media type', `Send the body as JSON with Content-Type: application/json (got "${type || 'none'}")`);
  }
  await next();
};

export function jsonBody<S extends z.ZodType>(schema: S) {
  return [requireJson, validated('json', schema)] as const;
}

/** Route ids are positive integers; anything else cannot exist. */
export function idParam(value: string, what: string): number {
  const n = /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw new ApiProblem(404, 'not_found', 'Not found', `No ${what} "${value}"`);
  return n;
}
