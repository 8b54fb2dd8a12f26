/** /api/onboardings and /api/queue (DESIGN §5). */
import { Hono } from 'hono';
import { CoverPageSchema, CoverPatchSchema, OnboardingListQuerySchema, QueueQuerySchema, StepUpdateSchema, coverPage } from '../../../core/api/onboarding';
import { departmentOf } from '../../../core/onboarding/departments';
import { isManager, type Actor } from '../../../core/onboarding/record';
import type { AppEnv } from '../env';
import { ApiProblem } from '../problem';
import { idParam, jsonBody, validated } from '../validation';

const CREATORS = ['sales', 'account manager'];

function mayCreate(actor: Actor): boolean {
  return isManager(actor) || actor.departments.some((d) => CREATORS.includes(d.toLowerCase()));
}

function validCover(value: unknown) {
  const r = CoverPageSchema.safeParse(value);
  if (!r.success) {
    throw new ApiProblem(400, 'invalid_body', 'Invalid request', r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return coverPage(r.data);
}

export const onboardingRoutes = new Hono<AppEnv>()
  .post('/onboardings', ...jsonBody(CoverPageSchema), async (c) => {
    const actor = c.var.actor;
    if (!mayCreate(actor)) throw new ApiProblem(403, 'forbidden', 'Forbidden', `Only Sales, Account Management or a manager may start an onboarding; ${actor.name} is in ${actor.departments.join(', ') || 'no department'}`);
    const key = c.req.header('idempotency-key')?.trim();
    if (key !== undefined && (key.length === 0 || key.length > 200)) throw new ApiProblem(400, 'invalid_idempotency_key', 'Invalid Idempotency-Key', 'Idempotency-Key must be 1–200 characters');
    const r = await c.var.services.onboardings.create(actor, coverPage(c.req.valid('json')), key);
    c.header('etag', r.etag);
    c.header('location', `/api/onboardings/${r.onboarding.id}`);
    if (r.replayed) c.header('idempotent-replayed', 'true');
    return c.json(r.onboarding, 201);
  })
  .get('/onboardings', validated('query', OnboardingListQuerySchema), (c) => c.json(c.var.services.onboardings.list(c.req.valid('query').status)))
  .get('/onboardings/:id', (c) => {
    const r = c.var.services.onboardings.get(idParam(c.req.param('id'), 'onboarding'));
    c.header('etag', r.etag);
    return c.json(r.onboarding);
  })
  .patch('/onboardings/:id', ...jsonBody(CoverPatchSchema), async (c) => {
    const id = idParam(c.req.param('id'), 'onboarding');
    const r = await c.var.services.onboardings.patchCover(c.var.actor, id, c.req.valid('json'), c.req.header('if-match'), validCover);
    c.header('etag', r.etag);
    return c.json(r.onboarding);
  })
  .put('/onboardings/:id/steps/:key', ...jsonBody(StepUpdateSchema), async (c) => {
    const id = idParam(c.req.param('id'), 'onboarding');
    const body = c.req.valid('json');
    const r = await c.var.services.onboardings.setStep(c.var.actor, id, c.req.param('key'), body.done, c.req.header('if-match'), body.note);
    c.header('etag', r.etag);
    return c.json(r.onboarding);
  })
  .post('/onboardings/:id/handoffs/:department/ack', async (c) => {
    const id = idParam(c.req.param('id'), 'onboarding');
    const raw = decodeURIComponent(c.req.param('department'));
    const department = departmentOf(raw);
    if (!department) throw new ApiProblem(404, 'unknown_department', 'Unknown department', `No department "${raw}" (Sales, Finance, Service, NOC, Account Manager)`);
    const r = await c.var.services.onboardings.acknowledge(c.var.actor, id, department);
    c.header('etag', r.etag);
    return c.json(r.onboarding);
  })
  .get('/onboardings/:id/configuration', (c) => c.json(c.var.services.onboardings.configuration(idParam(c.req.param('id'), 'onboarding'))))
  .get('/queue', validated('query', QueueQuerySchema), (c) => c.json(c.var.services.onboardings.queue(c.req.valid('query').department)));
