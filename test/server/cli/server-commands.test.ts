import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../server/cli/main';
import { createServices } from '../../../server/services';
import { openDatabase } from '../../../server/store/database';
import { addUser, freePort, startServer, stop } from '../socket-fixture';

const dir = mkdtempSync(join(tmpdir(), 'msp-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('msp-sync user / backup', () => {
  it('user add prints the token alone on its last line; it authenticates that user', async () => {
    const db = join(dir, 'users.db');
    const token = await addUser(db, 'Fran Finance', 'member', 'Finance,Account Manager');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const conn = openDatabase(db);
    expect(createServices(conn).users.authenticate(token)).toMatchObject({ name: 'Fran Finance', role: 'member', departments: ['Finance', 'Account Manager'] });
    conn.close();
  });

  it('bad usage exits 2 with one line on stderr', async () => {
    const db = join(dir, 'bad.db');
    for (const args of [
      ['user', 'add', '--name', 'X', '--role', 'owner', '--db', db],
      ['user', 'add', '--role', 'admin', '--db', db],
      ['user', 'add', '--name', 'X', '--role', 'member', '--department', 'Marketing', '--db', db],
      ['user', 'remove', '--name', 'X'],
      ['backup', '--db', join(dir, 'missing.db'), join(dir, 'out.db')],
    ]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    await addUser(db, 'Dup', 'admin');
    const dup = await run(['user', 'add', '--name', 'dup', '--role', 'admin', '--db', db]);
    expect(dup.code).toBe(2);
    expect(dup.err).toMatch(/already exists/);
  });

  it('backup uses the online backup; the copy restores with its data and a valid audit chain', async () => {
    const db = join(dir, 'live.db');
    const token = await addUser(db, 'Ada Admin', 'admin');
    const backup = join(dir, 'backup.db');
    const r = await run(['backup', backup, '--db', db]);
    expect(r.code).toBe(0);
    expect((await run(['backup', backup, '--db', db])).code).toBe(2); // never overwrites
    const restored = openDatabase(backup);
    const services = createServices(restored);
    expect(services.users.authenticate(token)?.name).toBe('Ada Admin');
    expect(services.audit.verify()).toMatchObject({ ok: true });
    restored.close();
  });
});

describe('msp-sync serve', () => {
  it('--demo refuses to recreate a database that is not a demo one', async () => {
    const db = join(dir, 'real.db');
    await addUser(db, 'Real Admin', 'admin');
    const r = await run(['serve', '--demo', '--db', db, '--port', '0']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a demo database/);
    const conn = openDatabase(db);
    expect(createServices(conn).users.list().map((u) => u.name)).toEqual(['Real Admin']);
    conn.close();
  });

  it('on an empty database says how to create the first admin', async () => {
    const port = await freePort();
    const s = await startServer(['--db', join(dir, 'empty.db')], port);
    try {
      await new Promise((r) => setTimeout(r, 200));
      expect(s.output()).toMatch(/no users yet/);
      expect(s.output()).toMatch(/msp-sync user add --name "Your Name" --role admin/);
      expect((await fetch(`${s.url}/api/health`)).status).toBe(200);
    } finally {
      await stop(s);
    }
  }, 30_000);

  it('--demo seeds the grid, users with printed tokens and onboardings in progress', async () => {
    const port = await freePort();
    const s = await startServer(['--demo', '--db', join(dir, 'demo.db')], port);
    try {
      await new Promise((r) => setTimeout(r, 300));
      const line = s.output().split('\n').find((l) => l.includes('Fran Finance'))!;
      const token = line.trim().split(/\s+/).at(-1)!;
      const me = await fetch(`${s.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(await me.json()).toMatchObject({ name: 'Fran Finance', departments: ['Finance'] });
      const obs = (await (await fetch(`${s.url}/api/onboardings?status=open`, { headers: { authorization: `Bearer ${token}` } })).json()) as unknown[];
      expect(obs.length).toBeGreaterThanOrEqual(3);
      const grid = await fetch(`${s.url}/api/grid/current`, { headers: { authorization: `Bearer ${token}` } });
      expect(((await grid.json()) as { version: number }).version).toBe(1);
      const cors = await fetch(`${s.url}/api/health`, { headers: { origin: s.url } });
      expect(cors.headers.get('access-control-allow-origin')).toBe(s.url); // the server's own origin
      const foreign = await fetch(`${s.url}/api/health`, { headers: { origin: 'https://elsewhere.example' } });
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
      expect(s.output()).toMatch(/\/taskpane\.html/);
      expect(s.output()).toMatch(/\/manifest\.xml/);
    } finally {
      await stop(s);
    }
  }, 30_000);
});
