/** Onboarding rows: the record as JSON with a row version (optimistic concurrency) and idempotency keys. */
import type { OnboardingRecord } from '../../core/onboarding/record';
import type { Db } from './database';
import { joinRecord, stateJson, stepsJson } from './onboarding-doc';

export interface StoredOnboarding {
  record: OnboardingRecord;
  version: number;
  status: 'open' | 'complete';
}

interface Row {
  id: number;
  version: number;
  status: 'open' | 'complete';
  doc: string;
  steps: string | null;
}

const toStored = (r: Row): StoredOnboarding => ({ record: joinRecord(r.id, r.steps, r.doc), version: r.version, status: r.status });

/**
 * Parsed records are kept by id and used while the row's version in the database is still theirs: the
 * database stays the truth (a rolled-back write leaves a version mismatch, so the row is read again).
 */
export class OnboardingRows {
  private readonly byId;
  private readonly versionOf;
  private readonly updateStmt;
  private readonly cache = new Map<number, StoredOnboarding>();

  constructor(private readonly db: Db) {
    this.byId = db.prepare<[number], Row>(
      'SELECT o.id, o.version, o.status, o.doc, s.steps FROM onboardings o LEFT JOIN onboarding_steps s ON s.onboarding_id = o.id WHERE o.id = ?',
    );
    this.versionOf = db.prepare<[number], { version: number }>('SELECT version FROM onboardings WHERE id = ?');
    this.updateStmt = db.prepare('UPDATE onboardings SET doc = ?, client = ?, status = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?');
  }

  get(id: number): StoredOnboarding | null {
    const v = this.versionOf.get(id);
    if (!v) return null;
    const cached = this.cache.get(id);
    if (cached && cached.version === v.version) return cached;
    const r = this.byId.get(id);
    if (!r) return null;
    const stored = toStored(r);
    this.cache.set(id, stored);
    return stored;
  }

  list(status?: 'open' | 'complete'): StoredOnboarding[] {
    const ids = status
      ? this.db.prepare<[string], { id: number }>('SELECT id FROM onboardings WHERE status = ? ORDER BY id').all(status)
      : this.db.prepare<[], { id: number }>('SELECT id FROM onboardings ORDER BY id').all();
    return ids.map((r) => this.get(r.id)).filter((s): s is StoredOnboarding => s !== null);
  }

  nextId(): number {
    return ((this.db.prepare('SELECT max(id) FROM onboardings').pluck().get() as number | null) ?? 0) + 1;
  }

  insert(record: OnboardingRecord, status: 'open' | 'complete', now: string): void {
    this.db
      .prepare('INSERT INTO onboardings (id, client, template_id, template_version, status, version, doc, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)')
      .run(record.id, record.client, record.templateId, record.templateVersion, status, stateJson(record), now, now);
    this.db.prepare('INSERT INTO onboarding_steps (onboarding_id, steps) VALUES (?, ?)').run(record.id, stepsJson(record));
  }

  /** Writes the next version only if the row is still at `expected` (false: someone else wrote first). */
  update(record: OnboardingRecord, status: 'open' | 'complete', expected: number, now: string): boolean {
    const ok = this.updateStmt.run(stateJson(record), record.client, status, now, record.id, expected).changes === 1;
    if (ok) this.cache.set(record.id, { record, version: expected + 1, status });
    return ok;
  }

  idempotent(userId: number, key: string): { bodyHash: string; onboardingId: number } | null {
    const r = this.db
      .prepare<[number, string], { body_hash: string; onboarding_id: number }>('SELECT body_hash, onboarding_id FROM idempotency_keys WHERE user_id = ? AND key = ?')
      .get(userId, key);
    return r ? { bodyHash: r.body_hash, onboardingId: r.onboarding_id } : null;
  }

  rememberKey(userId: number, key: string, bodyHash: string, onboardingId: number, now: string): void {
    this.db.prepare('INSERT INTO idempotency_keys (user_id, key, body_hash, onboarding_id, created_at) VALUES (?, ?, ?, ?, ?)').run(userId, key, bodyHash, onboardingId, now);
  }
}
