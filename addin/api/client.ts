/**
 * Fetch client of the MSP Sync HTTP API (DESIGN §5). Every call sends the Bearer token, turns problem JSON
 * and network failures into one ApiError sentence, and remembers each onboarding's ETag so step updates
 * carry If-Match.
 */
import { z } from 'zod';
import { GridPublishedSchema, GridVersionSchema, MeSchema, OnboardingSchema, QueueSchema } from '../../core/api';
import { ApiError, problemMessage, unreachable } from './errors';
import type { CoverPage, GridTables, Me, Onboarding, QueueItem } from './types';

type Id = number | string;

// The list endpoint's envelope is not in core/api: accept a bare array or { onboardings }.
const OnboardingListSchema = z.union([z.array(OnboardingSchema), z.object({ onboardings: z.array(OnboardingSchema) })]);
const AnyJson = z.unknown();

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
  /** PATCH the cover page with the onboarding's last ETag (412 when someone changed it meanwhile). */
  patchCover(id: number | string, patch: Partial<CoverPage>): Promise<Onboarding>;
  setStep(id: Id, key: string, done: boolean, note?: string): Promise<Onboarding>;
  acknowledge(id: Id, department: string): Promise<Onboarding>;
  queue(department: string): Promise<QueueItem[]>;
  publishGrid(tables: GridTables): Promise<z.infer<typeof GridPublishedSchema>>;
  gridCurrent(): Promise<z.infer<typeof GridVersionSchema>>;
  gridDiff(from: number, to: number): Promise<unknown>;
  /** URL of the server-sent event stream (EventSource cannot send headers: the token goes in the query). */
  eventsUrl(): string;
}

export function apiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const etags = new Map<string, string>();
  const path = (id: Id) => `/onboardings/${encodeURIComponent(String(id))}`;

  async function call<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ data: z.infer<S>; etag: string | null }> {
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
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ApiError(res.status, `The server's answer to ${method} /api${path} is not what this pane expects (${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}): is the add-in older than the server?`);
    }
    return { data: parsed.data, etag: res.headers.get('ETag') };
  }

  async function onboarding(method: string, path: string, init: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Onboarding> {
    const { data, etag } = await call(OnboardingSchema, method, path, init);
    if (etag) etags.set(String(data.id), etag);
    return data;
  }

  /** A write with If-Match: the onboarding's last ETag (fetched first if unknown). */
  async function conditional(id: number | string, method: string, p: string, body: unknown): Promise<Onboarding> {
    if (!etags.has(String(id))) await onboarding('GET', path(id));
    try {
      return await onboarding(method, p, { body, headers: { 'If-Match': etags.get(String(id)) ?? '' } });
    } catch (e) {
      // A stale version: fetch the current one so the pane can show it, then report the conflict.
      if (e instanceof ApiError && e.status === 412) await onboarding('GET', path(id)).catch(() => undefined);
      throw e;
    }
  }

  return {
    baseUrl,
    me: async () => (await call(MeSchema, 'GET', '/me')).data,
    async listOnboardings(status) {
      const { data } = await call(OnboardingListSchema, 'GET', `/onboardings${status ? `?status=${status}` : ''}`);
      return Array.isArray(data) ? data : data.onboardings;
    },
    getOnboarding: (id) => onboarding('GET', path(id)),
    createOnboarding: (cover, idempotencyKey) =>
      onboarding('POST', '/onboardings', { body: cover, headers: { 'Idempotency-Key': idempotencyKey } }),
    setStep(id, key, done, note) {
      return conditional(id, 'PUT', `${path(id)}/steps/${encodeURIComponent(key)}`, note ? { done, note } : { done });
    },
    patchCover: (id, patch) => conditional(id, 'PATCH', path(id), patch),
    acknowledge: (id, department) =>
      onboarding('POST', `${path(id)}/handoffs/${encodeURIComponent(department)}/ack`),
    async queue(department) {
      const { data } = await call(QueueSchema, 'GET', `/queue?department=${encodeURIComponent(department)}`);
      return data;
    },
    publishGrid: async (tables) => (await call(GridPublishedSchema, 'POST', '/grid', { body: { tables } })).data,
    gridCurrent: async () => (await call(GridVersionSchema, 'GET', '/grid/current')).data,
    gridDiff: async (from, to) => (await call(AnyJson, 'GET', `/grid/diff?from=${from}&to=${to}`)).data,
    eventsUrl: () => `${baseUrl}/api/events?token=${encodeURIComponent(options.token)}`,
  };
}
