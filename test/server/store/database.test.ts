import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../../server/store/database';
import { MIGRATIONS } from '../../../server/store/migrations';

const dir = mkdtempSync(join(tmpdir(), 'msp-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('database', () => {
  it('opens with WAL, synchronous FULL, foreign keys and a busy timeout, and applies every migration once', () => {
    const db = openDatabase(join(dir, 'a.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(migrate(db, MIGRATIONS)).toEqual([]);
    db.close();
  });

  it('a failing migration leaves no trace (each runs in a transaction)', () => {
    const db = openDatabase(join(dir, 'b.db'));
    const bad = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE half (x INTEGER); INSERT INTO nowhere VALUES (1);' }];
    expect(() => migrate(db, bad)).toThrow();
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'half'`).pluck().get()).toBe(0);
    expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(MIGRATIONS.at(-1)!.version);
    db.close();
  });
});
