import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/store/database';
import { GroupCommit } from '../../../server/store/group-commit';

function setup() {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE t (v TEXT NOT NULL)');
  let commits = 0;
  const exec = db.exec.bind(db);
  db.exec = (sql: string) => {
    if (sql === 'COMMIT') commits++;
    return exec(sql);
  };
  return { db, group: new GroupCommit(db), commits: () => commits };
}

describe('group commit', () => {
  it('writes of one event-loop turn share one commit and resolve only after it', async () => {
    const { db, group, commits } = setup();
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    let settled = 0;
    const all = [1, 2, 3].map((i) => group.run(() => insert.run(`w${i}`).changes).then((n) => (settled++, n)));
    expect(settled).toBe(0);
    expect(db.inTransaction).toBe(true);
    expect(await Promise.all(all)).toEqual([1, 1, 1]);
    expect(commits()).toBe(1);
    expect(db.inTransaction).toBe(false);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(3);
  });

  it('a failing write rolls back alone and is rejected at once; the others commit', async () => {
    const { db, group } = setup();
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    const ok = group.run(() => insert.run('kept'));
    const bad = group.run(() => {
      insert.run('half-written');
      throw new Error('refused');
    });
    await expect(bad).rejects.toThrow('refused');
    await ok;
    expect(db.prepare('SELECT v FROM t').pluck().all()).toEqual(['kept']);
  });
});

/** A disk whose syncs finish when the test says so. */
function manualDisk() {
  const pending: Array<(err: Error | null) => void> = [];
  return {
    pending,
    durability: { sync: (done: (err: Error | null) => void) => void pending.push(done), close: () => {} },
    finish(err: Error | null = null) {
      pending.shift()!(err);
    },
  };
}

const turn = () => new Promise((r) => setImmediate(r));

function setupWithDisk() {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE t (v TEXT NOT NULL)');
  const disk = manualDisk();
  return { db, disk, group: new GroupCommit(db, disk.durability), insert: db.prepare('INSERT INTO t (v) VALUES (?)') };
}

describe('group commit with the disk sync off the event loop', () => {
  it('acknowledges a batch only when its sync returns; batches committed meanwhile share the next sync', async () => {
    const { db, disk, group, insert } = setupWithDisk();
    const acked: string[] = [];
    const write = (v: string) => group.run(() => insert.run(v)).then(() => acked.push(v));
    const first = write('a');
    await turn();
    expect(db.inTransaction).toBe(false); // committed…
    expect(disk.pending).toHaveLength(1); // …and being synced
    expect(acked).toEqual([]);
    const later = [write('b'), write('c')];
    await turn();
    const fourth = write('d');
    await turn();
    // b, c and d are committed but wait: one sync at a time.
    expect(disk.pending).toHaveLength(1);
    disk.finish();
    await first;
    expect(acked).toEqual(['a']);
    expect(disk.pending).toHaveLength(1); // one sync for b, c and d
    disk.finish();
    await Promise.all([...later, fourth]);
    expect(acked).toEqual(['a', 'b', 'c', 'd']);
    expect(disk.pending).toHaveLength(0);
  });

  it('a failed sync fails the writes it covered, and later ones still get their own sync', async () => {
    const { disk, group, insert } = setupWithDisk();
    const lost = group.run(() => insert.run('x'));
    await turn();
    const next = group.run(() => insert.run('y'));
    await turn();
    disk.finish(new Error('EIO: the disk failed'));
    await expect(lost).rejects.toThrow('EIO');
    disk.finish();
    await expect(next).resolves.toBeDefined();
  });

  it('settle() waits until every committed write is on disk', async () => {
    const { db, disk, group, insert } = setupWithDisk();
    void group.run(() => insert.run('z'));
    let settled = false;
    const done = group.settle().then(() => (settled = true));
    await turn();
    expect(db.inTransaction).toBe(false);
    expect(settled).toBe(false);
    disk.finish();
    await done;
    expect(settled).toBe(true);
  });
});
