import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/findings';
import { noStackTrace, runCli, stderrLines } from './run-cli';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'msp-sync-template-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('msp-sync template', () => {
  it('template --demo then validate --json exits 0 with findings JSON and no error', async () => {
    const out = join(dir, 'demo.xlsx');
    const made = await runCli(['template', '--demo', out]);
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/Wrote .*demo\.xlsx: 17 tables with the demo MSP/);
    const run = await runCli(['validate', out, '--json']);
    expect(run.code).toBe(0);
    const { findings } = JSON.parse(run.stdout) as { findings: Finding[] };
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a blank template validates clean too', async () => {
    const out = join(dir, 'blank.xlsx');
    expect((await runCli(['template', out])).code).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(1000);
    const run = await runCli(['validate', out, '--json']);
    expect([run.code, JSON.parse(run.stdout)]).toEqual([0, { findings: [] }]);
  });

  it('bad usage exits 2 with one line', async () => {
    const runs = await Promise.all([
      runCli(['template']),
      runCli(['template', join(dir, 'out.csv')]),
      runCli(['template', join(dir, 'no', 'such', 'dir.xlsx')]),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(stderrLines(run)).toHaveLength(1);
      expect(noStackTrace(run)).toBe(true);
    }
    expect(runs[1].stderr).toContain('must be an .xlsx file');
    expect(runs[2].stderr).toContain('cannot write');
  });
});
