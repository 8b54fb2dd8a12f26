/** Users and their API tokens. Writes take the audit log so each one commits with its audit row. */
import type { Actor, Role } from '../../core/onboarding/record';
import type { AuditLog } from '../audit/audit-log';
import { newToken, tokenHash } from '../auth/tokens';
import type { Db } from './database';
import { OutsideWrites } from './outside-writes';

export interface UserView {
  id: number;
  name: string;
  role: Role;
  departments: string[];
  disabled: boolean;
  createdAt: string;
}

export interface TokenView {
  id: number;
  userId: number;
  userName: string;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
}

interface UserRow {
  id: number;
  name: string;
  role: Role;
  departments: string;
  disabled: number;
  created_at: string;
}

const toUser = (r: UserRow): UserView => ({
  id: r.id,
  name: r.name,
  role: r.role,
  departments: JSON.parse(r.departments) as string[],
  disabled: r.disabled === 1,
  createdAt: r.created_at,
});

interface TokenRow {
  id: number;
  user_id: number;
  user_name: string;
  label: string | null;
  created_at: string;
  revoked_at: string | null;
}
const toToken = (r: TokenRow): TokenView => ({ id: r.id, userId: r.user_id, userName: r.user_name, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at });

/** Bounds the token cache (only known tokens are cached, but a deployment could issue many). */
const MAX_CACHED_TOKENS = 10_000;

export class Users {
  private readonly byHash;
  /**
   * Actors by token hash. Dropped on every user or token write here and whenever another connection
   * commits (a revocation by the CLI applies to the very next request).
   */
  private readonly actors = new Map<string, Actor>();
  private actorsGeneration = -1;

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly outside: OutsideWrites = new OutsideWrites(db),
  ) {
    this.byHash = db.prepare<[string], UserRow>(
      `SELECT u.* FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.hash = ? AND t.revoked_at IS NULL AND u.disabled = 0`,
    );
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM users').pluck().get() as number;
  }

  /** The user a bearer token belongs to, if the token is known, not revoked and the user not disabled. */
  authenticate(token: string): Actor | null {
    const hash = tokenHash(token);
    const generation = this.outside.generation();
    if (generation !== this.actorsGeneration) this.forgetActors(generation);
    const known = this.actors.get(hash);
    if (known) return known;
    const row = this.byHash.get(hash);
    if (!row) return null;
    const u = toUser(row);
    const actor: Actor = Object.freeze({ id: u.id, name: u.name, role: u.role, departments: Object.freeze([...u.departments]) });
    if (this.actors.size >= MAX_CACHED_TOKENS) this.actors.clear();
    this.actors.set(hash, actor);
    return actor;
  }

  /** Drops remembered token lookups (a user or token write here, or one that was rolled back). */
  forgetActors(generation = this.actorsGeneration): void {
    this.actors.clear();
    this.actorsGeneration = generation;
  }

  get(id: number): UserView | null {
    const r = this.db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?').get(id);
    return r ? toUser(r) : null;
  }

  byName(name: string): UserView | null {
    const r = this.db.prepare<[string], UserRow>('SELECT * FROM users WHERE name = ?').get(name);
    return r ? toUser(r) : null;
  }

  list(): UserView[] {
    return this.db.prepare<[], UserRow>('SELECT * FROM users ORDER BY id').all().map(toUser);
  }

  /** Creates a user and a first token; returns the token's secret (shown once). */
  create(actor: string, input: { name: string; role: Role; departments: string[] }, now = new Date().toISOString()): { user: UserView; token: string; tokenId: number } {
    this.forgetActors();
    return this.db
      .transaction(() => {
        if (this.byName(input.name)) throw new DuplicateUser(input.name);
        const id = Number(
          this.db
            .prepare('INSERT INTO users (name, role, departments, created_at) VALUES (?, ?, ?, ?)')
            .run(input.name, input.role, JSON.stringify(input.departments), now).lastInsertRowid,
        );
        this.audit.append({ actor, action: 'user.create', entity: 'user', entityId: id, data: input, at: now });
        const { token, id: tokenId } = this.issueTokenInTx(actor, id, 'first token', now);
        return { user: this.get(id)!, token, tokenId };
      })
      .immediate();
  }

  update(actor: string, id: number, patch: { role?: Role; departments?: string[]; disabled?: boolean }, now = new Date().toISOString()): UserView | null {
    this.forgetActors();
    return this.db
      .transaction(() => {
        const before = this.get(id);
        if (!before) return null;
        const next = { role: patch.role ?? before.role, departments: patch.departments ?? before.departments, disabled: patch.disabled ?? before.disabled };
        this.db.prepare('UPDATE users SET role = ?, departments = ?, disabled = ? WHERE id = ?').run(next.role, JSON.stringify(next.departments), next.disabled ? 1 : 0, id);
        this.audit.append({ actor, action: 'user.update', entity: 'user', entityId: id, data: { before, patch }, at: now });
        return this.get(id);
      })
      .immediate();
  }

  issueToken(actor: string, userId: number, label: string | null, now = new Date().toISOString()): { token: string; id: number } {
    this.forgetActors();
    return this.db.transaction(() => this.issueTokenInTx(actor, userId, label, now)).immediate();
  }

  private issueTokenInTx(actor: string, userId: number, label: string | null, now: string): { token: string; id: number } {
    const token = newToken();
    const id = Number(
      this.db.prepare('INSERT INTO tokens (user_id, hash, label, created_at) VALUES (?, ?, ?, ?)').run(userId, tokenHash(token), label, now).lastInsertRowid,
    );
    // The audit row names the token by id, never by secret or hash.
    this.audit.append({ actor, action: 'token.create', entity: 'token', entityId: id, data: { userId, label }, at: now });
    return { token, id };
  }

  token(id: number): TokenView | null {
    const r = this.db
      .prepare<[number], TokenRow>('SELECT t.*, u.name AS user_name FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.id = ?')
      .get(id);
    return r ? toToken(r) : null;
  }

  tokens(userId?: number): TokenView[] {
    const sql = `SELECT t.*, u.name AS user_name FROM tokens t JOIN users u ON u.id = t.user_id ${userId ? 'WHERE t.user_id = ?' : ''} ORDER BY t.id`;
    const stmt = this.db.prepare<unknown[], TokenRow>(sql);
    return (userId ? stmt.all(userId) : stmt.all()).map(toToken);
  }

  /** Revokes a token (idempotent: revoking twice keeps the first time). */
  revoke(actor: string, id: number, now = new Date().toISOString()): TokenView | null {
    this.forgetActors();
    return this.db
      .transaction(() => {
        const t = this.token(id);
        if (!t) return null;
        if (t.revokedAt) return t;
        this.db.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ?').run(now, id);
        this.audit.append({ actor, action: 'token.revoke', entity: 'token', entityId: id, data: { userId: t.userId }, at: now });
        return this.token(id);
      })
      .immediate();
  }
}

export class DuplicateUser extends Error {
  constructor(readonly userName: string) {
    super(`a user named "${userName}" already exists`);
  }
}
