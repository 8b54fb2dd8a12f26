/** Output of findings: human lines (capped per code so 10,000 bad cells stay readable) or JSON. */
import { describeFinding, hasErrors, type Finding } from '../../core/findings';
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from './io';

const PER_CODE = 20;

export function formatFindings(findings: readonly Finding[]): string[] {
  const lines: string[] = [];
  const shown = new Map<string, number>();
  for (const f of findings) {
    const n = (shown.get(f.code) ?? 0) + 1;
    shown.set(f.code, n);
    if (n <= PER_CODE) lines.push(`${f.severity.padEnd(7)} ${f.code.padEnd(30)} ${describeFinding(f)}`);
  }
  for (const [code, n] of shown) if (n > PER_CODE) lines.push(`        … and ${n - PER_CODE} more ${code}`);
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  lines.push(`${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} note(s)`);
  return lines;
}

export function exitCodeFor(findings: readonly Finding[]): number {
  return hasErrors(findings) ? EXIT_FINDINGS : EXIT_OK;
}

export function printJson(io: CliIo, result: unknown): void {
  io.out(JSON.stringify(result, null, 2));
}
