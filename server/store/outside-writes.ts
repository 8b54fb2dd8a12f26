/**
 * Has another connection — another process, such as `msp-sync user add` — committed since a cache was
 * filled? SQLite's `data_version` moves only for other connections' commits, so a cache that is dropped
 * on its own writes and whenever this generation moves is never staler than the database.
 */
import type { Db } from './database';

export class OutsideWrites {
  private readonly dataVersion;
  private last: number;
  private current = 0;

  constructor(db: Db) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.last = this.dataVersion.get() as number;
  }

  /** A number that changes after every commit by another connection. */
  generation(): number {
    const v = this.dataVersion.get() as number;
    if (v !== this.last) {
      this.last = v;
      this.current++;
    }
    return this.current;
  }
}
