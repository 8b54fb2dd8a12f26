/** What a CLI command may touch: its arguments and two output streams (so tests can run it in-process). */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Bad usage or unreadable input: exit 2 with a one-line reason (DESIGN §5). */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export type Command = (args: string[], io: CliIo) => Promise<number>;
