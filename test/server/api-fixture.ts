/** An app over an in-memory database with one user per role/department, for API tests. */
import type { CoverPageInput } from '../../core/api/onboarding';
import { createApp } from '../../server/app';
import { coverPage } from '../core/onboarding/cover-fixture';
import { createServices, type Services } from '../../server/services';
import { openDatabase } from '../../server/store/database';

export const PEOPLE = {
  admin: { name: 'Ada Admin', role: 'admin', departments: [] },
  manager: { name: 'Max Manager', role: 'manager', departments: [] },
  sales: { name: 'Sam Sales', role: 'member', departments: ['Sales'] },
  finance: { name: 'Fran Finance', role: 'member', departments: ['Finance'] },
  service: { name: 'Sid Service', role: 'member', departments: ['Service'] },
  noc: { name: 'Nia NOC', role: 'member', departments: ['NOC'] },
  am: { name: 'Alex Account', role: 'member', departments: ['Account Manager'] },
} as const;
export type Person = keyof typeof PEOPLE;

/** The same cover page the core onboarding tests use, as an HTTP body. */
export function cover(overrides: Partial<CoverPageInput> = {}): CoverPageInput {
  return { ...coverPage(), ...overrides };
}

export interface Api {
  app: ReturnType<typeof createApp>;
  services: Services;
  tokens: Record<Person, string>;
  ids: Record<Person, number>;
  call(who: Person | null, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export function makeApi(options: { clock?: () => string; maxBody?: number } = {}): Api {
  const services = createServices(openDatabase(':memory:'), { clock: options.clock });
  const app = createApp({ services, distDir: '/nonexistent-dist', maxBody: options.maxBody, logError: () => {} });
  const tokens = {} as Record<Person, string>;
  const ids = {} as Record<Person, number>;
  for (const [key, p] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
    const r = services.users.create('test', { name: p.name, role: p.role, departments: [...p.departments] });
    tokens[key] = r.token;
    ids[key] = r.user.id;
  }
  const call: Api['call'] = async (who, method, path, body, headers = {}) =>
    app.request(path, {
      method,
      headers: {
        ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, services, tokens, ids, call };
}
