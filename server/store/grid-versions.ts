/** Published services grids: version N with publisher, time and the tables as Range.values. Immutable. */
import type { AuditLog } from '../audit/audit-log';
import type { Db } from './database';

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

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {
    // Asked on every onboarding view (is the cached grid still current?): prepare once.
    this.latest = db.prepare('SELECT max(version) FROM grid_versions').pluck();
  }

  latestNumber(): number | null {
    return (this.latest.get() as number | null) ?? null;
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
    return this.db
      .transaction(() => {
        const version = (this.latestNumber() ?? 0) + 1;
        this.db.prepare('INSERT INTO grid_versions (version, published_by, published_at, tables) VALUES (?, ?, ?, ?)').run(version, actor, now, JSON.stringify(tables));
        this.audit.append({ actor, action: 'grid.publish', entity: 'grid', entityId: version, data: summary, at: now });
        return version;
      })
      .immediate();
  }
}
