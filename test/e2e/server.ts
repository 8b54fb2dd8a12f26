/** The real MSP Sync server (createApp over a fresh SQLite file) on a loopback socket, serving a build. */
import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../server/app';
import { createServices, type Services } from '../../server/services';
import { openDatabase } from '../../server/store/database';

export interface RunningServer {
  url: string;
  services: Services;
  close(): Promise<void>;
}

export async function startServer(distDir: string): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'msp-sync-e2e-db-'));
  const db = openDatabase(join(dir, 'e2e.db'));
  const services = createServices(db, { syncOffEventLoop: true });
  const app = createApp({ services, distDir, logError: (e) => console.error('server error in e2e:', e) });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    services,
    async close() {
      // Open event streams keep sockets alive: drop them rather than wait.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.writes.settle();
      services.writes.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
