/**
 * Builds the add-in once for the browser tests and the bench: webpack into test-output/e2e-dist, reused
 * while no source under addin/ or core/ (nor the webpack config, the page or manifest) is newer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const E2E_DIST = join(ROOT, 'test-output', 'e2e-dist');
const STAMP = join(E2E_DIST, '.built');

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs;
  for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
  return t;
}

export function sourcesTime(): number {
  return Math.max(
    ...['addin', 'core', 'webpack.config.cjs', 'manifest.xml', 'package.json'].map((p) => join(ROOT, p)).filter(existsSync).map(newest),
  );
}

/** Returns the dist folder, building it when stale. `force` always rebuilds (the bench measures a build). */
export function ensureBuild(options: { force?: boolean } = {}): { dir: string; built: boolean; ms: number } {
  if (!options.force && existsSync(STAMP) && statSync(STAMP).mtimeMs >= sourcesTime()) return { dir: E2E_DIST, built: false, ms: 0 };
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--config', 'webpack.config.cjs', '--mode', 'production', '--output-path', E2E_DIST],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (r.status !== 0) throw new Error(`webpack failed (${r.status}):\n${r.stdout}\n${r.stderr}`.slice(0, 4000));
  writeFileSync(STAMP, new Date().toISOString());
  return { dir: E2E_DIST, built: true, ms: performance.now() - t0 };
}
