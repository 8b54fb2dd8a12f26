/** The shared schemas describe what the server really sends (the task pane parses responses with them). */
import { describe, expect, it } from 'vitest';
import { AuditEntrySchema, AuditVerifySchema, ConfigurationSchema, CoverPageSchema, GridPublishedSchema, GridVersionSchema, MeSchema, NewTokenSchema, OnboardingListSchema, OnboardingSchema, ProblemSchema, QueueSchema, StepUpdateSchema, TemplateSchema, TemplateVersionSchema, UserSchema } from '../../../core/api';
import { cover, makeApi } from '../../server/api-fixture';

const GRID = {
  Services: [['Service', 'Unit', 'Price'], ['Help Desk', 'User', 40]],
  Tiers: [['Tier', 'Help Desk'], ['Gold', 'Y']],
  ServiceGrid: [['Customer', 'Help Desk'], ['Acme', 3]],
  Agreements: [['Customer', 'Type', 'Tier', 'Start', 'Monthly Total'], ['Acme', 'Managed', 'Gold', '2026-01-01', 120]],
};

describe('core/api schemas against real responses', () => {
  it('requests: cover page defaults and rejects', () => {
    expect(CoverPageSchema.parse({ ...cover(), otherMonthly: undefined }).otherMonthly).toEqual([]);
    expect(CoverPageSchema.parse({ ...cover(), setupPaidBy: 'ACH' }).setupPaidBy).toBe('ach');
    expect(CoverPageSchema.safeParse({ ...cover(), users: 1.5 }).success).toBe(false);
    expect(StepUpdateSchema.safeParse({ done: 'true' }).success).toBe(false);
  });

  it('responses parse with the shared schemas', async () => {
    const api = makeApi();
    const json = async (who: Parameters<typeof api.call>[0], method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
      (await api.call(who, method, path, body, headers)).json();
    expect(GridPublishedSchema.parse(await json('manager', 'POST', '/api/grid', { tables: GRID })).version).toBe(1);
    GridVersionSchema.parse(await json('sales', 'GET', '/api/grid/current'));
    const ob = OnboardingSchema.parse(await json('sales', 'POST', '/api/onboardings', cover()));
    OnboardingSchema.parse(await json('sales', 'PUT', `/api/onboardings/${ob.id}/steps/file-paperwork`, { done: true }, { 'if-match': '"1"' }));
    expect(OnboardingListSchema.parse(await json('sales', 'GET', '/api/onboardings'))).toHaveLength(1);
    expect(QueueSchema.parse(await json('sales', 'GET', '/api/queue?department=Sales'))).toHaveLength(1);
    MeSchema.parse(await json('sales', 'GET', '/api/me'));
    UserSchema.array().parse(await json('admin', 'GET', '/api/users'));
    NewTokenSchema.parse(await json('sales', 'POST', '/api/tokens', { userId: api.ids.sales }));
    TemplateSchema.array().parse(await json('sales', 'GET', '/api/templates'));
    TemplateVersionSchema.array().parse(await json('sales', 'GET', '/api/templates/1/versions'));
    AuditEntrySchema.array().parse(await json('admin', 'GET', '/api/audit'));
    AuditVerifySchema.parse(await json('admin', 'GET', '/api/audit/verify'));
    const problem = ProblemSchema.parse(await json('sales', 'GET', `/api/onboardings/${ob.id}/configuration`));
    expect(problem.status).toBe(409);
    // A finished onboarding's configuration.
    let etag = '"2"';
    for (const s of OnboardingSchema.parse(await json('sales', 'GET', `/api/onboardings/${ob.id}`)).steps) {
      if (s.state === 'not_applicable' || s.state === 'done') continue;
      const r = await api.call('manager', 'PUT', `/api/onboardings/${ob.id}/steps/${s.key}`, { done: true }, { 'if-match': etag });
      etag = r.headers.get('etag')!;
    }
    const cfg = ConfigurationSchema.parse(await json('sales', 'GET', `/api/onboardings/${ob.id}/configuration`));
    expect(cfg.serviceGrid).toEqual({ Customer: 'Harbor Dental', 'Help Desk': 22 });
  });
});
