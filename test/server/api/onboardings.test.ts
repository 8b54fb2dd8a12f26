import { describe, expect, it } from 'vitest';
import { cover, makeApi, type Api, type Person } from '../api-fixture';

type Ob = { id: number; status: string; version: number; steps: { key: string; state: string; department: string; completedBy: string | null; reason: string }[]; handoffs: { from: string; to: string; acknowledgedBy: string | null }[]; computed: Record<string, number>; progress: { overall: number; byDepartment: Record<string, number> } };

async function create(api: Api, who: Person = 'sales', body: unknown = cover(), key?: string) {
  const res = await api.call(who, 'POST', '/api/onboardings', body, key ? { 'idempotency-key': key } : {});
  return { res, body: (await res.json()) as Ob };
}

async function put(api: Api, who: Person, id: number, key: string, done: boolean, etag: string | null) {
  const res = await api.call(who, 'PUT', `/api/onboardings/${id}/steps/${key}`, { done }, etag ? { 'if-match': etag } : {});
  return { res, body: (await res.json()) as Ob & { type?: string; status: number | string; detail?: string; waitingFor?: { key: string }[] } };
}

const DEPT_PERSON: Record<string, Person> = { Sales: 'sales', Finance: 'finance', Service: 'service', NOC: 'noc', 'Account Manager': 'am' };

describe('POST /api/onboardings', () => {
  it('creates from a cover page: 201, ETag, computed money, steps with states', async () => {
    const api = makeApi();
    const { res, body } = await create(api);
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.headers.get('location')).toBe(`/api/onboardings/${body.id}`);
    expect(body).toMatchObject({ client: 'Harbor Dental', templateVersion: 1, status: 'open', computed: { monthlyTotal: 1290, firstInvoice: 2790, dueAtSigning: 2790 } });
    expect(body.steps.find((s) => s.key === 'collect-check')).toMatchObject({ state: 'not_applicable', reason: expect.stringMatching(/check/) });
    expect(body.progress.overall).toBe(0);
  });

  it('Idempotency-Key: same body → same onboarding; different body → 422 and nothing written', async () => {
    const api = makeApi();
    const a = await create(api, 'sales', cover(), 'key-1');
    const b = await create(api, 'sales', cover(), 'key-1');
    expect(b.res.status).toBe(201);
    expect(b.res.headers.get('idempotent-replayed')).toBe('true');
    expect(b.body.id).toBe(a.body.id);
    const c = await create(api, 'sales', cover({ client: 'Other Co' }), 'key-1');
    expect(c.res.status).toBe(422);
    expect(c.res.headers.get('content-type')).toBe('application/problem+json');
    const list = (await (await api.call('sales', 'GET', '/api/onboardings')).json()) as Ob[];
    expect(list.length).toBe(1);
  });

  it('rejects wrong types and malformed JSON with problem JSON, writing nothing', async () => {
    const api = makeApi();
    const wrong = await create(api, 'sales', { ...cover(), servers: { count: 'two', unitPrice: 150 }, setupPaidBy: 'bitcoin' });
    expect(wrong.res.status).toBe(400);
    const p = wrong.body as unknown as { type: string; title: string; status: number; detail: string };
    expect(p.status).toBe(400);
    expect(p.detail).toMatch(/servers\.count/);
    expect(p.detail).toMatch(/setupPaidBy/);
    const bad = await api.call('sales', 'POST', '/api/onboardings', '{"client": ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { title: string }).title).toBe('Malformed JSON');
    const notJson = await api.app.request('/api/onboardings', { method: 'POST', headers: { authorization: `Bearer ${api.tokens.sales}`, 'content-type': 'text/plain' }, body: 'hello' });
    expect(notJson.status).toBe(415);
    const badDate = await create(api, 'sales', cover({ signedOn: '2026-02-30' }));
    expect(badDate.res.status).toBe(400);
    expect((await (await api.call('sales', 'GET', '/api/onboardings')).json()) as unknown[]).toEqual([]);
  });

  it('only Sales, Account Management or managers start onboardings', async () => {
    const api = makeApi();
    expect((await create(api, 'noc')).res.status).toBe(403);
    expect((await create(api, 'manager')).res.status).toBe(201);
    expect((await create(api, 'am')).res.status).toBe(201);
  });
});

describe('PUT /api/onboardings/:id/steps/:key', () => {
  it('completes with If-Match, returns the new ETag, records who; same state again is a no-op 200', async () => {
    const api = makeApi();
    const { body: ob } = await create(api);
    const r = await put(api, 'sales', ob.id, 'verify-billing-names', true, '"1"');
    expect(r.res.status).toBe(200);
    expect(r.res.headers.get('etag')).toBe('"2"');
    expect(r.body.steps.find((s) => s.key === 'verify-billing-names')).toMatchObject({ state: 'done', completedBy: 'Sam Sales' });
    const again = await put(api, 'sales', ob.id, 'verify-billing-names', true, '"2"');
    expect(again.res.status).toBe(200);
    expect(again.res.headers.get('etag')).toBe('"2"');
  });

  it('428 without If-Match, 412 when stale, 409 with the open dependencies, 403 for another department, 404 unknown step', async () => {
    const api = makeApi();
    const { body: ob } = await create(api);
    expect((await put(api, 'sales', ob.id, 'verify-billing-names', true, null)).res.status).toBe(428);
    await put(api, 'sales', ob.id, 'verify-billing-names', true, '"1"');
    const stale = await put(api, 'sales', ob.id, 'file-paperwork', true, '"1"');
    expect(stale.res.status).toBe(412);
    expect(stale.res.headers.get('etag')).toBe('"2"');
    const deps = await put(api, 'finance', ob.id, 'calculate-first-fees', true, '"2"');
    expect(deps.res.status).toBe(409);
    expect(deps.body.waitingFor?.map((w) => w.key)).toEqual(['create-invoices']);
    const other = await put(api, 'finance', ob.id, 'file-paperwork', true, '"2"');
    expect(other.res.status).toBe(403);
    expect(other.body.detail).toMatch(/belongs to Sales/);
    expect((await put(api, 'sales', ob.id, 'no-such-step', true, '"2"')).res.status).toBe(404);
    expect((await api.call('sales', 'PUT', '/api/onboardings/999/steps/x', { done: true }, { 'if-match': '"1"' })).status).toBe(404);
    const wrongType = await api.call('sales', 'PUT', `/api/onboardings/${ob.id}/steps/file-paperwork`, { done: 'yes' }, { 'if-match': '"2"' });
    expect(wrongType.status).toBe(400);
    // None of the refusals changed anything.
    const now = await api.call('sales', 'GET', `/api/onboardings/${ob.id}`);
    expect(now.headers.get('etag')).toBe('"2"');
  });

  it('two users completing one step at once: one wins, the other sees who completed it; no lost update', async () => {
    const api = makeApi();
    const { body: ob } = await create(api);
    const [a, b] = await Promise.all([put(api, 'sales', ob.id, 'verify-billing-names', true, '"1"'), put(api, 'manager', ob.id, 'verify-billing-names', true, '"1"')]);
    expect([a.res.status, b.res.status]).toEqual([200, 200]);
    const winner = a.body.steps.find((s) => s.key === 'verify-billing-names')!.completedBy;
    expect(b.body.steps.find((s) => s.key === 'verify-billing-names')!.completedBy).toBe(winner);
    // Two different steps on the same version: the second writer is told its copy is stale.
    const [c, d] = await Promise.all([put(api, 'sales', ob.id, 'file-paperwork', true, '"2"'), put(api, 'finance', ob.id, 'create-invoices', true, '"2"')]);
    expect([c.res.status, d.res.status].sort()).toEqual([200, 412]);
    const audit = (await (await api.call('admin', 'GET', '/api/audit?entity=onboarding')).json()) as { action: string }[];
    expect(audit.filter((e) => e.action === 'step.complete').length).toBe(2);
  });

  it('un-completing: the completer or a manager, keeping the earlier sign-off in the audit trail', async () => {
    const api = makeApi();
    const { body: ob } = await create(api);
    await put(api, 'sales', ob.id, 'verify-billing-names', true, '"1"');
    await put(api, 'finance', ob.id, 'create-invoices', true, '"2"');
    api.services.users.update('test', api.ids.sales, { departments: ['Sales', 'Finance'] });
    expect((await put(api, 'sales', ob.id, 'create-invoices', false, '"3"')).res.status).toBe(403);
    const undo = await put(api, 'manager', ob.id, 'create-invoices', false, '"3"');
    expect(undo.res.status).toBe(200);
    expect(undo.body.steps.find((s) => s.key === 'create-invoices')).toMatchObject({ state: 'ready', completedBy: null });
    const audit = (await (await api.call('admin', 'GET', `/api/audit?entity=onboarding&entityId=${ob.id}`)).json()) as { action: string; actor: string; data: { step?: string; previous?: { completedBy: string } } }[];
    const un = audit.find((e) => e.action === 'step.uncomplete')!;
    expect(un).toMatchObject({ actor: 'Max Manager', data: { step: 'create-invoices', previous: { completedBy: 'Fran Finance' } } });
    expect(audit.some((e) => e.action === 'step.complete' && e.actor === 'Fran Finance')).toBe(true);
  });
});

describe('cover edits, hand-offs, queue, configuration', () => {
  it('PATCH re-evaluates conditions (If-Match required), never removing done steps', async () => {
    const api = makeApi();
    const { body: ob } = await create(api);
    await put(api, 'sales', ob.id, 'verify-billing-names', true, '"1"');
    expect((await api.call('sales', 'PATCH', `/api/onboardings/${ob.id}`, { monthlyPaidBy: 'check' })).status).toBe(428);
    expect((await api.call('sales', 'PATCH', `/api/onboardings/${ob.id}`, { monthlyPaidBy: 'check' }, { 'if-match': '"1"' })).status).toBe(412);
    expect((await api.call('sales', 'PATCH', `/api/onboardings/${ob.id}`, { users: -1 }, { 'if-match': '"2"' })).status).toBe(400);
    const res = await api.call('sales', 'PATCH', `/api/onboardings/${ob.id}`, { monthlyPaidBy: 'check', servers: { count: 0 } }, { 'if-match': '"2"' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Ob & { cover: { servers: { count: number; unitPrice: number } } };
    expect(body.cover.servers).toEqual({ count: 0, unitPrice: 150 });
    expect(body.computed.dueAtSigning).toBe(1500 + 3 * 990);
    expect(body.steps.find((s) => s.key === 'collect-check')?.state).toBe('waiting');
    expect(body.steps.find((s) => s.key === 'install-rmm-server')?.state).toBe('not_applicable');
    expect(body.steps.find((s) => s.key === 'verify-billing-names')?.state).toBe('done');
    expect((await api.call('noc', 'PATCH', `/api/onboardings/${ob.id}`, { users: 3 }, { 'if-match': '"3"' })).status).toBe(403);
  });

  it('walks every department with the right users to the configuration rows', async () => {
    const api = makeApi();
    const { body: ob } = await create(api);
    expect((await api.call('sales', 'GET', `/api/onboardings/${ob.id}/configuration`)).status).toBe(409);
    let etag = '"1"';
    let current: Ob = ob;
    const acked = new Set<string>();
    for (let guard = 0; guard < 100 && current.status !== 'complete'; guard++) {
      for (const h of current.handoffs) {
        if (h.acknowledgedBy || acked.has(h.to)) continue;
        const wrong = await api.call('sales', 'POST', `/api/onboardings/${ob.id}/handoffs/${encodeURIComponent(h.to)}/ack`);
        if (h.to !== 'Sales') expect(wrong.status).toBe(403);
        const ack = await api.call(DEPT_PERSON[h.to], 'POST', `/api/onboardings/${ob.id}/handoffs/${encodeURIComponent(h.to)}/ack`);
        expect(ack.status).toBe(200);
        etag = ack.headers.get('etag')!;
        acked.add(h.to);
      }
      const queue = (await (await api.call('admin', 'GET', '/api/queue')).json()) as { key: string; department: string; onboardingId: number }[];
      const next = queue.find((q) => q.onboardingId === ob.id)!;
      const dq = (await (await api.call('admin', 'GET', `/api/queue?department=${encodeURIComponent(next.department)}`)).json()) as { department: string }[];
      expect(dq.every((q) => q.department === next.department)).toBe(true);
      const r = await put(api, DEPT_PERSON[next.department], ob.id, next.key, true, etag);
      expect(r.res.status, `${next.key}: ${r.body.detail}`).toBe(200);
      etag = r.res.headers.get('etag')!;
      current = r.body;
    }
    expect(current.status).toBe('complete');
    expect(current.progress.overall).toBe(1);
    expect(current.handoffs.map((h) => h.to)).toEqual(['Finance', 'Service', 'NOC', 'Account Manager']);
    expect((await (await api.call('sales', 'GET', '/api/onboardings?status=complete')).json()) as unknown[]).toHaveLength(1);
    expect((await (await api.call('sales', 'GET', '/api/onboardings?status=open')).json()) as unknown[]).toHaveLength(0);
    expect((await api.call('sales', 'GET', '/api/onboardings?status=bogus')).status).toBe(400);
    const cfg = await api.call('sales', 'GET', `/api/onboardings/${ob.id}/configuration`);
    expect(cfg.status).toBe(200);
    const body = (await cfg.json()) as { agreement: Record<string, unknown>; serviceGrid: Record<string, unknown>; findings: { code: string }[] };
    expect(body.agreement).toMatchObject({ Customer: 'Harbor Dental', Tier: 'Gold', 'Monthly Total': 1290, Start: '2026-11-02' });
    expect(body.serviceGrid).toEqual({ Customer: 'Harbor Dental' }); // nothing published in this test
    expect(body.findings.map((f) => f.code)).toEqual(['no_published_grid']);
  });

  it('acknowledging an unknown department or one not handed to is refused', async () => {
    const api = makeApi();
    const { body: ob } = await create(api);
    expect((await api.call('admin', 'POST', `/api/onboardings/${ob.id}/handoffs/Marketing/ack`)).status).toBe(404);
    expect((await api.call('admin', 'POST', `/api/onboardings/${ob.id}/handoffs/NOC/ack`)).status).toBe(409);
    expect((await api.call('admin', 'GET', '/api/queue?department=Marketing')).status).toBe(400);
  });
});
