/**
 * Server on loopback (DESIGN §6: ≥ 2,000 authenticated step updates/s, p99 < 20 ms): the real
 * `msp-sync serve` as a child process on a fresh database (every acknowledged write synced to disk),
 * autocannon in this process, both on the same 2 cores. Baseline: GET /api/health in the same run. Step updates are real writes: each request sets a
 * step done or not done (alternating per onboarding, so almost every request changes state, writes a
 * new row version and an audit row); `If-Match: *` since the load generator cannot track ETags.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../server/cli/main';
import { openDatabase } from '../server/store/database';

const DURATION = 5;
const WARM_UP = 2;
const CONNECTIONS = 10;
const ONBOARDINGS = 400;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function fmt(r: autocannon.Result): string {
  return `${Math.round(r.requests.average).toLocaleString('en-US')} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, 2xx ${r['2xx']}, other ${r.non2xx + r.errors}`;
}

/** The disk's price of durability right now: one-row commits with synchronous = FULL, no batching. */
function rawCommitMs(file: string): number {
  const db = openDatabase(file, []);
  db.exec('CREATE TABLE t (v TEXT)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const t0 = performance.now();
  for (let i = 0; i < 200; i++) db.transaction(() => insert.run('x'.repeat(1000)))();
  const ms = (performance.now() - t0) / 200;
  db.close();
  return ms;
}

export default async function serverBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'msp-bench-'));
  const commitMs = rawCommitMs(join(dir, 'raw.db'));
  const db = join(dir, 'bench.db');
  const out: string[] = [];
  await main(['user', 'add', '--name', 'Bench Manager', '--role', 'manager', '--db', db], { out: (t) => out.push(t), err: () => {} });
  const token = out.join('\n').trim().split('\n').at(-1)!;
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/msp-sync.js', 'serve', '--db', db, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout!.on('data', (d: Buffer) => /MSP Sync server on/.test(d.toString()) && resolve()));
  const url = `http://127.0.0.1:${port}`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  try {
    const cover = {
      client: 'Bench', signedOn: '2026-11-02', tier: 'Gold', servers: { count: 1, unitPrice: 100 }, workstations: { count: 10, unitPrice: 50 }, users: 10,
      otherMonthly: [], setupFee: 500, setupPaidBy: 'card', monthlyPaidBy: 'card', billingContact: { name: 'B', email: 'b@example.com', address: '-' },
      convertingExistingClient: false, hostedSpamFilter: false,
    };
    for (let i = 0; i < ONBOARDINGS; i++) {
      const r = await fetch(`${url}/api/onboardings`, { method: 'POST', headers, body: JSON.stringify({ ...cover, client: `Bench ${i}` }) });
      if (r.status !== 201) throw new Error(`setup failed: ${r.status} ${await r.text()}`);
    }
    // Warm-up, then the baseline and the measured write load.
    await autocannon({ url: `${url}/api/health`, connections: CONNECTIONS, duration: WARM_UP });
    const health = await autocannon({ url: `${url}/api/health`, connections: CONNECTIONS, duration: DURATION });
    let n = 0;
    const steps = ['verify-billing-names', 'file-paperwork'];
    const updateLoad = (duration: number) =>
      autocannon({
        url,
        connections: CONNECTIONS,
        duration,
        requests: [
          {
            method: 'PUT',
            setupRequest: (req) => {
              const i = n++;
              const onboarding = (i % ONBOARDINGS) + 1;
              const round = Math.floor(i / ONBOARDINGS);
              const step = steps[Math.floor(round / 2) % 2];
              return { ...req, path: `/api/onboardings/${onboarding}/steps/${step}`, headers: { ...headers, 'if-match': '*' }, body: JSON.stringify({ done: round % 2 === 0 }) };
            },
          },
        ],
      });
    // The same warm-up as the baseline had (the JIT compiles the write path), then the measured run.
    await updateLoad(WARM_UP);
    const updates = await updateLoad(DURATION);
    const verify = (await (await fetch(`${url}/api/audit/verify`, { headers })).json()) as { ok: boolean; entries: number };
    console.log(`raw SQLite commit (FULL, 1 row) ${commitMs.toFixed(2)} ms → ${Math.round(1000 / commitMs).toLocaleString('en-US')} unbatched commits/s on this disk now`);
    console.log(`GET /api/health (baseline)     ${fmt(health)}`);
    console.log(`PUT step (authenticated write)  ${fmt(updates)}`);
    console.log(`step updates / health: ${(updates.requests.average / health.requests.average).toFixed(2)}× throughput, p99 ${(updates.latency.p99 / Math.max(health.latency.p99, 1)).toFixed(2)}× baseline`);
    console.log(`goal ≥ 2,000 updates/s with p99 < 20 ms: ${updates.requests.average >= 2000 && updates.latency.p99 < 20 ? 'met' : 'NOT met'}; audit chain ${verify.ok ? 'valid' : 'BROKEN'} (${verify.entries} entries)`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
