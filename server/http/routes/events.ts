/** GET /api/events: server-sent events of committed changes, so other open panes update live. */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ServerEvent } from '../../events/event-bus';
import type { AppEnv } from '../env';

export const eventRoutes = new Hono<AppEnv>().get('/events', (c) =>
  streamSSE(c, async (stream) => {
    const queue: ServerEvent[] = [];
    let wake: (() => void) | null = null;
    const unsubscribe = c.var.services.events.subscribe((e) => {
      queue.push(e);
      wake?.();
    });
    let open = true;
    stream.onAbort(() => {
      open = false;
      wake?.();
    });
    try {
      await stream.writeSSE({ event: 'hello', data: JSON.stringify({ user: c.var.actor.name }) });
      while (open) {
        while (queue.length) {
          const e = queue.shift()!;
          await stream.writeSSE({ event: e.type, id: `${e.type}-${e.id}-${e.version}`, data: JSON.stringify(e) });
        }
        // Wait for the next event, or send a comment every 25 s so proxies keep the connection.
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 25_000).unref?.();
        });
        wake = null;
        if (open && queue.length === 0) await stream.write(': keep-alive\n\n');
      }
    } finally {
      unsubscribe();
    }
  }),
);
