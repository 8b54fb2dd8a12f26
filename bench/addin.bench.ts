/**
 * Task pane bundle and first paint (DESIGN §6: ≤ 300 KB gzipped, first paint < 1 s in headless Chromium).
 * Baselines measured in the same run: office.js (what every add-in page loads anyway) for size, and a
 * blank page served the same way for first paint.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { ensureBuild, ROOT } from '../test/e2e/build';
import { launchBrowser, routeStatic } from '../test/e2e/browser';

const ORIGIN = 'http://msp-sync.bench';
const RUNS = 5;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function firstPaint(page: Page, url: string, ready: string): Promise<{ fcp: number; ready: number }> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector(ready, { timeout: 15_000 });
  return page.evaluate((sel) => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    const mark = performance.getEntriesByName('msp-sync-ready')[0]?.startTime;
    return { fcp, ready: mark ?? (document.querySelector(sel) ? performance.now() : NaN) };
  }, ready);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export default async function addinBench(): Promise<void> {
  const build = ensureBuild();
  console.log(build.built ? `webpack production build: ${(build.ms / 1000).toFixed(1)} s` : 'reusing the up-to-date build in test-output/e2e-dist');
  const js = readFileSync(join(build.dir, 'taskpane.js'));
  const office = readFileSync(join(ROOT, 'node_modules/@microsoft/office-js/dist/office.js'));
  const jsGz = gzipSync(js, { level: 9 }).length;
  const officeGz = gzipSync(office, { level: 9 }).length;
  console.log(`taskpane.js: ${kb(js.length)} raw, ${kb(jsGz)} gzipped = ${((jsGz / (300 * 1024)) * 100).toFixed(0)} % of the 300 KB budget`);
  console.log(`  vs office.js loader ${kb(officeGz)} gzipped: ${(jsGz / officeGz).toFixed(2)}× (the bundle holds core, luxon and zod; office.js loads the rest of Office on demand)`);

  const browser = await launchBrowser();
  try {
    const blank = '<!doctype html><html><body><p>MSP Sync</p></body></html>';
    await routeStatic(browser.context, ORIGIN, build.dir, { '/blank.html': blank });
    const page = await browser.newPage();
    const base: number[] = [];
    const pane: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      base.push((await firstPaint(page, `${ORIGIN}/blank.html`, 'p')).fcp);
      const p = await firstPaint(page, `${ORIGIN}/taskpane.html`, '[role="tablist"]');
      pane.push(p.fcp);
      ready.push(p.ready);
    }
    const b = median(base);
    const f = median(pane);
    console.log(`first contentful paint, median of ${RUNS}: pane ${f.toFixed(0)} ms vs blank page ${b.toFixed(0)} ms (${(f / b).toFixed(2)}× baseline; goal < 1000 ms)`);
    console.log(`pane mounted (tabs visible, preview mode): ${median(ready).toFixed(0)} ms after navigation start`);
  } finally {
    await browser.close();
  }
}
