/** /api/grid: publish (managers, admins), current version, versions, diff, and customer coverage for /grid. */
import { Hono } from 'hono';
import { CustomersQuerySchema, GridDiffQuerySchema, GridPublishSchema } from '../../../core/api/grid';
import { requireRole } from '../../auth/middleware';
import { customerCoverage } from '../../grid/coverage';
import { diffGrids } from '../../../core/grid/diff';
import { sourcesOf } from '../../../core/workbook/parse-table';
import type { AppEnv } from '../env';
import { notFound } from '../problem';
import { jsonBody, validated } from '../validation';

export const gridRoutes = new Hono<AppEnv>()
  .post('/grid', ...jsonBody(GridPublishSchema), async (c) => {
    requireRole(c.var.actor, ['admin', 'manager'], 'publish the services grid');
    const tables = c.req.valid('json').tables as Record<string, unknown[][]>;
    const r = await c.var.services.writes.run(() => c.var.services.grid.publish(c.var.actor.name, tables));
    c.var.services.events.emit({ type: 'grid', id: r.version, version: r.version, action: 'published' });
    return c.json(r, 201);
  })
  .get('/grid/current', (c) => {
    const cur = c.var.services.grid.current();
    if (!cur) throw notFound('No services grid has been published yet');
    return c.json(cur.grid);
  })
  .get('/grid/versions', (c) => c.json(c.var.services.gridVersions.list()))
  .get('/grid/diff', validated('query', GridDiffQuerySchema), (c) => {
    const { from, to } = c.req.valid('query');
    const a = c.var.services.gridVersions.get(from);
    const b = c.var.services.gridVersions.get(to);
    if (!a) throw notFound(`No published grid version ${from}`);
    if (!b) throw notFound(`No published grid version ${to}`);
    return c.json(diffGrids({ version: from, sources: sourcesOf(a.tables) }, { version: to, sources: sourcesOf(b.tables) }));
  })
  .get('/grid/customers', validated('query', CustomersQuerySchema), (c) => {
    const cur = c.var.services.grid.current();
    if (!cur) throw notFound('No services grid has been published yet');
    const { q, date } = c.req.valid('query');
    const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : new Date().toISOString().slice(0, 10);
    return c.json({ version: cur.grid.version, publishedAt: cur.grid.publishedAt, date: day, customers: customerCoverage(cur.sources, q ?? '', day) });
  });
