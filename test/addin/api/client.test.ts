import { describe, expect, it } from 'vitest';
import { apiClient } from '../../../addin/api/client';
import { ApiError } from '../../../addin/api/errors';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that answers from a list of handlers and records every request. */
function fakeFetch(handler: (c: Call) => { status: number; body?: unknown; etag?: string; raw?: string }) {
  const calls: Call[] = [];
  const f = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const c: Call = {
      url: String(url),
      method: init?.method ?? 'GET',
      headers: (init?.headers ?? {}) as Record<string, string>,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(c);
    const r = handler(c);
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (r.etag) headers.ETag = r.etag;
    return new Response(r.raw ?? (r.body === undefined ? null : JSON.stringify(r.body)), { status: r.status, headers });
  };
  return { fetch: f as typeof fetch, calls };
}

const cover = {
  client: 'Acme',
  signedOn: '2026-09-01',
  tier: 'Gold',
  servers: { count: 1, unitPrice: 100 },
  workstations: { count: 10, unitPrice: 50 },
  users: 12,
  otherMonthly: [],
  setupFee: 500,
  setupPaidBy: 'check',
  monthlyPaidBy: 'card',
  billingContact: { name: 'Bo', email: 'bo@acme.test', address: '1 Main St' },
  convertingExistingClient: false,
  hostedSpamFilter: true,
};

/** A body as the server sends it (checked by the client against core/api's OnboardingSchema). */
const onboarding = (version: number, done: boolean) => ({
  id: 7,
  client: 'Acme',
  templateId: 1,
  templateVersion: 1,
  version,
  status: 'open',
  cover,
  computed: { monthlyTotal: 600, firstInvoice: 1100, dueAtSigning: 1100 },
  progress: { overall: done ? 1 : 0, byDepartment: { Sales: done ? 1 : 0 } },
  steps: [
    {
      key: 'welcome',
      title: 'Welcome call',
      department: 'Sales',
      phase: 'Sale',
      order: 1,
      required: true,
      dependsOn: [],
      state: done ? 'done' : 'ready',
      reason: '',
      dueOn: '2026-09-02',
      completedBy: done ? 'Ann' : null,
      completedAt: done ? '2026-09-01T10:00:00Z' : null,
      note: null,
    },
  ],
  handoffs: [],
  createdAt: '2026-09-01T09:00:00Z',
  createdBy: 'Ann',
});

describe('apiClient', () => {
  it('sends the bearer token and reads JSON', async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 200, body: { id: 3, name: 'Ann', role: 'member', departments: ['Finance'] } }));
    const api = apiClient({ baseUrl: 'http://h:1/', token: 'tok', fetch });
    expect(await api.me()).toEqual({ id: 3, name: 'Ann', role: 'member', departments: ['Finance'] });
    expect(calls[0].url).toBe('http://h:1/api/me');
    expect(calls[0].headers.Authorization).toBe('Bearer tok');
  });

  it('step updates carry the ETag of the last read as If-Match', async () => {
    let version = 1;
    const { fetch, calls } = fakeFetch((c) => {
      if (c.method === 'PUT') {
        if (c.headers['If-Match'] !== `"${version}"`) return { status: 412, body: { title: 'stale' } };
        version += 1;
        return { status: 200, body: onboarding(version, true), etag: `"${version}"` };
      }
      return { status: 200, body: onboarding(version, false), etag: `"${version}"` };
    });
    const api = apiClient({ baseUrl: 'http://h', token: 't', fetch });
    const after = await api.setStep(7, 'welcome', true);
    expect(after.steps[0].state).toBe('done');
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET http://h/api/onboardings/7', 'PUT http://h/api/onboardings/7/steps/welcome']);
    expect(calls[1].body).toEqual({ done: true });
    // The next update uses the ETag the PUT returned, without another GET.
    await api.setStep(7, 'welcome', false);
    expect(calls[2].headers['If-Match']).toBe('"2"');
  });

  it('a stale version (412) re-reads the onboarding and reports the conflict', async () => {
    let gets = 0;
    const { fetch } = fakeFetch((c) => {
      if (c.method === 'PUT') return { status: 412, body: { title: 'Precondition Failed', detail: 'version 3 is current' } };
      gets += 1;
      return { status: 200, body: onboarding(3, false), etag: `"${gets}"` };
    });
    const api = apiClient({ baseUrl: 'http://h', token: 't', fetch });
    const err = await api.setStep(7, 'welcome', true).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(412);
    expect((err as ApiError).message).toMatch(/changed this in the meantime.*version 3 is current/);
    expect(gets).toBe(2);
  });

  it('a rejected token and an unreachable server each give one plain sentence', async () => {
    const rejected = apiClient({ baseUrl: 'http://h', token: 'bad', fetch: fakeFetch(() => ({ status: 401, body: { title: 'Unauthorized' } })).fetch });
    await expect(rejected.me()).rejects.toThrow('The server at http://h rejected the token: set a valid one in Settings');
    const down = apiClient({
      baseUrl: 'http://127.0.0.1:9',
      token: 't',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    await expect(down.me()).rejects.toThrow('Cannot reach the server at http://127.0.0.1:9 (Failed to fetch)');
  });

  it('keeps the findings of a rejected grid publish', async () => {
    const findings = [{ severity: 'error', code: 'duplicate_service', cell: 'Services!A3', message: 'Duplicate' }];
    const { fetch, calls } = fakeFetch(() => ({ status: 400, body: { title: 'Invalid grid', detail: '1 error', findings } }));
    const api = apiClient({ baseUrl: 'http://h', token: 't', fetch });
    const err = (await api.publishGrid({ Services: [['Service', 'Price']] }).catch((e: unknown) => e)) as ApiError;
    expect(err.findings).toEqual(findings);
    expect(calls[0].body).toEqual({ tables: { Services: [['Service', 'Price']] } });
  });

  it('an answer that does not match the schema is reported, not used', async () => {
    const { fetch } = fakeFetch(() => ({ status: 200, body: { ...onboarding(1, false), steps: 'nope' } }));
    await expect(apiClient({ baseUrl: 'http://h', token: 't', fetch }).getOnboarding(7)).rejects.toThrow(
      /answer to GET \/api\/onboardings\/7 is not what this pane expects \(steps:/,
    );
  });

  it('says so when the URL is not an MSP Sync server', async () => {
    const { fetch } = fakeFetch(() => ({ status: 200, raw: '<html>hello</html>' }));
    await expect(apiClient({ baseUrl: 'http://h', token: 't', fetch }).me()).rejects.toThrow(/did not answer with JSON/);
  });

  it('creates onboardings with the Idempotency-Key and builds the event URL with the token', async () => {
    const { fetch, calls } = fakeFetch(() => ({ status: 201, body: onboarding(1, false), etag: '"1"' }));
    const api = apiClient({ baseUrl: 'http://h', token: 'a b', fetch });
    await api.createOnboarding(cover as never, 'key-1');
    expect(calls[0].headers['Idempotency-Key']).toBe('key-1');
    expect(api.eventsUrl()).toBe('http://h/api/events?token=a%20b');
  });
});
