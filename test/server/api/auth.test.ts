import { describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { makeApi } from '../api-fixture';

describe('authentication and users', () => {
  it('health needs no token; everything else does (401 problem JSON)', async () => {
    const api = makeApi();
    const h = await api.call(null, 'GET', '/api/health');
    expect(h.status).toBe(200);
    expect(await h.json()).toMatchObject({ ok: true });
    const r = await api.call(null, 'GET', '/api/me');
    expect(r.status).toBe(401);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect(r.headers.get('www-authenticate')).toMatch(/Bearer/);
    expect((await api.app.request('/api/me', { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
    expect((await api.app.request('/api/me', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
  });

  it('GET /api/me names the user, role and departments', async () => {
    const api = makeApi();
    expect(await (await api.call('finance', 'GET', '/api/me')).json()).toEqual({ id: api.ids.finance, name: 'Fran Finance', role: 'member', departments: ['Finance'] });
  });

  it('admins manage users; the new token works at once and is 43 base64url characters (256 bits)', async () => {
    const api = makeApi();
    expect((await api.call('manager', 'POST', '/api/users', { name: 'New Tech', role: 'member', departments: ['NOC'] })).status).toBe(403);
    const res = await api.call('admin', 'POST', '/api/users', { name: 'New Tech', role: 'member', departments: ['noc'] });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { user: { departments: string[] }; token: string };
    expect(body.user.departments).toEqual(['NOC']);
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await api.app.request('/api/me', { headers: { authorization: `Bearer ${body.token}` } });
    expect(((await me.json()) as { name: string }).name).toBe('New Tech');
    expect((await api.call('admin', 'POST', '/api/users', { name: 'new tech', role: 'member' })).status).toBe(409);
    expect((await api.call('admin', 'POST', '/api/users', { name: 'X', role: 'owner' })).status).toBe(400);
    expect((await api.call('admin', 'POST', '/api/users', { name: 'Y', role: 'member', departments: ['Marketing'] })).status).toBe(400);
    expect((await api.call('sales', 'GET', '/api/users')).status).toBe(403);
    expect((await api.call('manager', 'GET', '/api/users')).status).toBe(403);
    expect(((await (await api.call('admin', 'GET', '/api/users')).json()) as unknown[]).length).toBe(8);
  });

  it('tokens are stored hashed, listed without secrets, and a revoked token is refused', async () => {
    const api = makeApi();
    const created = await api.call('sales', 'POST', '/api/tokens', { userId: api.ids.sales, label: 'laptop' });
    expect(created.status).toBe(201);
    const t = (await created.json()) as { id: number; token: string };
    const stored = api.services.db.prepare('SELECT hash FROM tokens WHERE id = ?').pluck().get(t.id) as string;
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(t.token);
    expect((await api.call('sales', 'GET', '/api/tokens')).status).toBe(403);
    const list = (await (await api.call('admin', 'GET', '/api/tokens')).json()) as Record<string, unknown>[];
    expect(list.some((x) => x.id === t.id && x.label === 'laptop')).toBe(true);
    expect(list.every((x) => !('token' in x) && !('hash' in x))).toBe(true);
    expect((await api.call('sales', 'POST', '/api/tokens', { userId: api.ids.admin })).status).toBe(403);
    const use = () => api.app.request('/api/me', { headers: { authorization: `Bearer ${t.token}` } });
    expect((await use()).status).toBe(200);
    expect((await api.call('finance', 'DELETE', `/api/tokens/${t.id}`)).status).toBe(404);
    const revoked = await api.call('sales', 'DELETE', `/api/tokens/${t.id}`);
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as { revokedAt: string | null }).revokedAt).not.toBeNull();
    expect((await use()).status).toBe(401);
  });

  it('a disabled user is refused', async () => {
    const api = makeApi();
    expect((await api.call('admin', 'PATCH', `/api/users/${api.ids.noc}`, { disabled: true })).status).toBe(200);
    expect((await api.call('noc', 'GET', '/api/me')).status).toBe(401);
  });
});

describe('HTTP hygiene', () => {
  it('unknown routes are 404 problem JSON', async () => {
    const api = makeApi();
    const r = await api.call('admin', 'GET', '/api/nothing-here');
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ type: expect.any(String), title: 'Not found', status: 404, detail: expect.stringContaining('/api/nothing-here') });
    expect((await api.call('admin', 'GET', '/api/onboardings/abc')).status).toBe(404);
  });

  it('a 10 MB body is 413 before anything is parsed or written', async () => {
    const api = makeApi();
    const big = JSON.stringify({ ...{ client: 'x'.repeat(10 * 1024 * 1024) } });
    const r = await api.call('sales', 'POST', '/api/onboardings', big);
    expect(r.status).toBe(413);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    const g = await api.call('admin', 'POST', '/api/grid', JSON.stringify({ tables: { Services: [['x'.repeat(10 * 1024 * 1024)]] } }));
    expect(g.status).toBe(413);
    expect((await (await api.call('sales', 'GET', '/api/onboardings')).json()) as unknown[]).toEqual([]);
  });

  it('secure headers on the API; CORS only for the configured origin', async () => {
    const api = makeApi();
    const app = createApp({ services: api.services, allowedOrigins: ['https://addin.example'], distDir: '/nonexistent' });
    const ok = await app.request('/api/health', { headers: { origin: 'https://addin.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://addin.example');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const evil = await app.request('/api/health', { headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await app.request('/api/onboardings', { method: 'OPTIONS', headers: { origin: 'https://addin.example', 'access-control-request-method': 'PUT' } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-headers')).toMatch(/If-Match/i);
  });

  it('the task pane pages are not frame-blocked (Office frames them); / explains a missing build', async () => {
    const api = makeApi();
    const r = await api.call(null, 'GET', '/');
    expect(r.status).toBe(200);
    expect(await r.text()).toMatch(/npm run build/);
    expect(r.headers.get('x-frame-options')).toBeNull();
  });
});
