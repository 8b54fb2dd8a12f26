/** /api/onboardings and /api/queue (DESIGN §5). */
import { Hono, type Context } from 'hono';
import type { Versioned } from '../../onboarding/onboarding-service';
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

const JSON_TYPE = { 'content-type': 'application/json' };

/** An onboarding answer: the service's JSON text as it is, with its ETag. */
function onboarding(c: Context<AppEnv>, r: Versioned, status: 200 | 201 = 200): Response {
  c.header('etag', r.etag);
  return c.body(r.json, status, JSON_TYPE);
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
    c.header('location', `/api/onboardings/${r.id}`);
    if (r.replayed) c.header('idempotent-replayed', 'true');
    return onboarding(c, r, 201);
  })
  .get('/onboardings', validated('query', OnboardingListQuerySchema), (c) => c.body(c.var.services.onboardings.listJson(c.req.valid('query').status), 200, JSON_TYPE))
  .get('/onboardings/:id', (c) => {
    return onboarding(c, c.var.services.onboardings.get(idParam(c.req.param('id'), 'onboarding')));
  })
  .patch('/onboardings/:id', ...jsonBody(CoverPatchSchema), async (c) => {
    const id = idParam(c.req.param('id'), 'onboarding');
    return onboarding(c, await c.var.services.onboardings.patchCover(c.var.actor, id, c.req.valid('json'), c.req.header('if-match'), validCover));
  })
  .put('/onboardings/:id/steps/:key', ...jsonBody(StepUpdateSchema), async (c) => {
    const id = idParam(c.req.param('id'), 'onboarding');
    const body = c.req.valid('json');
    return onboarding(c, await c.var.services.onboardings.setStep(c.var.actor, id, c.req.param('key'), body.done, c.req.header('if-match'), body.note));
  })
  .post('/onboardings/:id/handoffs/:department/ack', async (c) => {
    const id = idParam(c.req.param('id'), 'onboarding');
    const raw = decodeURIComponent(c.req.param('department'));
    const department = departmentOf(raw);
    if (!department) throw new ApiProblem(404, 'unknown_department', 'Unknown department', `No department "${raw}" (Sales, Finance, Service, NOC, Account Manager)`);
    return onboarding(c, await c.var.services.onboardings.acknowledge(c.var.actor, id, department));
  })
  .get('/onboardings/:id/configuration', (c) => c.json(c.var.services.onboardings.configuration(idParam(c.req.param('id'), 'onboarding'))))
  .get('/queue', validated('query', QueueQuerySchema), (c) => c.json(c.var.services.onboardings.queue(c.req.valid('query').department)));
