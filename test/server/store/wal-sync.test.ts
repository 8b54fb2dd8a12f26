import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/store/database';
import { GroupCommit } from '../../../server/store/group-commit';
import { WalSync } from '../../../server/store/wal-sync';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('WalSync', () => {
  it('has nothing to do for an in-memory database', () => {
    dir = mkdtempSync(join(tmpdir(), 'wal-sync-'));
    expect(WalSync.for(openDatabase(':memory:'))).toBeNull();
  });

  it('moves the sync out of COMMIT (synchronous = NORMAL) and syncs the WAL file when asked', async () => {
    dir = mkdtempSync(join(tmpdir(), 'wal-sync-'));
    const file = join(dir, 'a.db');
    const db = openDatabase(file);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL until the server takes over
    const sync = WalSync.for(db)!;
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10000);
    const group = new GroupCommit(db, sync);
    db.exec('CREATE TABLE t (v TEXT NOT NULL)');
    await group.run(() => db.prepare('INSERT INTO t (v) VALUES (?)').run('kept'));
    await group.settle();
    group.close();
    db.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT v FROM t').pluck().all()).toEqual(['kept']);
    again.close();
  });

  it('reports a sync it cannot make (the WAL file is gone) instead of acknowledging', async () => {
    dir = mkdtempSync(join(tmpdir(), 'wal-sync-'));
    const db = openDatabase(join(dir, 'b.db'));
    const sync = WalSync.for(db)!;
    db.close();
    rmSync(dir, { recursive: true, force: true });
    const err = await new Promise<Error | null>((resolve) => sync.sync(resolve));
    expect(err?.message).toMatch(/ENOENT/);
  });
});
