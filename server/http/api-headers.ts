/**
 * The headers every /api answer (but a CORS preflight) carries: the security headers hono's
 * secureHeaders gives with a content security policy that allows nothing, and CORS for the add-in's
 * origin. On Node they are set on the outgoing response before the handler runs, where setting a header
 * is cheap; undici's Headers, which hono's middleware would use, validates and re-sorts on every set, and
 * that cost more than the handler's own header work. Under app.request() (tests) they go on the Response.
 */
import type { MiddlewareHandler } from 'hono';
import type { ServerResponse } from 'node:http';

export const API_SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

export function apiHeaders(allowOrigin: (origin: string) => string | null, exposeHeaders: readonly string[]): MiddlewareHandler {
  const fixed: (readonly [string, string])[] = [...API_SECURITY_HEADERS, ['Access-Control-Expose-Headers', exposeHeaders.join(',')], ['Vary', 'Origin']];
  return async (c, next) => {
    const origin = allowOrigin(c.req.header('origin') || '');
    const headers = origin ? [...fixed, ['Access-Control-Allow-Origin', origin] as const] : fixed;
    const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
    if (outgoing && typeof outgoing.setHeader === 'function') {
      for (const [name, value] of headers) outgoing.setHeader(name, value);
      return next();
    }
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
  };
}
