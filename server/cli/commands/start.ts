/**
 * `npm start` → `msp-sync start`: builds the add-in when dist/taskpane.html is missing (`npm run build`), then runs
 * `serve --demo` with any extra arguments (e.g. `npm start -- --port 3100`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from '../io';
import { serve } from './serve';

export const start: Command = async (args, io) => {
  // The task pane page is the build's last word: a missing or interrupted build has no taskpane.html.
  if (!existsSync('dist/taskpane.html')) {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> };
    if (pkg.scripts?.build) {
      io.out('dist/taskpane.html is missing: building the add-in (npm run build)…');
      const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
      if (r.status !== 0) io.err('msp-sync start: the add-in build failed; serving the API and /grid without it');
    } else {
      io.err('msp-sync start: no "build" script yet; serving the API and /grid without the add-in');
    }
  }
  return serve(['--demo', ...args], io);
};
