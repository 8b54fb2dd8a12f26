import { describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../../core/demo';
import type { OnboardingView } from '../../../core/onboarding/view';
import { cover, makeApi } from '../api-fixture';

const tables = () => ({
  Services: [['Service', 'Unit', 'Price'], ['Help Desk', 'User', 40], ['Server Monitoring', 'Server', 75], ['Backup', 'Server', 100]],
  Tiers: [['Tier', 'Help Desk', 'Server Monitoring', 'Backup'], ['Silver', 'Y', 'Y', ''], ['Gold', 'Y', 'Y', 'Y']],
  ServiceGrid: [['Customer', 'Help Desk', 'Server Monitoring', 'Backup'], ['Acme', 10, 1, '']],
  Agreements: [['Customer', 'Type', 'Tier', 'Start', 'Monthly Total', 'Excluded Roles'], ['Acme', 'Managed', 'Silver', '2026-01-01', 475, 'Project Engineer']],
  Roles: [['Role', 'Rate'], ['Technician', 125], ['Project Engineer', 175]],
  WorkTypes: [['Work Type', 'Always Excluded'], ['Remote Support', 'N'], ['Onsite', 'Y']],
});

describe('/api/grid', () => {
  it('refuses a grid with errors (400 with findings) and stores nothing', async () => {
    const api = makeApi();
    const bad = tables();
    bad.ServiceGrid[1][1] = 'lots';
    const r = await api.call('manager', 'POST', '/api/grid', { tables: bad });
    expect(r.status).toBe(400);
    const body = (await r.json()) as { findings: { cell: string; severity: string }[] };
    expect(body.findings.some((f) => f.severity === 'error' && f.cell === 'ServiceGrid!B2')).toBe(true);
    expect((await api.call('manager', 'GET', '/api/grid/current')).status).toBe(404);
    expect((await api.call('manager', 'POST', '/api/grid', { tables: { Services: 'nope' } })).status).toBe(400);
  });

  it('publishes version N (managers and admins only) and serves the current one', async () => {
    const api = makeApi();
    expect((await api.call('sales', 'POST', '/api/grid', { tables: tables() })).status).toBe(403);
    const r = await api.call('manager', 'POST', '/api/grid', { tables: tables() });
    expect(r.status).toBe(201);
    expect(await r.json()).toMatchObject({ version: 1 });
    const cur = (await (await api.call('noc', 'GET', '/api/grid/current')).json()) as { version: number; publishedBy: string; tables: Record<string, unknown[][]> };
    expect(cur).toMatchObject({ version: 1, publishedBy: 'Max Manager' });
    expect(cur.tables.Services[1]).toEqual(['Help Desk', 'User', 40]);
    expect(((await (await api.call('admin', 'POST', '/api/grid', { tables: tables() })).json()) as { version: number }).version).toBe(2);
    const versions = (await (await api.call('noc', 'GET', '/api/grid/versions')).json()) as { version: number; publishedBy: string }[];
    expect(versions.map((v) => [v.version, v.publishedBy])).toEqual([[1, 'Max Manager'], [2, 'Ada Admin']]);
  });

  it('diffs two versions: services per customer, prices, exclusions, one-offs', async () => {
    const api = makeApi();
    await api.call('manager', 'POST', '/api/grid', { tables: tables() });
    const next = tables();
    next.Services[1][2] = 45;
    next.ServiceGrid[1] = ['Acme', 10, 1, 1];
    next.Agreements[1] = ['Acme', 'Managed', 'Silver', '2026-01-01', 625, ''];
    const withOneOff = { ...next, OneOffs: [['Customer', 'Kind', 'Target', 'Start'], ['Acme', 'Add Service', 'Backup', '2026-01-01']] };
    expect((await api.call('manager', 'POST', '/api/grid', { tables: withOneOff })).status).toBe(201);
    const d = (await (await api.call('manager', 'GET', '/api/grid/diff?from=1&to=2')).json()) as Record<string, unknown>;
    expect(d.services).toEqual({ added: [], removed: [], priceChanges: [{ service: 'Help Desk', from: 40, to: 45 }] });
    expect(d.customers).toEqual([
      expect.objectContaining({ customer: 'Acme', servicesAdded: [{ service: 'Backup', units: 1 }], excludedRolesRemoved: ['Project Engineer'], monthlyTotal: { from: 475, to: 625 } }),
    ]);
    expect((d.oneOffs as { added: unknown[] }).added).toEqual([expect.objectContaining({ customer: 'Acme', kind: 'Add Service', target: 'Backup' })]);
    expect((await api.call('manager', 'GET', '/api/grid/diff?from=1&to=9')).status).toBe(404);
    expect((await api.call('manager', 'GET', '/api/grid/diff?from=x&to=2')).status).toBe(400);
  });

  it('customer coverage for the /grid page: services, exclusions and why', async () => {
    const api = makeApi();
    await api.call('manager', 'POST', '/api/grid', { tables: tables() });
    const r = (await (await api.call('noc', 'GET', '/api/grid/customers?q=acm&date=2026-06-01')).json()) as { customers: { customer: string; services: { service: string; units: number }[]; excluded: { name: string; why: string }[] }[] };
    expect(r.customers).toHaveLength(1);
    expect(r.customers[0].services.map((s) => [s.service, s.units])).toEqual([['Help Desk', 10], ['Server Monitoring', 1]]);
    expect(r.customers[0].excluded.map((e) => e.name)).toEqual(['Project Engineer', 'Onsite']);
    expect(r.customers[0].excluded[1].why).toMatch(/Always Excluded/);
  });

  it('the /grid page is read-only HTML with a strict CSP and its script from the same origin', async () => {
    const api = makeApi();
    const page = await api.call(null, 'GET', '/grid');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await page.text();
    expect(html).toContain('<script src="/grid/app.js"></script>');
    expect(html).not.toMatch(/<script>[^<]/);
    const js = await api.call(null, 'GET', '/grid/app.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    const source = await js.text();
    expect(source).toContain('/api/grid/customers');
    expect(() => new Function(source)).not.toThrow(); // parses as JavaScript
  });

  it('the demo workbook publishes, and a finished onboarding takes its tier\'s services with cover-page units', async () => {
    const api = makeApi();
    const wanted = ['Services', 'Tiers', 'ServiceGrid', 'Agreements', 'OneOffs', 'Roles', 'WorkTypes', 'Settings', 'Calendar', 'Holidays'];
    const demo = Object.fromEntries(demoWorkbook().filter((s) => wanted.includes(s.name)).map((s) => [s.name, s.values]));
    expect((await api.call('manager', 'POST', '/api/grid', { tables: demo })).status).toBe(201);
    const ob = (await (await api.call('sales', 'POST', '/api/onboardings', cover({ tier: 'Silver' }))).json()) as { id: number };
    let etag = '"1"';
    for (const s of (JSON.parse(api.services.onboardings.get(ob.id).json) as OnboardingView).steps) {
      if (s.state === 'not_applicable') continue;
      const r = await api.call('manager', 'PUT', `/api/onboardings/${ob.id}/steps/${s.key}`, { done: true }, { 'if-match': etag });
      expect(r.status).toBe(200);
      etag = r.headers.get('etag')!;
    }
    const cfg = (await (await api.call('sales', 'GET', `/api/onboardings/${ob.id}/configuration`)).json()) as { serviceGrid: Record<string, unknown>; findings: { code: string; message: string }[] };
    // Silver in the demo grid: Help Desk (User), Endpoint Monitoring (Workstation), Server Monitoring (Server), Antivirus (Device).
    expect(cfg.serviceGrid).toEqual({ Customer: 'Harbor Dental', 'Help Desk': 22, 'Endpoint Monitoring': 20, 'Server Monitoring': 2, Antivirus: 22 });
    // 22×40 + 20×12 + 2×75 + 22×5 = 1380 in the grid, 1290 on the cover page.
    expect(cfg.findings.some((f) => /1,?290/.test(f.message) && /1,?380/.test(f.message)), JSON.stringify(cfg.findings)).toBe(true);
  });

  it('due dates skip the published grid\'s holidays', async () => {
    const api = makeApi();
    const signed = '2026-11-02'; // Monday
    const before = (await (await api.call('sales', 'POST', '/api/onboardings', cover({ signedOn: signed }))).json()) as { steps: { key: string; dueOn: string }[] };
    expect(before.steps.find((s) => s.key === 'verify-billing-names')?.dueOn).toBe('2026-11-03');
    const withHoliday = { ...tables(), Holidays: [['Date', 'Name'], ['2026-11-03', 'Election Day']] };
    expect((await api.call('manager', 'POST', '/api/grid', { tables: withHoliday })).status).toBe(201);
    const after = (await (await api.call('sales', 'GET', '/api/onboardings/1')).json()) as { steps: { key: string; dueOn: string }[] };
    expect(after.steps.find((s) => s.key === 'verify-billing-names')?.dueOn).toBe('2026-11-04');
  });
});
