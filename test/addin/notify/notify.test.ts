import { describe, expect, it } from 'vitest';
import { createNotifier, type NotifyKind } from '../../../addin/notify/notify';

type Note = [string, string, NotifyKind?];

describe('createNotifier', () => {
  it('falls back when the helpers library cannot load, loading it only once', async () => {
    const fallback: Note[] = [];
    let loads = 0;
    const notify = createNotifier(async () => { loads++; throw new Error('chunk blocked'); }, (t, m, k) => void fallback.push([t, m, k]));
    await notify('Invoice check', 'Leakage USD 10.00', 'warning');
    await notify('Validate grid', 'ok');
    expect(fallback).toEqual([['Invoice check', 'Leakage USD 10.00', 'warning'], ['Validate grid', 'ok', 'default']]);
    expect(loads).toBe(1);
  });

  it('uses UI.notify when there is a page to show it on, and falls back when it throws', async () => {
    const shown: Note[] = [];
    const fallback: Note[] = [];
    const g = globalThis as { document?: unknown };
    const had = 'document' in g;
    g.document = {};
    try {
      let fail = false;
      const notify = createNotifier(async () => ({ UI: { notify: (m: string, t: string, k: NotifyKind) => { if (fail) throw new Error('no body'); shown.push([t, m, k]); } } }), (t, m, k) => void fallback.push([t, m, k]));
      await notify('Invoice check', 'done', 'success');
      fail = true;
      await notify('Invoice check', 'again', 'error');
    } finally {
      if (!had) delete g.document;
    }
    expect(shown).toEqual([['Invoice check', 'done', 'success']]);
    expect(fallback).toEqual([['Invoice check', 'again', 'error']]);
  });
});
