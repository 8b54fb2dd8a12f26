/**
 * `msp-sync serve [--demo] [--db FILE] [--port N] [--host H] [--cert FILE --key FILE] [--origin URL]`.
 * Without --demo it opens (or creates) the database and, when it has no user yet, says how to create the
 * first admin. --demo recreates data/demo.db from the demo workbook and prints the demo users' tokens.
 */
import { serve as listen } from '@hono/node-server';
import Database from 'better-sqlite3';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../app';
import { seedDemo } from '../../demo/seed-demo';
import { createServices } from '../../services';
import { openDatabase } from '../../store/database';
import { parseCommandArgs } from '../args';
import { EXIT_OK, UsageError, type Command } from '../io';
import { DEFAULT_DB } from './user';

const USAGE = 'serve [--demo] [--db FILE] [--port N] [--host H] [--cert FILE --key FILE] [--origin URL]';
export const DEMO_DB = 'data/demo.db';
/** Marks databases made by --demo ("MSPD"), so --demo only ever recreates its own. */
const DEMO_APPLICATION_ID = 0x4d535044;

function isDemoDatabase(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.pragma('application_id', { simple: true }) === DEMO_APPLICATION_ID;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

export const serve: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      demo: { type: 'boolean' },
      db: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      cert: { type: 'string' },
      key: { type: 'string' },
      origin: { type: 'string', multiple: true },
      dist: { type: 'string' },
    },
    USAGE,
  );
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (usage: msp-sync ${USAGE})`);
  const port = values.port === undefined ? 3000 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, got "${values.port}"`);
  if (!!values.cert !== !!values.key) throw new UsageError('--cert and --key go together');
  let tls: { cert: Buffer; key: Buffer } | undefined;
  if (values.cert && values.key) {
    try {
      tls = { cert: readFileSync(values.cert), key: readFileSync(values.key) };
    } catch (e) {
      throw new UsageError(`cannot read the certificate or key: ${(e as Error).message}`);
    }
  }
  const host = values.host ?? '127.0.0.1';
  const file = values.db ?? (values.demo ? DEMO_DB : DEFAULT_DB);
  if (values.demo) {
    // --demo recreates its database: never one that holds real data.
    // The default demo file is always the demo's own (even if an interrupted start left it unmarked).
    if (existsSync(file) && file !== DEMO_DB && !isDemoDatabase(file)) throw new UsageError(`${file} is not a demo database; --demo recreates its database, so choose another --db`);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) rmSync(f);
  }

  const db = openDatabase(file);
  const services = createServices(db, { syncOffEventLoop: true });
  if (values.demo) db.pragma(`application_id = ${DEMO_APPLICATION_ID}`);
  const demo = values.demo ? await seedDemo(services) : null;

  const scheme = tls ? 'https' : 'http';
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  const originFor = (p: number) => `${scheme}://${shownHost}:${p}`;
  const allowedOrigins = [...(values.origin ?? [])];
  const app = createApp({ services, allowedOrigins, distDir: values.dist });

  const server = await new Promise<ReturnType<typeof listen>>((resolve, reject) => {
    const s = listen(
      { fetch: app.fetch, hostname: host, port, ...(tls ? { createServer: createHttpsServer, serverOptions: tls } : {}) },
      () => resolve(s),
    );
    s.once('error', reject);
  }).catch((e: NodeJS.ErrnoException) => {
    db.close();
    throw new UsageError(e.code === 'EADDRINUSE' ? `port ${port} is already in use (try --port)` : e.message);
  });
  const actualPort = (server.address() as AddressInfo).port;
  const origin = originFor(actualPort);
  // The server's own origin is always allowed (the add-in is served from it).
  allowedOrigins.push(origin, `${scheme}://127.0.0.1:${actualPort}`, `${scheme}://localhost:${actualPort}`);

  io.out(`MSP Sync server on ${origin} (database ${file})`);
  io.out(`  task pane  ${origin}/taskpane.html${existsSync(values.dist ?? 'dist') ? '' : '   (not built yet: run npm run build)'}`);
  io.out(`  manifest   ${origin}/manifest.xml`);
  io.out(`  grid page  ${origin}/grid`);
  io.out(`  API        ${origin}/api/health`);
  if (!tls) io.out('  Office add-ins need HTTPS outside localhost: pass --cert FILE --key FILE to serve over HTTPS.');
  if (demo) {
    io.out(`Demo data: services grid version ${demo.gridVersion}, onboardings ${demo.onboardings.join(', ')}. Demo tokens (new at every start):`);
    for (const u of demo.users) io.out(`  ${u.name.padEnd(16)} ${(u.role + (u.departments.length ? ` · ${u.departments.join(', ')}` : '')).padEnd(26)} ${u.token}`);
  } else if (services.users.count() === 0) {
    io.out('The database has no users yet. Create the first admin (prints its token):');
    io.out(`  npx msp-sync user add --name "Your Name" --role admin --db ${file}`);
  }

  return new Promise<number>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      // Every acknowledged write is on disk before the database closes.
      server.close(() => {
        void services.writes.settle().then(() => {
          services.writes.close();
          db.close();
          resolve(EXIT_OK);
        });
      });
      // Open event streams would hold close() forever.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
};
