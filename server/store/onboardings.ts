/** Onboarding rows: the record as JSON with a row version (optimistic concurrency) and idempotency keys. */
import type { OnboardingRecord } from '../../core/onboarding/record';
import type { Db } from './database';

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
}

const toStored = (r: Row): StoredOnboarding => ({ record: { ...(JSON.parse(r.doc) as OnboardingRecord), id: r.id }, version: r.version, status: r.status });

export class OnboardingRows {
  private readonly byId;
  private readonly updateStmt;

  constructor(private readonly db: Db) {
    this.byId = db.prepare<[number], Row>('SELECT id, version, status, doc FROM onboardings WHERE id = ?');
    this.updateStmt = db.prepare('UPDATE onboardings SET doc = ?, client = ?, status = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?');
  }

  get(id: number): StoredOnboarding | null {
    const r = this.byId.get(id);
    return r ? toStored(r) : null;
  }

  list(status?: 'open' | 'complete'): StoredOnboarding[] {
    const rows = status
      ? this.db.prepare<[string], Row>('SELECT id, version, status, doc FROM onboardings WHERE status = ? ORDER BY id').all(status)
      : this.db.prepare<[], Row>('SELECT id, version, status, doc FROM onboardings ORDER BY id').all();
    return rows.map(toStored);
  }

  nextId(): number {
    return ((this.db.prepare('SELECT max(id) FROM onboardings').pluck().get() as number | null) ?? 0) + 1;
  }

  insert(record: OnboardingRecord, status: 'open' | 'complete', now: string): void {
    this.db
      .prepare('INSERT INTO onboardings (id, client, template_id, template_version, status, version, doc, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)')
      .run(record.id, record.client, record.templateId, record.templateVersion, status, JSON.stringify(record), now, now);
  }

  /** Writes the next version only if the row is still at `expected` (false: someone else wrote first). */
  update(record: OnboardingRecord, status: 'open' | 'complete', expected: number, now: string): boolean {
    return this.updateStmt.run(JSON.stringify(record), record.client, status, now, record.id, expected).changes === 1;
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
