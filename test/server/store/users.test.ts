import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenHash } from '../../../server/auth/tokens';
import { createServices } from '../../../server/services';
import { openDatabase } from '../../../server/store/database';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup() {
  dir = mkdtempSync(join(tmpdir(), 'users-'));
  const file = join(dir, 'u.db');
  const services = createServices(openDatabase(file));
  const { user, token } = services.users.create('test', { name: 'Fran Finance', role: 'member', departments: ['Finance'] });
  // What `msp-sync user …` does from another process: its own connection to the same file.
  const other = new Database(file);
  return { services, user, token, other };
}

describe('token authentication', () => {
  it('answers repeated lookups of a token with the same user', () => {
    const { services, token, other } = setup();
    const a = services.users.authenticate(token);
    expect(a).toMatchObject({ name: 'Fran Finance', role: 'member', departments: ['Finance'] });
    expect(services.users.authenticate(token)).toEqual(a);
    expect(services.users.authenticate(`${token}x`)).toBeNull();
    other.close();
  });

  it('sees a revocation made by another process on the very next request', () => {
    const { services, token, other } = setup();
    expect(services.users.authenticate(token)).not.toBeNull();
    other.prepare('UPDATE tokens SET revoked_at = ? WHERE hash = ?').run('2026-11-22T00:00:00Z', tokenHash(token));
    expect(services.users.authenticate(token)).toBeNull();
    other.close();
  });

  it('sees a user disabled or given another role by another process', () => {
    const { services, token, user, other } = setup();
    expect(services.users.authenticate(token)?.role).toBe('member');
    other.prepare("UPDATE users SET role = 'manager' WHERE id = ?").run(user.id);
    expect(services.users.authenticate(token)?.role).toBe('manager');
    other.prepare('UPDATE users SET disabled = 1 WHERE id = ?').run(user.id);
    expect(services.users.authenticate(token)).toBeNull();
    other.close();
  });

  it('forgets a token revoked through the server at once', () => {
    const { services, token, user, other } = setup();
    expect(services.users.authenticate(token)).not.toBeNull();
    const [t] = services.users.tokens(user.id);
    services.users.revoke('admin', t.id);
    expect(services.users.authenticate(token)).toBeNull();
    const fresh = services.users.issueToken('admin', user.id, 'second');
    expect(services.users.authenticate(fresh.token)?.name).toBe('Fran Finance');
    services.users.update('admin', user.id, { departments: ['Finance', 'Sales'] });
    expect(services.users.authenticate(fresh.token)?.departments).toEqual(['Finance', 'Sales']);
    other.close();
  });

  it('does not remember a change to a user that was rolled back', async () => {
    const { services, token, user, other } = setup();
    const failing = services.writes.run(() => {
      services.users.update('admin', user.id, { role: 'manager' });
      expect(services.users.authenticate(token)?.role).toBe('manager'); // seen inside the write
      throw new Error('a later part of the same write failed');
    });
    await expect(failing).rejects.toThrow('later part');
    expect(services.users.authenticate(token)?.role).toBe('member');
    other.close();
  });
});
