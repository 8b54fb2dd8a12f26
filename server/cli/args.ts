/** Argument parsing shared by the commands: node's parseArgs with usage errors instead of exceptions. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} (usage: msp-sync ${usage})`);
  }
}

export function onePositional(positionals: string[], what: string, usage: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected ${what} (usage: msp-sync ${usage})`);
  return positionals[0];
}

/** `--month YYYY-MM` */
export function monthArg(value: string | undefined, usage: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new UsageError(`--month must be YYYY-MM, got "${value}" (usage: msp-sync ${usage})`);
  return value;
}
