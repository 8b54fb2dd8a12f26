import { describe, expect, it } from 'vitest';
import { main } from '../../../server/cli/main';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('msp-sync dispatcher', () => {
  it('no command: exit 2 with one line on stderr', async () => {
    const c = capture();
    expect(await main([], c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(/^msp-sync: missing command \(try: validate, invoice-check/);
    expect(c.out).toEqual([]);
  });

  it('an unknown command: exit 2 naming it', async () => {
    const c = capture();
    expect(await main(['frobnicate'], c.io)).toBe(2);
    expect(c.err).toEqual([expect.stringContaining('unknown command "frobnicate"')]);
  });

  it('--help lists every command on stdout and exits 0', async () => {
    const c = capture();
    expect(await main(['--help'], c.io)).toBe(0);
    for (const cmd of ['validate', 'invoice-check', 'sla', 'kpi', 'bonus', 'template', 'serve', 'user add', 'backup']) {
      expect(c.out.join('\n')).toContain(`msp-sync ${cmd}`);
    }
  });

  it('a bad option of a command: exit 2 with one line, no stack trace', async () => {
    const c = capture();
    expect(await main(['validate', '--bogus', 'x.xlsx'], c.io)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).not.toMatch(/\n\s+at /);
  });
});
