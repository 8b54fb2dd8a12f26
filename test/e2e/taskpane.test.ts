/**
 * The task pane in headless Chromium against the real server: preview mode on the demo workbook (every tab,
 * invoice leakage equal to core's), and onboarding with live updates between two pages.
 * Screenshots go to test-output/screens/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoWorkbook } from '../../core/demo';
import { computeBonus } from '../../core/bonus';
import { checkInvoices } from '../../core/invoice';
import { computeSla } from '../../core/sla';
import { parseWorkbook } from '../../core/workbook';
import { launchBrowser, watchErrors, type Browser } from './browser';
import { ensureBuild, ROOT } from './build';
import { startServer, type RunningServer } from './server';

/** A month of the demo data (2026-08 … 2026-10). */
const MONTH = '2026-10';
const SCREENS = join(ROOT, 'test-output', 'screens');
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  const { dir } = ensureBuild();
  server = await startServer(dir);
  browser = await launchBrowser();
  mkdirSync(SCREENS, { recursive: true });
}, 180_000);

afterAll(async () => {
  const t0 = Date.now();
  await browser?.close();
  const t1 = Date.now();
  await server?.close();
  if (process.env.E2E_TIMING) console.log(`browser closed in ${t1 - t0} ms, server in ${Date.now() - t1} ms`);
});

async function openPane(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${server.url}/taskpane.html`);
  await page.waitForSelector('[role="tablist"]', { timeout: 20_000 });
  return { page, errors };
}

/** The id of the onboarding shown, from its step checkboxes' ids (`step-<id>-<key>`). */
async function onboardingId(page: Page): Promise<string> {
  const id = (await page.locator('.step input').first().getAttribute('id'))!;
  return id.split('-')[1];
}

async function useToken(page: Page, token: string): Promise<void> {
  await tab(page, 'Settings');
  await page.locator('#settings-token').fill(token);
  await page.getByRole('button', { name: 'Save' }).click();
}

/** Services!D2 of the demo workbook (the first service's price). */
function demoPrice(): unknown {
  const services = demoWorkbook().find((s) => s.name === 'Services')!;
  expect(services.values[0][3]).toBe('Price');
  return services.values[1][3];
}

/** Scrolls in one step inside the page: live updates may redraw the element between a find and a scroll. */
const scrollTo = (page: Page, selector: string) => page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), selector);

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
const tab = (page: Page, label: string) => page.getByRole('tab', { name: label, exact: true }).click();

describe('preview mode (outside Excel)', () => {
  it('says so; the invoice check and the bonus on the demo workbook show core’s totals', async () => {
    const { page, errors } = await openPane();
    await expect(page.getByTestId('preview-banner').textContent()).resolves.toContain('Preview mode — not running inside Excel');
    await shot(page, '1-grid-tab');
    // Tabs follow the ARIA pattern: one tab stop, arrows move the selection, panels are labelled.
    await page.getByRole('tab', { name: 'Grid' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Invoices' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Invoices');
    await expect(page.getByRole('tabpanel', { name: 'Invoices' }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Grid' }).getAttribute('aria-selected')).resolves.toBe('true');

    await tab(page, 'Invoices');
    await expect(page.getByRole('tab', { name: 'Invoices' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByTestId('run-invoices').click();
    const total = page.getByTestId('leakage-total');
    await total.waitFor({ timeout: 30_000 });

    const core = checkInvoices(parseWorkbook(demoWorkbook()));
    const expected = core.customers.reduce((n, c) => n + c.leakage, 0);
    expect(await page.getByTestId('invoice-customers').locator('tbody tr').count()).toBe(core.customers.length);
    expect(await page.getByTestId('invoice-services').locator('tbody tr').count()).toBe(core.services.length);
    expect(expected).toBeGreaterThan(0);
    const shown = (await total.textContent())!;
    expect(Number(shown.replace(/[^0-9.]/g, ''))).toBeCloseTo(expected, 2);
    expect(shown).toMatch(/^\$[\d,]+\.\d{2}$/);
    // The result sheets landed in the in-memory workbook and the summary is the one shown.
    await expect(page.locator('#preview-sheet').inputValue()).resolves.toBe('Invoice Summary');
    await shot(page, '2-invoices');

    await tab(page, 'Bonus');
    await page.locator('#bonus-month').fill(MONTH);
    await page.getByTestId('run-bonus').click();
    await page.getByTestId('bonus-total').waitFor({ timeout: 30_000 });
    const bonus = computeBonus(parseWorkbook(demoWorkbook()), { month: MONTH });
    const expectedTotal = bonus.employees.reduce((n, e) => n + e.payout, 0);
    expect(bonus.employees.length).toBeGreaterThan(0);
    expect(Number((await page.getByTestId('bonus-total').textContent())!.replace(/[^0-9.]/g, ''))).toBeCloseTo(expectedTotal, 2);
    expect(await page.getByTestId('bonus-employees').locator('tbody tr').count()).toBe(bonus.employees.length);
    await expect(page.locator('#preview-sheet').inputValue()).resolves.toBe('Bonus');
    await shot(page, '4b-bonus');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('when office.js cannot load at all, the pane still opens in preview mode', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    // Page routes win over the context's office.js route: Microsoft's CDN is unreachable for this page.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByTestId('preview-banner').waitFor({ timeout: 10_000 });
    await tab(page, 'Invoices');
    await page.getByTestId('run-invoices').click();
    await page.getByTestId('leakage-total').waitFor({ timeout: 30_000 });
    // The only error is the failed office.js download itself.
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await page.close();
  });

  it('empty tables from Settings: the invoice check shows zero and no customers instead of failing', async () => {
    const { page, errors } = await openPane();
    await tab(page, 'Settings');
    await page.getByRole('button', { name: 'Create empty tables' }).click();
    await page.locator('.status-success:has-text("Created 17 tables")').waitFor({ timeout: 10_000 });
    await page.locator('#preview-sheet').selectOption('TimeEntries');
    await expect(page.getByTestId('preview-sheet-view').locator('tbody tr').count()).resolves.toBe(1);
    await tab(page, 'Invoices');
    await page.getByTestId('run-invoices').click();
    await page.getByTestId('leakage-total').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('leakage-total').textContent()).toBe('$0.00');
    expect(await page.getByTestId('invoice-result').textContent()).toContain('No customers.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a cell edited in the demo workbook shows up as a grid finding, and clicking it selects that cell', async () => {
    const { page, errors } = await openPane();
    // Break a price in the Services sheet of the in-memory workbook (double-click edits, like Excel).
    await page.locator('#preview-sheet').selectOption('Services');
    const view = page.getByTestId('preview-sheet-view');
    const col0 = await view.locator('td[data-row0="0"]').evaluateAll((tds) => tds.findIndex((td) => td.textContent === 'Price'));
    expect(col0).toBeGreaterThanOrEqual(0);
    await view.locator(`td[data-row0="1"][data-col0="${col0}"]`).dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('abc');
    await page.keyboard.press('Enter');
    await expect(view.locator(`td[data-row0="1"][data-col0="${col0}"]`).textContent()).resolves.toBe('abc');

    await page.getByRole('button', { name: 'Validate grid' }).click();
    const address = `Services!${String.fromCharCode(65 + col0)}2`;
    const finding = page.locator(`.finding[data-cell="${address}"]`).first();
    await finding.waitFor({ timeout: 20_000 });
    expect(await finding.textContent()).toContain('abc');
    expect(Number(await page.getByTestId('grid-errors').textContent())).toBeGreaterThan(0);
    // The run wrote Grid Findings; the click goes back to the offending cell.
    await expect(page.locator('#preview-sheet').inputValue()).resolves.toBe('Grid Findings');
    await finding.click();
    await expect(page.locator('#preview-sheet').inputValue()).resolves.toBe('Services');
    const selected = view.locator('td[aria-current="true"]');
    await expect(selected.getAttribute('data-row0')).resolves.toBe('1');
    await expect(selected.getAttribute('data-col0')).resolves.toBe(String(col0));
    await shot(page, '3-grid-validated');

    await tab(page, 'SLA & KPIs');
    await page.locator('#sla-month').fill(MONTH);
    await page.getByTestId('run-sla').click();
    await page.getByTestId('sla-response').waitFor({ timeout: 30_000 });
    const sla = computeSla(parseWorkbook(demoWorkbook()), { month: MONTH, asOf: await page.evaluate(() => new Date().toLocaleDateString('sv')) });
    const rate = sla.summary.overall.response.rate;
    expect(rate).not.toBeNull();
    expect(await page.getByTestId('sla-response').textContent()).toBe(`${(rate! * 100).toFixed(0)} %`);
    expect(await page.getByTestId('kpi-resources').locator('tbody tr').count()).toBeGreaterThan(0);
    await shot(page, '4-sla-kpis');

    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('onboarding against the running server', () => {
  it('a step ticked on one page shows as done, with who, on a second page without reload', { timeout: 60_000 }, async () => {
    const sales = server.services.users.create('e2e', { name: 'Sam Sales', role: 'member', departments: ['Sales'] });
    const manager = server.services.users.create('e2e', { name: 'Mia Manager', role: 'manager', departments: ['Service'] });

    const t0 = Date.now();
    const lap = (what: string) => process.env.E2E_TIMING && console.log(`${Date.now() - t0} ms ${what}`);
    const a = await openPane();
    const b = await openPane();
    lap('pages open');
    for (const [p, token] of [
      [a.page, sales.token],
      [b.page, manager.token],
    ] as const) {
      // Chromium throttles timers in background tabs: act on the page in front, as a user would.
      await p.bringToFront();
      await tab(p, 'Settings');
      lap('settings tab');
      await expect(p.locator('#settings-url').inputValue()).resolves.toBe(server.url);
      await p.locator('#settings-token').fill(token);
      await p.getByRole('button', { name: 'Save' }).click();
      lap('saved');
      await tab(p, 'Onboarding');
      lap('onboarding tab');
      await p.getByRole('button', { name: 'Connect' }).click();
      lap('connect clicked');
      await p.locator('[data-testid="live-state"]:text-is("live")').waitFor({ timeout: 10_000 });
    }

    lap('connected');
    // Page A (Sales) creates an onboarding from the cover-page form.
    await a.page.bringToFront();
    await a.page.getByText('New onboarding (cover page)').click();
    await a.page.locator('#cover-client').fill('Contoso Dental');
    await a.page.locator('#cover-servers').fill('2');
    await a.page.locator('#cover-serverPrice').fill('150');
    await a.page.locator('#cover-workstations').fill('12');
    await a.page.locator('#cover-workstationPrice').fill('60');
    await a.page.locator('#cover-monthlyPaidBy').selectOption('check');
    await a.page.getByRole('button', { name: 'Create onboarding' }).click();
    await a.page.getByTestId('onboarding-detail').locator('.step').first().waitFor({ timeout: 10_000 });
    // monthlyTotal = 2 × 150 + 12 × 60 = 1,020; paid by check → due at signing = setup 0 + 3 × 1,020.
    await expect(a.page.getByTestId('onboarding-detail').textContent()).resolves.toContain('$3,060.00');

    // Sales corrects the cover page: no servers after all, and the monthly is paid by card. Steps that
    // depended on servers or on check payment no longer apply; the money follows.
    const notApplicable = () => a.page.locator('.step[data-state="not_applicable"]').count();
    const before = await notApplicable();
    await a.page.getByRole('button', { name: 'Edit cover page' }).click();
    await expect(a.page.locator('#edit-cover-servers').inputValue()).resolves.toBe('2');
    await a.page.locator('#edit-cover-servers').fill('0');
    await a.page.locator('#edit-cover-monthlyPaidBy').selectOption('card');
    await a.page.screenshot({ path: join(SCREENS, '5a-cover-edit.png') });
    await a.page.getByRole('button', { name: 'Save cover page' }).click();
    await a.page.locator('.status-success:has-text("Cover page of Contoso Dental saved")').waitFor({ timeout: 10_000 });
    // monthlyTotal = 12 × 60 = 720; paid by card → due at signing = the first invoice (setup 0 + 720).
    await expect(a.page.getByTestId('onboarding-detail').textContent()).resolves.toContain('$720.00');
    expect(await notApplicable()).toBeGreaterThan(before);
    await expect(a.page.locator('#edit-cover-servers').count()).resolves.toBe(0);

    lap('created');
    // Page B (manager) sees it appear live in the open list and opens it.
    await b.page.bringToFront();
    await b.page.getByTestId('onboarding-list').getByRole('button', { name: 'Contoso Dental' }).click({ timeout: 10_000 });
    await b.page.getByTestId('onboarding-detail').locator('.step').first().waitFor();

    lap('opened on B');
    // Page A ticks its first ready Sales step.
    await a.page.bringToFront();
    const ready = a.page.locator('.step[data-state="ready"]:has(input:not([disabled]))').first();
    const key = (await ready.locator('input').getAttribute('data-step', { timeout: 5000 }))!;
    // click, not check(): the pane re-renders the checklist from the server's answer, so the box is replaced.
    await a.page.locator(`#step-${await onboardingId(a.page)}-${key}`).click();
    await a.page.locator(`[data-testid="step-${key}"][data-state="done"]`).waitFor({ timeout: 10_000 });

    lap('ticked on A');
    // Page B shows it done, by whom, without a reload.
    await b.page.locator(`[data-testid="step-${key}"][data-state="done"]`).waitFor({ timeout: 10_000 });
    expect(await b.page.getByTestId(`step-meta-${key}`).textContent()).toContain('Done by Sam Sales');
    lap('seen on B');

    // Page A finishes the rest of Sales' ready steps: the onboarding is handed to the next department,
    // and the manager on page B sees the hand-off live and acknowledges it.
    await a.page.bringToFront();
    for (let i = 0; i < 10; i++) {
      const next = a.page.locator('.step[data-state="ready"]:has(input:not([disabled]))').first();
      if ((await next.count()) === 0) break;
      const k = (await next.locator('input').getAttribute('data-step'))!;
      await a.page.locator(`#step-${await onboardingId(a.page)}-${k}`).click();
      await a.page.locator(`[data-testid="step-${k}"][data-state="done"]`).waitFor({ timeout: 10_000 });
    }
    await b.page.bringToFront();
    const handoff = b.page.locator('[data-testid^="handoff-"]').first();
    await handoff.waitFor({ timeout: 10_000 });
    await handoff.getByRole('button', { name: 'Acknowledge' }).click();
    await b.page.locator('[data-testid^="handoff-"]:has-text("Acknowledged by Mia Manager")').waitFor({ timeout: 10_000 });
    lap('hand-off acknowledged');
    await scrollTo(b.page, '[data-testid^="handoff-"]');
    await b.page.screenshot({ path: join(SCREENS, '6b-handoff-acknowledged.png') });
    for (const [p, name] of [
      [a.page, '5-onboarding-sales'],
      [b.page, '6-onboarding-manager-live'],
    ] as const) {
      await scrollTo(p, `[data-testid="step-${key}"]`);
      await p.screenshot({ path: join(SCREENS, `${name}.png`) });
    }
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  it('publishes the demo grid, refuses a broken one with its findings, and compares versions', async () => {
    const admin = server.services.users.create('e2e', { name: 'Ada Admin', role: 'admin', departments: [] });
    const { page, errors } = await openPane();
    await useToken(page, admin.token);
    await tab(page, 'Grid');
    const publish = page.getByRole('button', { name: 'Publish to server' });
    await publish.click();
    await page.locator('.status-success:has-text("Published as version")').waitFor({ timeout: 10_000 });
    const first = Number(await page.locator('#grid-to').inputValue());

    // A broken price: the server validates, answers 400 with findings, and the pane lists them.
    await page.locator('#preview-sheet').selectOption('Services');
    const view = page.getByTestId('preview-sheet-view');
    await view.locator('td[data-row0="1"][data-col0="3"]').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('-5');
    await page.keyboard.press('Enter');
    await publish.click();
    await page.locator('.status-error').waitFor({ timeout: 10_000 });
    expect(await page.locator('.finding[data-cell^="Services!"]').count()).toBeGreaterThan(0);

    // Put the price back, publish again, and compare the two versions: nothing changed.
    await view.locator('td[data-row0="1"][data-col0="3"]').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(demoPrice()));
    await page.keyboard.press('Enter');
    await publish.click();
    await page.locator(`.status-success:has-text("Published as version ${first + 1}")`).waitFor({ timeout: 10_000 });
    // The refused run's findings are replaced by the server's check of what it accepted.
    await expect(page.getByTestId('grid-errors').textContent()).resolves.toBe('0');
    await page.getByRole('button', { name: 'Compare versions' }).click();
    await page.getByTestId('grid-diff').locator(`h3:has-text("Version ${first} → ${first + 1}")`).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('grid-diff').textContent()).toContain('No differences.');

    // The workbook against what is published: nothing, then the price edited in the workbook.
    const compareWorkbook = page.getByRole('button', { name: 'Compare workbook with published' });
    await compareWorkbook.click();
    await page.locator(`.status-success:has-text("The workbook matches published version ${first + 1}")`).waitFor({ timeout: 10_000 });
    await view.locator('td[data-row0="1"][data-col0="3"]').dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(Number(demoPrice()) + 5));
    await page.keyboard.press('Enter');
    await compareWorkbook.click();
    await page.getByTestId('grid-diff').locator(`h3:has-text("Published version ${first + 1} → this workbook")`).waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('grid-diff').textContent()).toContain(`→ ${Number(demoPrice()) + 5}`);
    await shot(page, '7-grid-published');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a rejected token and a server that is down each give one clear sentence', async () => {
    const { page } = await openPane();
    await useToken(page, 'not-a-token');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.locator('.status-error').waitFor({ timeout: 10_000 });
    expect(await page.locator('.status-error').textContent()).toBe(`The server at ${server.url} rejected the token: set a valid one in Settings`);

    await page.locator('#settings-url').fill('http://127.0.0.1:9');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.locator('.status-error:has-text("Cannot reach the server at http://127.0.0.1:9")').waitFor({ timeout: 10_000 });
    await tab(page, 'Onboarding');
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.locator('.status-error:has-text("Cannot reach the server")').waitFor({ timeout: 10_000 });
    await shot(page, '8-server-down');
    await page.close();
  });
});
