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

describe('migration 5 (the copied steps move to their own table)', () => {
  it('keeps every onboarding readable and leaves the changing row without the steps', async () => {
    const { OnboardingRows } = await import('../../../server/store/onboardings');
    const { newOnboarding } = await import('../../../core/onboarding/record');
    const { defaultTemplateSteps } = await import('../../../core/onboarding/default-template');
    const { stateJson, stepsJson } = await import('../../../server/store/onboarding-doc');
    const { coverPage } = await import('../../core/onboarding/cover-fixture');
    const db = openDatabase(join(dir, 'm5.db'), MIGRATIONS.filter((m) => m.version <= 4));
    db.exec("INSERT INTO templates (id, name, created_at) VALUES (1, 'Default', 't0'); INSERT INTO template_versions (template_id, version, status, steps, created_at, created_by) VALUES (1, 1, 'published', '[]', 't0', 'x')");
    const record = newOnboarding(1, coverPage(), { id: 1, version: 1, steps: defaultTemplateSteps() }, 'Sam', 't0');
    db.prepare("INSERT INTO onboardings (id, client, template_id, template_version, status, version, doc, steps, created_at, updated_at) VALUES (1, ?, 1, 1, 'open', 3, ?, ?, 't0', 't0')").run(record.client, stateJson(record), stepsJson(record));
    expect(migrate(db, MIGRATIONS)).toEqual([5]);
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('onboardings');
    expect(columns).not.toContain('steps');
    expect(new OnboardingRows(db).get(1)).toEqual({ record, version: 3, status: 'open' });
    expect(() => db.prepare('UPDATE onboarding_steps SET steps = ? WHERE onboarding_id = 1').run('[]')).toThrow(/immutable/);
    db.close();
  });
});
