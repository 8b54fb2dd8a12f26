import { describe, expect, it } from 'vitest';
import { cover, makeApi } from '../api-fixture';

describe('/api/audit', () => {
  it('every write leaves a chained audit row; verify says ok with the count', async () => {
    const api = makeApi();
    const ob = (await (await api.call('sales', 'POST', '/api/onboardings', cover())).json()) as { id: number };
    await api.call('sales', 'PUT', `/api/onboardings/${ob.id}/steps/file-paperwork`, { done: true, note: 'signed copy in the drive' }, { 'if-match': '"1"' });
    const entries = (await (await api.call('manager', 'GET', '/api/audit')).json()) as { seq: number; action: string; prevHash: string; hash: string; data: { note?: string } }[];
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    for (let i = 1; i < entries.length; i++) expect(entries[i].prevHash).toBe(entries[i - 1].hash);
    expect(entries.at(-1)).toMatchObject({ action: 'step.complete', data: { note: 'signed copy in the drive' } });
    expect(await (await api.call('manager', 'GET', '/api/audit/verify')).json()).toEqual({ ok: true, entries: entries.length, brokenAt: null });
    expect((await api.call('sales', 'GET', '/api/audit')).status).toBe(403);
    expect((await api.call('sales', 'GET', '/api/audit/verify')).status).toBe(403);
    const page = (await (await api.call('admin', 'GET', '/api/audit?after=2&limit=1')).json()) as { seq: number }[];
    expect(page.map((e) => e.seq)).toEqual([3]);
  });

  it('rows cannot be updated or deleted; editing the file behind the triggers breaks verification', async () => {
    const api = makeApi();
    await api.call('sales', 'POST', '/api/onboardings', cover());
    const db = api.services.db;
    expect(() => db.prepare(`UPDATE audit SET actor = 'someone else' WHERE seq = 1`).run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM audit WHERE seq = 1').run()).toThrow(/immutable/);
    db.exec('DROP TRIGGER audit_no_update');
    db.prepare(`UPDATE audit SET actor = 'someone else' WHERE seq = 3`).run();
    expect(await (await api.call('admin', 'GET', '/api/audit/verify')).json()).toMatchObject({ ok: false, brokenAt: 3 });
  });
});
