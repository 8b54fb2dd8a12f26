/**
 * Fetch client of the MSP Sync HTTP API (DESIGN §5). Every call sends the Bearer token, turns problem JSON
 * and network failures into one ApiError sentence, and remembers each onboarding's ETag so step updates
 * carry If-Match.
 */
import { ApiError, problemMessage, unreachable } from './errors';
import type { CoverPage, GridTables, Me, Onboarding, QueueItem } from './types';

type Id = number | string;

export interface ApiClientOptions {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
}

export interface ApiClient {
  readonly baseUrl: string;
  me(): Promise<Me>;
  listOnboardings(status?: 'open' | 'complete'): Promise<Onboarding[]>;
  getOnboarding(id: Id): Promise<Onboarding>;
  createOnboarding(cover: CoverPage, idempotencyKey: string): Promise<Onboarding>;
  setStep(id: Id, key: string, done: boolean, note?: string): Promise<Onboarding>;
  acknowledge(id: Id, department: string): Promise<Onboarding>;
  queue(department: string): Promise<QueueItem[]>;
  publishGrid(tables: GridTables): Promise<{ version: number }>;
  gridCurrent(): Promise<{ version: number } & Record<string, unknown>>;
  gridDiff(from: number, to: number): Promise<unknown>;
  /** URL of the server-sent event stream (EventSource cannot send headers: the token goes in the query). */
  eventsUrl(): string;
}

export function apiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const etags = new Map<string, string>();
  const path = (id: Id) => `/onboardings/${encodeURIComponent(String(id))}`;

  async function call<T>(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<{ data: T; etag: string | null }> {
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(`${baseUrl}/api${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
    } catch (e) {
      throw unreachable(baseUrl, e);
    }
    const text = await res.text();
    let data: unknown = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      if (res.ok) throw new ApiError(res.status, `The server at ${baseUrl} did not answer with JSON: is the URL in Settings an MSP Sync server?`);
    }
    if (!res.ok) throw problemMessage(res.status, data, baseUrl);
    return { data: data as T, etag: res.headers.get('ETag') };
  }

  async function onboarding(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Onboarding> {
    const { data, etag } = await call<Onboarding | { onboarding: Onboarding }>(method, path, init);
    const ob = 'onboarding' in data ? data.onboarding : data;
    if (etag) etags.set(String(ob.id), etag);
    return ob;
  }

  return {
    baseUrl,
    me: async () => (await call<Me>('GET', '/me')).data,
    async listOnboardings(status) {
      const { data } = await call<Onboarding[] | { onboardings: Onboarding[] }>('GET', `/onboardings${status ? `?status=${status}` : ''}`);
      return Array.isArray(data) ? data : data.onboardings;
    },
    getOnboarding: (id) => onboarding('GET', path(id)),
    createOnboarding: (cover, idempotencyKey) =>
      onboarding('POST', '/onboardings', { body: cover, headers: { 'Idempotency-Key': idempotencyKey } }),
    async setStep(id, key, done, note) {
      if (!etags.has(String(id))) await onboarding('GET', path(id));
      const stepPath = `${path(id)}/steps/${encodeURIComponent(key)}`;
      const body = note ? { done, note } : { done };
      try {
        return await onboarding('PUT', stepPath, { body, headers: { 'If-Match': etags.get(String(id)) ?? '' } });
      } catch (e) {
        // A stale version: fetch the current one so the pane can show it, then report the conflict.
        if (e instanceof ApiError && e.status === 412) await onboarding('GET', path(id)).catch(() => undefined);
        throw e;
      }
    },
    acknowledge: (id, department) =>
      onboarding('POST', `${path(id)}/handoffs/${encodeURIComponent(department)}/ack`),
    async queue(department) {
      const { data } = await call<QueueItem[] | { steps?: QueueItem[]; items?: QueueItem[]; queue?: QueueItem[] }>(
        'GET',
        `/queue?department=${encodeURIComponent(department)}`,
      );
      return Array.isArray(data) ? data : (data.steps ?? data.items ?? data.queue ?? []);
    },
    publishGrid: async (tables) => (await call<{ version: number }>('POST', '/grid', { body: { tables } })).data,
    gridCurrent: async () => (await call<{ version: number } & Record<string, unknown>>('GET', '/grid/current')).data,
    gridDiff: async (from, to) => (await call<unknown>('GET', `/grid/diff?from=${from}&to=${to}`)).data,
    eventsUrl: () => `${baseUrl}/api/events?token=${encodeURIComponent(options.token)}`,
  };
}
