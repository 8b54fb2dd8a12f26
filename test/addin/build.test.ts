import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../addin/functions/functions';
import { publicUrl, rewriteManifest } from '../../scripts/public-url.cjs';
import { parseXml, walk } from './xml';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);
const webpack = (out: string, publicUrl: string) =>
  run(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'production', '--config', 'webpack.config.cjs', '--output-path', out], {
    cwd: ROOT,
    env: { ...process.env, MSP_SYNC_PUBLIC_URL: publicUrl },
    maxBuffer: 16 * 1024 * 1024,
  });

describe('npm run build (webpack, once)', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'msp-sync-dist-'));
    await webpack(out, 'https://msp.example.com/');
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes the pane page with office.js loaded before the bundle', () => {
    const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    const office = html.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const bundle = html.indexOf('taskpane.js');
    expect(office).toBeGreaterThan(0);
    expect(bundle).toBeGreaterThan(office);
  });

  it('generates functions.json for exactly the functions the code registers, in the metadata format', () => {
    const meta = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8')) as { functions: { id: string; name: string; parameters: { name: string; optional?: boolean }[] }[] };
    expect(meta.functions.map((f) => f.id).sort()).toEqual(Object.keys(CUSTOM_FUNCTIONS).sort());
    expect(meta.functions.map((f) => f.id).sort()).toEqual(['BILLABLE', 'BONUS', 'COVERAGE', 'KPI', 'SLADUE']);
    const coverage = meta.functions.find((f) => f.id === 'COVERAGE')!;
    expect(coverage.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}`)).toEqual(['customer', 'role', 'workType', 'service?', 'date?']);
  });

  it('copies the manifest with its URLs rewritten to MSP_SYNC_PUBLIC_URL, and the icons', () => {
    const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
    const urls = [...walk(parseXml(xml))].flatMap((e) => (e.attrs.DefaultValue?.includes('://') ? [e.attrs.DefaultValue] : e.name === 'AppDomain' ? [e.text.trim()] : []));
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith('https://msp.example.com'), u).toBe(true);
    expect(xml).not.toContain('localhost');
    for (const size of [16, 32, 80]) expect(existsSync(join(out, 'assets', `icon-${size}.png`))).toBe(true);
  });

  it('keeps the pane script small (goal ≤ 300 KB gzipped, without office.js)', () => {
    const js = readFileSync(join(out, 'taskpane.js'));
    expect(gzipSync(js).length).toBeLessThan(300 * 1024);
    expect(existsSync(join(out, 'taskpane.js.map'))).toBe(false);
  });
});

describe('public URL of the build', () => {
  it('accepts an https origin (or localhost) and refuses anything Office would not load', () => {
    expect(publicUrl(undefined)).toBe('https://localhost:3000');
    expect(publicUrl(' https://msp.example.com/ ')).toBe('https://msp.example.com');
    expect(publicUrl('http://localhost:8080')).toBe('http://localhost:8080');
    expect(() => publicUrl('http://msp.example.com')).toThrow('MSP_SYNC_PUBLIC_URL must use https (Office loads add-ins over https only), got "http://msp.example.com"');
    expect(() => publicUrl('msp.example.com')).toThrow(/must be a URL/);
    expect(() => publicUrl('https://example.com/msp')).toThrow(/without a path/);
  });

  it('rewrites every URL of manifest.xml and nothing else', () => {
    const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const rewritten = rewriteManifest(source, 'https://msp.example.com');
    expect(rewritten.replaceAll('https://msp.example.com', 'https://localhost:3000')).toBe(source);
    expect(rewritten).not.toContain('localhost');
  });

  it('a build with a non-https URL stops before building, with one line', async () => {
    const other = mkdtempSync(join(tmpdir(), 'msp-sync-dist-'));
    try {
      const failed = await webpack(other, 'http://msp.example.com').then(() => null, (e: { stdout: string; stderr: string }) => e);
      expect(failed).not.toBeNull();
      expect(failed!.stderr.trim()).toBe('msp-sync build: MSP_SYNC_PUBLIC_URL must use https (Office loads add-ins over https only), got "http://msp.example.com"');
      expect(existsSync(join(other, 'taskpane.js'))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  }, 60_000);
});
