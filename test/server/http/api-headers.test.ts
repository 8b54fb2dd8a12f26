import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { API_SECURITY_HEADERS } from '../../../server/http/api-headers';
import { createServices } from '../../../server/services';
import { openDatabase } from '../../../server/store/database';

let server: ServerType | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

const lower = (pairs: readonly (readonly [string, string])[]) => Object.fromEntries(pairs.map(([k, v]) => [k.toLowerCase(), v]));

describe('API response headers', () => {
  it('are the security headers hono gives with a policy that allows nothing', async () => {
    const probe = new Hono();
    probe.use(secureHeaders({ contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] }, crossOriginResourcePolicy: 'same-origin' }));
    probe.get('/', (c) => c.text(''));
    const res = await probe.request('/');
    const fromHono = Object.fromEntries([...res.headers.entries()].filter(([k]) => k !== 'content-type'));
    expect(lower(API_SECURITY_HEADERS)).toEqual(fromHono);
  });

  it('are on answers over a real socket, errors included, with CORS only for the add-in origin', async () => {
    const services = createServices(openDatabase(':memory:'));
    const app = createApp({ services, allowedOrigins: ['https://addin.example'], distDir: '/nonexistent', logError: () => {} });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ok = await fetch(`${url}/api/health`, { headers: { origin: 'https://addin.example' } });
    const unauthorized = await fetch(`${url}/api/me`, { headers: { origin: 'https://evil.example' } });
    expect(ok.status).toBe(200);
    expect(unauthorized.status).toBe(401);
    for (const r of [ok, unauthorized]) {
      for (const [name, value] of API_SECURITY_HEADERS) expect(r.headers.get(name)).toBe(value);
      expect(r.headers.get('access-control-expose-headers')).toBe('ETag,Location,Idempotent-Replayed');
      expect(r.headers.get('vary')).toBe('Origin');
    }
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://addin.example');
    expect(unauthorized.headers.get('access-control-allow-origin')).toBeNull();
    expect(unauthorized.headers.get('content-type')).toBe('application/problem+json');
  });
});
