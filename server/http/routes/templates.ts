/** /api/templates: list and read for everyone; create versions and publish for admins. */
import { Hono } from 'hono';
import { z } from 'zod';
import { TemplateCreateSchema, TemplateVersionCreateSchema } from '../../../core/api/templates';
import { templateProblems, type TemplateStep } from '../../../core/onboarding/template';
import { requireRole } from '../../auth/middleware';
import type { AppEnv } from '../env';
import { ApiProblem, notFound } from '../problem';
import { idParam, jsonBody } from '../validation';

function checked(steps: TemplateStep[]): TemplateStep[] {
  const problems = templateProblems(steps);
  if (problems.length) throw new ApiProblem(400, 'invalid_template', 'Invalid template', problems.join('; '), { problems });
  return steps;
}

const PublishSchema = z.object({ version: z.number().int().positive().optional() });

export const templateRoutes = new Hono<AppEnv>()
  .get('/templates', (c) => c.json(c.var.services.templates.list()))
  .post('/templates', ...jsonBody(TemplateCreateSchema), async (c) => {
    requireRole(c.var.actor, ['admin'], 'manage templates');
    const body = c.req.valid('json');
    const steps = checked(body.steps as TemplateStep[]);
    return c.json(await c.var.services.writes.run(() => c.var.services.templates.create(c.var.actor.name, body.name, steps)), 201);
  })
  .get('/templates/:id', (c) => {
    const id = idParam(c.req.param('id'), 'template');
    const t = c.var.services.templates.get(id);
    if (!t) throw notFound(`No template ${id}`);
    return c.json(t);
  })
  .get('/templates/:id/versions', (c) => {
    const id = idParam(c.req.param('id'), 'template');
    if (!c.var.services.templates.get(id)) throw notFound(`No template ${id}`);
    return c.json(c.var.services.templates.versions(id));
  })
  .post('/templates/:id/versions', ...jsonBody(TemplateVersionCreateSchema), async (c) => {
    requireRole(c.var.actor, ['admin'], 'manage templates');
    const id = idParam(c.req.param('id'), 'template');
    if (!c.var.services.templates.get(id)) throw notFound(`No template ${id}`);
    const steps = checked(c.req.valid('json').steps as TemplateStep[]);
    return c.json(await c.var.services.writes.run(() => c.var.services.templates.addVersion(c.var.actor.name, id, steps)), 201);
  })
  .get('/templates/:id/versions/:version', (c) => {
    const id = idParam(c.req.param('id'), 'template');
    const v = c.var.services.templates.version(id, idParam(c.req.param('version'), 'version'));
    if (!v) throw notFound(`Template ${id} has no version ${c.req.param('version')}`);
    return c.json(v);
  })
  .post('/templates/:id/versions/:version/publish', async (c) => {
    requireRole(c.var.actor, ['admin'], 'publish templates');
    const id = idParam(c.req.param('id'), 'template');
    const version = idParam(c.req.param('version'), 'version');
    const v = await c.var.services.writes.run(() => c.var.services.templates.publish(c.var.actor.name, id, version));
    if (!v) throw notFound(`Template ${id} has no version ${c.req.param('version')}`);
    return c.json(v);
  })
  /** Publishes the given version, or the latest draft. */
  .post('/templates/:id/publish', async (c) => {
    requireRole(c.var.actor, ['admin'], 'publish templates');
    const id = idParam(c.req.param('id'), 'template');
    const text = await c.req.text();
    let version: number | undefined;
    if (text.trim()) {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        throw new ApiProblem(400, 'malformed_json', 'Malformed JSON', 'The request body is not valid JSON');
      }
      const parsed = PublishSchema.safeParse(raw);
      if (!parsed.success) throw new ApiProblem(400, 'invalid_body', 'Invalid request', 'version must be a positive integer');
      version = parsed.data.version;
    }
    const versions = c.var.services.templates.versions(id);
    if (!versions.length) throw notFound(`No template ${id}`);
    const target = version ?? [...versions].reverse().find((v) => v.status === 'draft')?.version;
    if (target === undefined) throw new ApiProblem(409, 'nothing_to_publish', 'Conflict', `Template ${id} has no draft version to publish`);
    const v = await c.var.services.writes.run(() => c.var.services.templates.publish(c.var.actor.name, id, target));
    if (!v) throw notFound(`Template ${id} has no version ${target}`);
    return c.json(v);
  });
