/**
 * The audit trail: append-only (triggers refuse UPDATE and DELETE) and hash-chained — each row's hash is
 * sha256(previous hash + canonical JSON of the row), so editing or removing any row through the file
 * breaks verification from that row on. `append` must run inside the caller's write transaction, so an
 * action and its audit row commit together or not at all.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../store/database';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  actor: string;
  action: string;
  entity: string;
  entityId?: string | number | null;
  data?: unknown;
  at?: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  data: unknown;
  prevHash: string;
  hash: string;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  data: string;
  prev_hash: string;
  hash: string;
}

function hashOf(prevHash: string, e: Omit<AuditEntry, 'hash' | 'prevHash'>): string {
  return createHash('sha256')
    .update(prevHash)
    .update(canonicalJson({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, entity: e.entity, entityId: e.entityId, data: e.data }))
    .digest('hex');
}

const toEntry = (r: AuditRow): AuditEntry => ({
  seq: r.seq,
  at: r.at,
  actor: r.actor,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  data: JSON.parse(r.data),
  prevHash: r.prev_hash,
  hash: r.hash,
});

export class AuditLog {
  private readonly last;
  private readonly insert;

  constructor(private readonly db: Db) {
    this.last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1');
    this.insert = db.prepare(
      'INSERT INTO audit (seq, at, actor, action, entity, entity_id, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
  }

  /** Appends one row; call inside a write transaction (read of the chain head and insert are atomic there). */
  append(input: AuditInput): AuditEntry {
    if (!this.db.inTransaction) throw new Error('audit rows are written inside the action\'s transaction');
    const head = this.last.get();
    const prevHash = head?.hash ?? GENESIS_HASH;
    // Round-trip through JSON so the hashed value is exactly what is stored and read back.
    const json = JSON.stringify(input.data ?? null);
    const data = JSON.parse(json) as unknown;
    const entry = {
      seq: (head?.seq ?? 0) + 1,
      at: input.at ?? new Date().toISOString(),
      actor: input.actor,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId === undefined || input.entityId === null ? null : String(input.entityId),
      data,
    };
    const hash = hashOf(prevHash, entry);
    // JSON.stringify of what JSON.parse read back from its own output is that same text.
    this.insert.run(entry.seq, entry.at, entry.actor, entry.action, entry.entity, entry.entityId, json, prevHash, hash);
    return { ...entry, prevHash, hash };
  }

  list(q: { entity?: string; entityId?: string; after?: number; limit?: number } = {}): AuditEntry[] {
    const where: string[] = ['seq > ?'];
    const args: unknown[] = [q.after ?? 0];
    if (q.entity) {
      where.push('entity = ?');
      args.push(q.entity);
    }
    if (q.entityId) {
      where.push('entity_id = ?');
      args.push(q.entityId);
    }
    args.push(q.limit ?? 1000);
    const rows = this.db.prepare<unknown[], AuditRow>(`SELECT * FROM audit WHERE ${where.join(' AND ')} ORDER BY seq LIMIT ?`).all(...args);
    return rows.map(toEntry);
  }

  /** Walks the whole chain: sequence without gaps, each prevHash the previous hash, each hash recomputed. */
  verify(): { ok: boolean; entries: number; brokenAt: number | null } {
    let prev = GENESIS_HASH;
    let expected = 1;
    let entries = 0;
    for (const row of this.db.prepare<[], AuditRow>('SELECT * FROM audit ORDER BY seq').iterate()) {
      entries++;
      let e: AuditEntry;
      try {
        e = toEntry(row);
      } catch {
        return { ok: false, entries, brokenAt: row.seq };
      }
      if (e.seq !== expected || e.prevHash !== prev || hashOf(prev, e) !== e.hash) return { ok: false, entries, brokenAt: e.seq };
      prev = e.hash;
      expected++;
    }
    return { ok: true, entries, brokenAt: null };
  }
}
