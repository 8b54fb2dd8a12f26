/**
 * Group commit: writes that arrive in the same turn of the event loop share one SQLite transaction, so
 * one disk sync acknowledges all of them. Each write runs in its own savepoint (a failed one rolls back
 * alone, at once) and its promise resolves only once its batch is committed *and* on disk. With a
 * Durability (WalSync) the disk sync runs off the event loop, one at a time: batches committed while one
 * runs wait for the next, which covers them all, and the server goes on with other requests meanwhile.
 * Reads on the same connection may see a batch's writes a moment before they are acknowledged.
 */
import type { Db } from './database';

/** Makes everything committed so far durable, calling back when it is. */
export interface Durability {
  sync(done: (err: Error | null) => void): void;
  close(): void;
}

interface Waiting {
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class GroupCommit {
  private waiting: Waiting[] = [];
  private open = false;
  /** Committed, waiting for a disk sync. */
  private unsynced: Waiting[] = [];
  private syncing = false;
  private idle: Array<() => void> = [];
  private rollbackListeners: Array<() => void> = [];

  /** One savepoint wrapper for every write (better-sqlite3 builds a new one per `db.transaction` call). */
  private readonly inSavepoint;

  constructor(
    private readonly db: Db,
    private readonly durable: Durability | null = null,
  ) {
    this.inSavepoint = db.transaction((fn: () => unknown) => fn());
  }

  run<T>(fn: () => T): Promise<T> {
    try {
      if (!this.open) {
        this.db.exec('BEGIN IMMEDIATE');
        this.open = true;
        setImmediate(() => this.flush());
      }
      // Inside an open transaction better-sqlite3 makes this a savepoint.
      const result = this.inSavepoint(fn) as T;
      return new Promise<T>((resolve, reject) => this.waiting.push({ resolve: () => resolve(result), reject }));
    } catch (e) {
      this.rolledBack();
      return Promise.reject(e);
    }
  }

  /** Called after any write here is rolled back, so caches of what it wrote can be dropped. */
  onRollback(listener: () => void): void {
    this.rollbackListeners.push(listener);
  }

  private rolledBack(): void {
    for (const l of this.rollbackListeners) l();
  }

  /** Commits the open batch; its writes are acknowledged once the disk has them. */
  flush(): void {
    if (!this.open) return;
    const waiting = this.waiting;
    this.waiting = [];
    this.open = false;
    try {
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.rolledBack();
      for (const w of waiting) w.reject(e);
      return;
    }
    if (!this.durable) {
      for (const w of waiting) w.resolve();
      return;
    }
    for (const w of waiting) this.unsynced.push(w);
    if (!this.syncing) this.syncNow();
  }

  private syncNow(): void {
    const waiting = this.unsynced;
    this.unsynced = [];
    this.syncing = true;
    this.durable!.sync((err) => {
      this.syncing = false;
      // A failed sync: committed but not known to be on disk, so it is not acknowledged as done.
      for (const w of waiting) (err ? w.reject(err) : w.resolve());
      if (this.unsynced.length) this.syncNow();
      else for (const f of this.idle.splice(0)) f();
    });
  }

  /** Commits the open batch and waits until every committed write is on disk (before closing). */
  settle(): Promise<void> {
    this.flush();
    return this.syncing ? new Promise((resolve) => this.idle.push(resolve)) : Promise.resolve();
  }

  /** Releases the durability's file handle (after settle(), before the database closes). */
  close(): void {
    this.durable?.close();
  }
}
