/**
 * Durability off the event loop. With `synchronous = FULL`, SQLite fsyncs the WAL inside COMMIT, and the
 * whole server waits ~0.5–1 ms per batch doing nothing. Instead the server's connection commits with
 * `synchronous = NORMAL` (WAL written, not yet synced; SQLite still syncs around checkpoints) and this
 * fdatasyncs the WAL file on libuv's thread pool; GroupCommit acknowledges a batch only when a sync that
 * started after its commit returns (a sync covers every frame written before it started). An
 * acknowledged write is therefore on disk exactly as with FULL, while the next batch runs.
 */
import { closeSync, fdatasync, openSync } from 'node:fs';
import type { Db } from './database';
import type { Durability } from './group-commit';

export class WalSync implements Durability {
  private fd: number | undefined;
  private readonly walFile: string;

  private constructor(db: Db) {
    this.walFile = `${db.name}-wal`;
    db.pragma('synchronous = NORMAL');
    // Checkpoint every ~40 MB of WAL instead of ~4 MB: each checkpoint copies the distinct pages once and
    // syncs twice on the event loop, so rarer checkpoints (of much the same pages) cost far less in all.
    db.pragma('wal_autocheckpoint = 10000');
  }

  /** For a file database in WAL mode; null for `:memory:` (nothing to make durable). */
  static for(db: Db): WalSync | null {
    if (db.memory) return null;
    if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return null;
    return new WalSync(db);
  }

  /** Calls back once everything committed so far is on disk (or with the error that prevented it). */
  sync(done: (err: Error | null) => void): void {
    try {
      // The WAL file exists from the first commit on and lives as long as this connection does.
      this.fd ??= openSync(this.walFile, 'r');
    } catch (e) {
      done(e as Error);
      return;
    }
    fdatasync(this.fd, done);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
