import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices } from '../../../server/services';
import { openDatabase } from '../../../server/store/database';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tables = (price: number) => ({
  Services: [['Service', 'Unit', 'Price'], ['Help Desk', 'User', price]],
  Tiers: [['Tier', 'Help Desk'], ['Gold', 'Y']],
  ServiceGrid: [['Customer', 'Help Desk'], ['Acme', 10]],
  Agreements: [['Customer', 'Type', 'Tier', 'Start', 'Monthly Total'], ['Acme', 'Managed', 'Gold', '2026-01-01', price * 10]],
});

function setup() {
  dir = mkdtempSync(join(tmpdir(), 'grid-versions-'));
  const file = join(dir, 'g.db');
  return { file, services: createServices(openDatabase(file)) };
}

describe('the current published grid', () => {
  it('follows publishes made here', () => {
    const { services } = setup();
    expect(services.grid.current()).toBeNull();
    services.grid.publish('Max', tables(40));
    expect(services.grid.current()?.grid.version).toBe(1);
    services.grid.publish('Max', tables(45));
    expect(services.grid.current()?.grid.version).toBe(2);
  });

  it('follows a version written by another connection (another process)', () => {
    const { file, services } = setup();
    services.grid.publish('Max', tables(40));
    expect(services.grid.current()?.grid.version).toBe(1);
    const other = new Database(file);
    other.prepare('INSERT INTO grid_versions (version, published_by, published_at, tables) VALUES (2, ?, ?, ?)').run('Elsewhere', '2026-11-22T00:00:00Z', JSON.stringify(tables(50)));
    other.close();
    expect(services.grid.current()?.grid).toMatchObject({ version: 2, publishedBy: 'Elsewhere' });
  });

  it('falls back to the committed version when a write that published is rolled back', async () => {
    const { services } = setup();
    services.grid.publish('Max', tables(40));
    const failing = services.writes.run(() => {
      services.grid.publish('Max', tables(45));
      expect(services.grid.current()?.grid.version).toBe(2); // seen inside the write
      throw new Error('a later part of the same write failed');
    });
    await expect(failing).rejects.toThrow('later part');
    expect(services.grid.current()?.grid.version).toBe(1);
  });
});
