/** Everything the HTTP app needs, built over one database. */
import { AuditLog } from './audit/audit-log';
import { EventBus } from './events/event-bus';
import { PublishedGrid } from './grid/published-grid';
import { OnboardingService } from './onboarding/onboarding-service';
import type { Db } from './store/database';
import { GridVersions } from './store/grid-versions';
import { GroupCommit } from './store/group-commit';
import { OnboardingRows } from './store/onboardings';
import { OutsideWrites } from './store/outside-writes';
import { Templates } from './store/templates';
import { Users } from './store/users';
import { WalSync } from './store/wal-sync';

export interface Services {
  db: Db;
  audit: AuditLog;
  users: Users;
  templates: Templates;
  gridVersions: GridVersions;
  grid: PublishedGrid;
  onboardings: OnboardingService;
  events: EventBus;
  /** Every HTTP write goes through it: acknowledged after its (shared) commit. */
  writes: GroupCommit;
}

export interface ServiceOptions {
  clock?: () => string;
  /**
   * For the long-running server: its connection commits with synchronous = NORMAL and syncs the WAL off
   * the event loop before acknowledging (WalSync). One-shot commands keep synchronous = FULL: their
   * writes do not go through the group commit.
   */
  syncOffEventLoop?: boolean;
}

export function createServices(db: Db, options: ServiceOptions = {}): Services {
  const clock = options.clock ?? (() => new Date().toISOString());
  const audit = new AuditLog(db);
  const outside = new OutsideWrites(db);
  const users = new Users(db, audit, outside);
  const templates = new Templates(db, audit);
  templates.ensureDefault(clock());
  const gridVersions = new GridVersions(db, audit, outside);
  const grid = new PublishedGrid(gridVersions, () => clock().slice(0, 10));
  const events = new EventBus();
  const writes = new GroupCommit(db, options.syncOffEventLoop ? WalSync.for(db) : null);
  writes.onRollback(() => {
    gridVersions.forgetLatest();
    users.forgetActors();
  });
  const onboardings = new OnboardingService(db, new OnboardingRows(db), templates, audit, grid, events, writes, clock);
  return { db, audit, users, templates, gridVersions, grid, onboardings, events, writes };
}
