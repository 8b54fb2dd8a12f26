import { afterAll, describe, expect, it } from 'vitest';

/** office.js's globals as a loaded page has them before Office is ready; no #app element (hidden runtime page). */
const actions = new Map<string, unknown>();
const functions = new Map<string, unknown>();
const g = globalThis as Record<string, unknown>;
g.Office = {
  actions: { associate: (name: string, fn: unknown) => actions.set(name, fn) },
  onReady: async () => ({ host: null, platform: null }),
  HostType: { Excel: 'Excel' },
};
g.CustomFunctions = { associate: (id: string, fn: unknown) => functions.set(id, fn) };
g.document = { getElementById: () => null };

afterAll(() => {
  delete g.Office;
  delete g.CustomFunctions;
  delete g.document;
});

describe('addin/main.ts (the shared runtime entry)', () => {
  it('registers the ribbon actions and the five custom functions as soon as it loads', async () => {
    await import('../../addin/main');
    expect([...actions.keys()].sort()).toEqual(['checkInvoices', 'validateGrid']);
    for (const fn of actions.values()) expect(typeof fn).toBe('function');
    expect([...functions.keys()].sort()).toEqual(['BILLABLE', 'BONUS', 'COVERAGE', 'KPI', 'SLADUE']);
  });

  it('a ribbon action outside Excel still completes its event', async () => {
    let completed = 0;
    const check = actions.get('checkInvoices') as (e: { completed(): void }) => Promise<void>;
    await check({ completed: () => void completed++ }); // Excel.run is absent here: the run fails, the event completes
    expect(completed).toBe(1);
  });
});
