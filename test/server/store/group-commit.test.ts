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
