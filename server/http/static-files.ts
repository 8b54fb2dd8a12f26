/**
 * The built add-in (dist/: taskpane.html, functions, manifest.xml…) from the same origin as the API.
 * No frame-blocking headers here: Office frames the task pane. Without a build, a page says what to run.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>MSP Sync</title>
<body style="font-family: 'Segoe UI', system-ui, sans-serif; margin: 40px">
<h1>MSP Sync server is running</h1>
<p>The add-in is not built yet: run <code>npm run build</code> (or <code>npm start</code>, which builds it) and reload.</p>
<p>The API is under <a href="/api/health">/api</a>; the published services grid is at <a href="/grid">/grid</a>.</p></body>`;

export function staticRoutes(distDir: string): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'strict-origin-when-cross-origin');
  });
  app.get('/', (c) => {
    if (!existsSync(distDir)) return c.html(NOT_BUILT);
    const page = ['taskpane.html', 'index.html'].find((p) => existsSync(join(distDir, p)));
    return page ? c.redirect(`/${page}`) : c.html(NOT_BUILT);
  });
  // Created on first use, so a server started before `npm run build` serves the build once it exists.
  let files: ReturnType<typeof serveStatic> | null = null;
  app.use('*', async (c, next) => {
    if (!files && existsSync(distDir)) files = serveStatic({ root: distDir });
    return files ? files(c, next) : next();
  });
  return app;
}
