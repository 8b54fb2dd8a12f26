/**
 * The HTTP app (DESIGN §5): JSON API under /api with bearer tokens, problem-JSON errors, body limits,
 * secure headers and CORS for the configured add-in origin; the read-only /grid page; and the built
 * add-in from dist/. Tests drive it with app.request(); `msp-sync serve` puts it on a socket.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { resolve } from 'node:path';
import { authenticate } from './auth/middleware';
import { GRID_PAGE_HTML, GRID_PAGE_JS } from './grid/page';
import type { AppEnv } from './http/env';
import { ApiProblem, problemResponse } from './http/problem';
import { auditRoutes } from './http/routes/audit';
import { eventRoutes } from './http/routes/events';
import { gridRoutes } from './http/routes/grid';
import { onboardingRoutes } from './http/routes/onboardings';
import { templateRoutes } from './http/routes/templates';
import { userRoutes } from './http/routes/users';
import { staticRoutes } from './http/static-files';
import { apiHeaders } from './http/api-headers';
import type { Services } from './services';

export interface AppOptions {
  services: Services;
  /** Origins allowed to call the API from a browser (the add-in's); same-origin needs none. */
  allowedOrigins?: readonly string[];
  /** The built add-in; default `dist/` in the working directory. */
  distDir?: string;
  /** Body size limits in bytes: the API in general, and POST /api/grid (whole grid tables). */
  maxBody?: number;
  maxGridBody?: number;
  /** Log unexpected errors (default: to stderr). */
  logError?: (e: unknown) => void;
}

const VERSION = '0.1.0';

/**
 * Whether `raw.body` is non-null, without touching it on @hono/node-server's request (where the getter
 * builds the web Request): that adapter gives every request a body except GET, HEAD and TRACE.
 */
function hasBody(raw: Request, env: unknown): boolean {
  if ((env as { incoming?: unknown } | undefined)?.incoming === undefined) return raw.body !== null;
  const m = raw.method;
  return m !== 'GET' && m !== 'HEAD' && m !== 'TRACE';
}

export function createApp(options: AppOptions): Hono<AppEnv> {
  const { services } = options;
  const maxBody = options.maxBody ?? 1024 * 1024;
  const maxGridBody = options.maxGridBody ?? 5 * 1024 * 1024;
  const logError = options.logError ?? ((e: unknown) => console.error('msp-sync server error:', e));
  const app = new Hono<AppEnv>();

  app.onError((err) => {
    if (err instanceof ApiProblem) return problemResponse(err);
    if (err instanceof HTTPException) {
      const malformed = err.status === 400 && /json/i.test(err.message);
      return problemResponse(
        new ApiProblem(err.status, malformed ? 'malformed_json' : 'http_error', malformed ? 'Malformed JSON' : 'Request error', malformed ? 'The request body is not valid JSON' : err.message || 'Request error'),
      );
    }
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_BUSY') return problemResponse(new ApiProblem(503, 'busy', 'Busy', 'The database is busy; retry shortly', {}, { 'retry-after': '1' }));
    logError(err);
    // Never a stack trace to the client.
    return problemResponse(new ApiProblem(500, 'internal_error', 'Internal error', 'The server could not complete the request; nothing was changed'));
  });
  app.notFound((c) => problemResponse(new ApiProblem(404, 'not_found', 'Not found', `No route ${c.req.method} ${c.req.path}`)));

  app.use('*', async (c, next) => {
    c.set('services', services);
    await next();
  });

  // Read at request time: `serve` adds its own origin once the port is known.
  const origins = options.allowedOrigins ?? [];
  const allowOrigin = (origin: string) => (origins.includes(origin) ? origin : null);
  const exposeHeaders = ['ETag', 'Location', 'Idempotent-Replayed'];
  const preflight = cors({
    origin: allowOrigin,
    allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key'],
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    exposeHeaders,
    maxAge: 600,
  });
  const headers = apiHeaders(allowOrigin, exposeHeaders);
  app.use('/api/*', (c, next) => (c.req.method === 'OPTIONS' ? preflight(c, next) : headers(c, next)));
  const tooLarge = (limit: number) => () => {
    throw new ApiProblem(413, 'payload_too_large', 'Payload too large', `The request body is over the ${Math.round(limit / 1024)} KB limit`);
  };
  const limited = (maxSize: number): MiddlewareHandler<AppEnv> => {
    const streamed = bodyLimit({ maxSize, onError: tooLarge(maxSize) });
    // hono's bodyLimit first asks for `c.req.raw.body`, which makes @hono/node-server build a full web
    // Request around a web stream for every request, and the body is then read through that stream. Its
    // decision is the same without it: no body → next; a Content-Length without Transfer-Encoding →
    // compared with the limit; otherwise (a streamed body) hono's bodyLimit counts the bytes itself.
    return (c, next) => {
      if (!hasBody(c.req.raw, c.env)) return next();
      const headers = c.req.raw.headers;
      if (headers.has('transfer-encoding') || !headers.has('content-length')) return streamed(c, next);
      return parseInt(headers.get('content-length') || '0', 10) > maxSize ? tooLarge(maxSize)() : next();
    };
  };
  const gridLimit = limited(maxGridBody);
  const apiLimit = limited(maxBody);
  app.use('/api/*', (c, next) => (c.req.method === 'POST' && c.req.path === '/api/grid' ? gridLimit(c, next) : apiLimit(c, next)));

  app.get('/api/health', (c) => {
    services.db.prepare('SELECT 1').get();
    return c.json({ ok: true, version: VERSION });
  });
  app.use('/api/*', authenticate({ queryTokenPaths: ['/api/events'] }));
  app.route('/api', onboardingRoutes);
  app.route('/api', userRoutes);
  app.route('/api', templateRoutes);
  app.route('/api', auditRoutes);
  app.route('/api', gridRoutes);
  app.route('/api', eventRoutes);
  app.all('/api/*', (c) => problemResponse(new ApiProblem(404, 'not_found', 'Not found', `No route ${c.req.method} ${c.req.path}`)));

  const pageHeaders = secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], frameAncestors: ["'self'"] },
  });
  app.use('/grid', pageHeaders);
  app.use('/grid/*', pageHeaders);
  app.get('/grid', (c) => c.html(GRID_PAGE_HTML));
  app.get('/grid/app.js', (c) => c.body(GRID_PAGE_JS, 200, { 'content-type': 'text/javascript; charset=utf-8' }));

  app.route('/', staticRoutes(resolve(options.distDir ?? 'dist')));
  return app;
}
