/**
 * Group commit: writes that arrive in the same turn of the event loop share one SQLite transaction, so
 * one fsync (synchronous = FULL) acknowledges all of them. Each write runs in its own savepoint (a failed
 * one rolls back alone, at once) and its promise resolves only after COMMIT returned — an acknowledged
 * write is on disk. Reads on the same connection may see a batch's writes a moment before the commit.
 */
import type { Db } from './database';

interface Waiting {
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class GroupCommit {
  private waiting: Waiting[] = [];
  private open = false;

  /** One savepoint wrapper for every write (better-sqlite3 builds a new one per `db.transaction` call). */
  private readonly inSavepoint;

  constructor(private readonly db: Db) {
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
      return Promise.reject(e);
    }
  }

  /** Commits the open batch (also called by close-down, so nothing acknowledged waits forever). */
  flush(): void {
    if (!this.open) return;
    const waiting = this.waiting;
    this.waiting = [];
    this.open = false;
    try {
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      for (const w of waiting) w.reject(e);
      return;
    }
    for (const w of waiting) w.resolve();
  }
}
