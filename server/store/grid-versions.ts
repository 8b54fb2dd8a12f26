/** Published services grids: version N with publisher, time and the tables as Range.values. Immutable. */
import type { AuditLog } from '../audit/audit-log';
import type { Db } from './database';
import { OutsideWrites } from './outside-writes';

export type GridTables = Record<string, unknown[][]>;

export interface GridVersion {
  version: number;
  publishedBy: string;
  publishedAt: string;
  tables: GridTables;
}

interface Row {
  version: number;
  published_by: string;
  published_at: string;
  tables: string;
}

const toVersion = (r: Row): GridVersion => ({ version: r.version, publishedBy: r.published_by, publishedAt: r.published_at, tables: JSON.parse(r.tables) as GridTables });

export class GridVersions {
  private readonly latest;
  /** The latest version number as last read, and the outside-writes generation it was read at. */
  private known: { version: number | null; generation: number } | null = null;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly outside: OutsideWrites = new OutsideWrites(db),
  ) {
    this.latest = db.prepare('SELECT max(version) FROM grid_versions').pluck();
  }

  /** Asked on every onboarding view (is the cached grid still current?), so remembered until a publish. */
  latestNumber(): number | null {
    const generation = this.outside.generation();
    if (this.known?.generation !== generation) this.known = { version: (this.latest.get() as number | null) ?? null, generation };
    return this.known.version;
  }

  /** Read the latest number again next time (a publish here, or one that was rolled back). */
  forgetLatest(): void {
    this.known = null;
  }

  get(version: number): GridVersion | null {
    const r = this.db.prepare<[number], Row>('SELECT * FROM grid_versions WHERE version = ?').get(version);
    return r ? toVersion(r) : null;
  }

  current(): GridVersion | null {
    const v = this.latestNumber();
    return v === null ? null : this.get(v);
  }

  list(): Omit<GridVersion, 'tables'>[] {
    return this.db
      .prepare<[], Omit<Row, 'tables'>>('SELECT version, published_by, published_at FROM grid_versions ORDER BY version')
      .all()
      .map((r) => ({ version: r.version, publishedBy: r.published_by, publishedAt: r.published_at }));
  }

  publish(actor: string, tables: GridTables, summary: unknown, now = new Date().toISOString()): number {
    this.forgetLatest();
    return this.db
      .transaction(() => {
        const version = (this.latestNumber() ?? 0) + 1;
        this.forgetLatest();
        this.db.prepare('INSERT INTO grid_versions (version, published_by, published_at, tables) VALUES (?, ?, ?, ?)').run(version, actor, now, JSON.stringify(tables));
        this.audit.append({ actor, action: 'grid.publish', entity: 'grid', entityId: version, data: summary, at: now });
        return version;
      })
      .immediate();
  }
}
