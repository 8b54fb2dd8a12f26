/** /api/audit: the trail as JSON (admins and managers) and its hash-chain verification. */
import { Hono } from 'hono';
import { AuditQuerySchema } from '../../../core/api/audit';
import { requireRole } from '../../auth/middleware';
import type { AppEnv } from '../env';
import { validated } from '../validation';

export const auditRoutes = new Hono<AppEnv>()
  .get('/audit', validated('query', AuditQuerySchema), (c) => {
    requireRole(c.var.actor, ['admin', 'manager'], 'read the audit trail');
    return c.json(c.var.services.audit.list(c.req.valid('query')));
  })
  .get('/audit/verify', (c) => {
    requireRole(c.var.actor, ['admin', 'manager'], 'verify the audit trail');
    return c.json(c.var.services.audit.verify());
  });
