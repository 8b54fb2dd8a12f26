/**
 * Durability over a real socket: a burst of step completions, SIGKILL in the middle, restart — every
 * completion that was acknowledged with 200 is there, and the audit chain verifies.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cover } from './api-fixture';
import { addUser, freePort, startServer, stop, type RunningServer } from './socket-fixture';

const dir = mkdtempSync(join(tmpdir(), 'msp-kill-'));
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await stop(s, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

// A dependency-ordered chain of steps for the fixture cover page (card/ACH, servers, not converting).
const CHAIN = ['verify-billing-names', 'file-paperwork', 'create-invoices', 'calculate-first-fees', 'collect-card-ach-form', 'charge-card-ach', 'setup-autopay', 'apply-payments', 'update-msa-list', 'create-psa-agreements', 'create-setup-sr', 'install-rmm-pcs', 'install-rmm-server'];

describe('SIGKILL mid-burst', () => {
  it('loses no acknowledged completion and keeps the audit chain valid', async () => {
    const db = join(dir, 'kill.db');
    const token = await addUser(db, 'Kim Admin', 'admin');
    const port = await freePort();
    const first = await startServer(['--db', db], port);
    servers.push(first);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await fetch(`${first.url}/api/onboardings`, { method: 'POST', headers, body: JSON.stringify(cover({ client: `Client ${i}` })) });
      expect(r.status).toBe(201);
      ids.push(((await r.json()) as { id: number }).id);
    }
    const acknowledged = new Map<number, string[]>(ids.map((id) => [id, []]));
    let total = 0;
    let killed = false;
    const chain = async (id: number) => {
      let etag = '"1"';
      for (const key of CHAIN) {
        try {
          const r = await fetch(`${first.url}/api/onboardings/${id}/steps/${key}`, { method: 'PUT', headers: { ...headers, 'if-match': etag }, body: JSON.stringify({ done: true }) });
          if (r.status !== 200) throw new Error(`${key}: ${r.status} ${await r.text()}`);
          etag = r.headers.get('etag')!;
          acknowledged.get(id)!.push(key);
          if (++total === 60) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch (e) {
          if (killed) return; // the connection died with the server
          throw e;
        }
      }
    };
    await Promise.all(ids.map(chain));
    expect(killed).toBe(true);
    await stop(first, 'SIGKILL');
    expect(total).toBeGreaterThanOrEqual(60);

    const second = await startServer(['--db', db], port);
    servers.push(second);
    for (const id of ids) {
      const ob = (await (await fetch(`${second.url}/api/onboardings/${id}`, { headers })).json()) as { steps: { key: string; state: string }[] };
      const done = new Set(ob.steps.filter((s) => s.state === 'done').map((s) => s.key));
      for (const key of acknowledged.get(id)!) expect(done.has(key), `onboarding ${id} step ${key}`).toBe(true);
    }
    const verify = (await (await fetch(`${second.url}/api/audit/verify`, { headers })).json()) as { ok: boolean; entries: number };
    expect(verify.ok).toBe(true);
    const audit = (await (await fetch(`${second.url}/api/audit?entity=onboarding&limit=10000`, { headers })).json()) as { action: string }[];
    expect(audit.filter((e) => e.action === 'step.complete').length).toBeGreaterThanOrEqual(total);
    await stop(second);
  }, 60_000);
});
