import { describe, expect, it } from 'vitest';
import { cover, makeApi } from '../api-fixture';

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, pattern: RegExp): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  while (!pattern.test(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  return text;
}

describe('GET /api/events', () => {
  it('streams committed onboarding changes to another open pane (token in the query, as EventSource sends it)', async () => {
    const api = makeApi();
    const ob = (await (await api.call('sales', 'POST', '/api/onboardings', cover())).json()) as { id: number };
    const controller = new AbortController();
    const res = await api.app.request(`/api/events?token=${api.tokens.finance}`, { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    expect(await readUntil(reader, /event: hello/)).toContain('Fran Finance');
    await api.call('sales', 'PUT', `/api/onboardings/${ob.id}/steps/file-paperwork`, { done: true }, { 'if-match': '"1"' });
    const text = await readUntil(reader, /event: onboarding[\s\S]*\n\n/);
    const data = JSON.parse(/data: (.*)/.exec(text.slice(text.indexOf('event: onboarding')))![1]) as Record<string, unknown>;
    expect(data).toMatchObject({ type: 'onboarding', id: ob.id, version: 2, action: 'step:file-paperwork' });
    controller.abort();
    await reader.cancel().catch(() => {});
  });

  it('needs a valid token; ?token= is accepted only on the event stream', async () => {
    const api = makeApi();
    expect((await api.app.request('/api/events?token=wrong')).status).toBe(401);
    expect((await api.app.request(`/api/me?token=${api.tokens.sales}`)).status).toBe(401);
  });
});
