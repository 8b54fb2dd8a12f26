import { afterEach, describe, expect, it } from 'vitest';
import { officeReady } from '../../../addin/preview/office-ready';

const g = globalThis as { Office?: unknown };
afterEach(() => {
  delete g.Office;
});

describe('officeReady', () => {
  it('is preview when office.js is not loaded', async () => {
    expect(await officeReady(10)).toEqual({ inExcel: false, partitionKey: null });
  });

  it('is preview when onReady says host null (a plain browser)', async () => {
    g.Office = { onReady: async () => ({ host: null, platform: null }), HostType: { Excel: 'Excel' } };
    expect((await officeReady(1000)).inExcel).toBe(false);
  });

  it('never hangs: an onReady that never resolves falls back to preview after the timeout', async () => {
    g.Office = { onReady: () => new Promise(() => undefined), HostType: { Excel: 'Excel' } };
    const t0 = Date.now();
    expect((await officeReady(50)).inExcel).toBe(false);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('inside Excel reports the partition key', async () => {
    g.Office = { onReady: async () => ({ host: 'Excel' }), HostType: { Excel: 'Excel' }, context: { partitionKey: 'pk1' } };
    expect(await officeReady(1000)).toEqual({ inExcel: true, partitionKey: 'pk1' });
  });
});
