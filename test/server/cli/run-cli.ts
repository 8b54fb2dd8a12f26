/** Runs the real `msp-sync` bin as a subprocess (as a user would), capturing exit code and both streams. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../../bin/msp-sync.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, MSP_SYNC_DEBUG: '' } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Lines of stderr that are ours (npm may add config warnings in some environments, node none). */
export function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((l) => l.trim() !== '');
}

export function noStackTrace(run: CliRun): boolean {
  return !/\n\s+at .+\(.+:\d+:\d+\)/.test(run.stderr + run.stdout);
}
