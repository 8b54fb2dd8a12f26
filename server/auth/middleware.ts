/**
 * Bearer-token authentication for /api. The server-sent-events stream may pass the token as `?token=`
 * instead, because a browser's EventSource cannot set headers; it is hashed and checked the same way.
 */
import type { MiddlewareHandler } from 'hono';
import type { Actor, Role } from '../../core/onboarding/record';
import { ApiProblem } from '../http/problem';
import type { AppEnv } from '../http/env';

const unauthorized = (detail: string) =>
  new ApiProblem(401, 'unauthorized', 'Unauthorized', detail, {}, { 'www-authenticate': 'Bearer realm="msp-sync"' });

export function authenticate(options: { queryTokenPaths: readonly string[] }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    let token: string | undefined;
    if (header) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!m) throw unauthorized('Authorization must be "Bearer <token>"');
      token = m[1];
    } else if (options.queryTokenPaths.includes(c.req.path)) {
      token = c.req.query('token');
    }
    if (!token) throw unauthorized('This endpoint needs an API token: send Authorization: Bearer <token>');
    const actor = c.var.services.users.authenticate(token);
    if (!actor) throw unauthorized('The token is unknown or revoked');
    c.set('actor', actor);
    await next();
  };
}

export function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) {
    throw new ApiProblem(403, 'forbidden', 'Forbidden', `Only ${roles.join(' or ')} users may ${what}; ${actor.name} is ${actor.role}`);
  }
}
