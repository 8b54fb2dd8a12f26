import { describe, expect, it } from 'vitest';
import { cover, makeApi } from '../api-fixture';

const step = (key: string, dependsOn: string[] = []) => ({ key, title: `Do ${key}`, department: 'Sales', phase: 'Sale', order: 1, dependsOn, due: { days: 1 } });

describe('/api/templates', () => {
  it('lists the default template, published as version 1', async () => {
    const api = makeApi();
    const list = (await (await api.call('sales', 'GET', '/api/templates')).json()) as { id: number; currentVersion: number; versions: { status: string }[] }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ currentVersion: 1, versions: [{ status: 'published' }] });
    const versions = (await (await api.call('sales', 'GET', `/api/templates/${list[0].id}/versions`)).json()) as { steps: unknown[] }[];
    expect(versions[0].steps.length).toBeGreaterThan(20);
  });

  it('admins add draft versions and publish them; onboardings pin the version they started on', async () => {
    const api = makeApi();
    const first = await api.call('sales', 'POST', '/api/onboardings', cover());
    const ob1 = (await first.json()) as { id: number; steps: unknown[] };
    expect((await api.call('manager', 'POST', '/api/templates/1/versions', { steps: [step('only-step')] })).status).toBe(403);
    const draft = await api.call('admin', 'POST', '/api/templates/1/versions', { steps: [step('only-step')] });
    expect(draft.status).toBe(201);
    expect(await draft.json()).toMatchObject({ version: 2, status: 'draft' });
    // A draft is not used yet.
    const ob2 = (await (await api.call('sales', 'POST', '/api/onboardings', cover())).json()) as { templateVersion: number };
    expect(ob2.templateVersion).toBe(1);
    expect((await api.call('sales', 'POST', '/api/templates/1/versions/2/publish')).status).toBe(403);
    const pub = await api.call('admin', 'POST', '/api/templates/1/versions/2/publish');
    expect(pub.status).toBe(200);
    const ob3 = (await (await api.call('sales', 'POST', '/api/onboardings', cover())).json()) as { templateVersion: number; steps: { key: string }[] };
    expect(ob3.templateVersion).toBe(2);
    expect(ob3.steps.map((s) => s.key)).toEqual(['only-step']);
    const again = (await (await api.call('sales', 'GET', `/api/onboardings/${ob1.id}`)).json()) as { templateVersion: number; steps: unknown[] };
    expect(again.templateVersion).toBe(1);
    expect(again.steps.length).toBe(ob1.steps.length);
  });

  it('published versions are immutable, even through the database', async () => {
    const api = makeApi();
    expect(() => api.services.db.prepare(`UPDATE template_versions SET steps = '[]' WHERE version = 1`).run()).toThrow(/immutable/);
    expect(() => api.services.db.prepare(`DELETE FROM template_versions WHERE version = 1`).run()).toThrow(/immutable/);
  });

  it('refuses invalid templates: unknown dependency, cycle, bad key', async () => {
    const api = makeApi();
    const unknown = await api.call('admin', 'POST', '/api/templates', { name: 'T', steps: [step('a', ['zzz'])] });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { detail: string }).detail).toMatch(/unknown step "zzz"/);
    expect((await api.call('admin', 'POST', '/api/templates', { name: 'T', steps: [step('a', ['b']), step('b', ['a'])] })).status).toBe(400);
    expect((await api.call('admin', 'POST', '/api/templates', { name: 'T', steps: [step('Bad Key')] })).status).toBe(400);
    const ok = await api.call('admin', 'POST', '/api/templates', { name: 'Small', steps: [step('a'), step('b', ['a'])] });
    expect(ok.status).toBe(201);
    const t = (await ok.json()) as { id: number; currentVersion: number | null };
    expect(t.currentVersion).toBeNull();
    expect((await api.call('admin', 'POST', `/api/templates/${t.id}/publish`)).status).toBe(200);
    expect((await api.call('admin', 'POST', `/api/templates/${t.id}/publish`)).status).toBe(409);
  });

  it('reads one template and one version; unknown ones are 404', async () => {
    const api = makeApi();
    expect(await (await api.call('noc', 'GET', '/api/templates/1')).json()).toMatchObject({ id: 1, currentVersion: 1 });
    const v = (await (await api.call('noc', 'GET', '/api/templates/1/versions/1')).json()) as { status: string; steps: { key: string }[] };
    expect(v.status).toBe('published');
    expect(v.steps[0].key).toBe('verify-billing-names');
    expect((await api.call('noc', 'GET', '/api/templates/9')).status).toBe(404);
    expect((await api.call('noc', 'GET', '/api/templates/1/versions/7')).status).toBe(404);
    expect((await api.call('noc', 'GET', '/api/templates/9/versions')).status).toBe(404);
    expect((await api.call('admin', 'POST', '/api/templates/1/versions/7/publish')).status).toBe(404);
  });
});
