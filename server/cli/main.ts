/** `msp-sync <command>`: dispatches to one module per command (DESIGN §5). */
import { EXIT_USAGE, processIo, UsageError, type CliIo, type Command } from './io';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: { summary: 'validate BOOK.xlsx [--json] [--as-of YYYY-MM-DD]', load: async () => (await import('./commands/validate')).validate },
  'invoice-check': { summary: 'invoice-check BOOK.xlsx [--json] [--out RESULT.xlsx] [--time-entries EXPORT.csv] [--month YYYY-MM]', load: async () => (await import('./commands/invoice-check')).invoiceCheck },
  sla: { summary: 'sla BOOK.xlsx [--month YYYY-MM] [--as-of ISO] [--at-risk-hours N] [--json] [--out RESULT.xlsx]', load: async () => (await import('./commands/sla')).sla },
  kpi: { summary: 'kpi BOOK.xlsx [--month YYYY-MM] [--as-of ISO] [--json] [--out RESULT.xlsx]', load: async () => (await import('./commands/kpi')).kpi },
  bonus: { summary: 'bonus BOOK.xlsx --month YYYY-MM [--json] [--out RESULT.xlsx]', load: async () => (await import('./commands/bonus')).bonus },
  template: { summary: 'template [--demo] OUT.xlsx', load: async () => (await import('./commands/template')).template },
  serve: { summary: 'serve [--demo] [--db FILE] [--port N] [--cert FILE --key FILE]', load: async () => (await import('./commands/serve')).serve },
  user: { summary: 'user add --name N --role admin|manager|member --department D[,D…] [--db FILE]', load: async () => (await import('./commands/user')).user },
  backup: { summary: 'backup FILE [--db FILE]', load: async () => (await import('./commands/backup')).backup },
  start: { summary: 'start (builds the add-in if needed, then serve --demo)', load: async () => (await import('./commands/start')).start },
};

function usage(): string {
  return ['Usage: msp-sync <command> [options]', '', ...Object.values(COMMANDS).map((c) => `  msp-sync ${c.summary}`)].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    io.err(`msp-sync: missing command (try: ${Object.keys(COMMANDS).join(', ')}; msp-sync --help lists their options)`);
    return EXIT_USAGE;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`msp-sync: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})`);
    return EXIT_USAGE;
  }
  try {
    return await (await command.load())(rest, io);
  } catch (e) {
    // Every failure a user can cause ends in one line, never a stack trace.
    const message = e instanceof Error ? e.message : String(e);
    io.err(`msp-sync ${name}: ${message.split('\n')[0]}`);
    if (!(e instanceof UsageError) && process.env.MSP_SYNC_DEBUG) io.err(String((e as Error).stack));
    return EXIT_USAGE;
  }
}
