/** /api/me, /api/users (admin), /api/tokens (admin lists; anyone may create or revoke their own). */
import { Hono } from 'hono';
import { TokenCreateSchema, UserCreateSchema, UserPatchSchema } from '../../../core/api/users';
import { requireRole } from '../../auth/middleware';
import { DuplicateUser } from '../../store/users';
import type { AppEnv } from '../env';
import { ApiProblem, notFound } from '../problem';
import { idParam, jsonBody } from '../validation';

export const userRoutes = new Hono<AppEnv>()
  .get('/me', (c) => {
    const { id, name, role, departments } = c.var.actor;
    return c.json({ id, name, role, departments });
  })
  .get('/users', (c) => {
    requireRole(c.var.actor, ['admin'], 'list users');
    return c.json(c.var.services.users.list());
  })
  .post('/users', ...jsonBody(UserCreateSchema), async (c) => {
    requireRole(c.var.actor, ['admin'], 'manage users');
    try {
      const r = await c.var.services.writes.run(() => c.var.services.users.create(c.var.actor.name, c.req.valid('json')));
      return c.json({ user: r.user, token: r.token, tokenId: r.tokenId }, 201);
    } catch (e) {
      if (e instanceof DuplicateUser) throw new ApiProblem(409, 'duplicate_user', 'Conflict', e.message);
      throw e;
    }
  })
  .patch('/users/:id', ...jsonBody(UserPatchSchema), async (c) => {
    requireRole(c.var.actor, ['admin'], 'manage users');
    const id = idParam(c.req.param('id'), 'user');
    const u = await c.var.services.writes.run(() => c.var.services.users.update(c.var.actor.name, id, c.req.valid('json')));
    if (!u) throw notFound(`No user ${id}`);
    return c.json(u);
  })
  .get('/tokens', (c) => {
    requireRole(c.var.actor, ['admin'], 'list tokens');
    return c.json(c.var.services.users.tokens());
  })
  .post('/tokens', ...jsonBody(TokenCreateSchema), async (c) => {
    const actor = c.var.actor;
    const { userId, label } = c.req.valid('json');
    if (userId !== actor.id) requireRole(actor, ['admin'], "create other users' tokens");
    if (!c.var.services.users.get(userId)) throw notFound(`No user ${userId}`);
    const t = await c.var.services.writes.run(() => c.var.services.users.issueToken(actor.name, userId, label ?? null));
    return c.json({ ...c.var.services.users.token(t.id)!, token: t.token }, 201);
  })
  .delete('/tokens/:id', async (c) => {
    const actor = c.var.actor;
    const id = idParam(c.req.param('id'), 'token');
    const t = c.var.services.users.token(id);
    if (!t || (t.userId !== actor.id && actor.role !== 'admin')) throw notFound(`No token ${id}`);
    return c.json((await c.var.services.writes.run(() => c.var.services.users.revoke(actor.name, id)))!);
  });
