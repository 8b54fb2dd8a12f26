/** `msp-sync backup FILE [--db FILE]`: SQLite's online backup, safe while the server runs. */
import { existsSync } from 'node:fs';
import { openDatabase } from '../../store/database';
import { onePositional, parseCommandArgs } from '../args';
import { EXIT_OK, UsageError, type Command } from '../io';
import { DEFAULT_DB } from './user';

const USAGE = 'backup FILE [--db FILE]';

export const backup: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(args, { db: { type: 'string' } }, USAGE);
  const target = onePositional(positionals, 'the backup file', USAGE);
  const source = values.db ?? DEFAULT_DB;
  if (!existsSync(source)) throw new UsageError(`no database at ${source} (usage: msp-sync ${USAGE})`);
  if (existsSync(target)) throw new UsageError(`${target} already exists; choose a new file`);
  const db = openDatabase(source);
  try {
    const r = await db.backup(target);
    io.out(`Backed up ${source} to ${target} (${r.totalPages} pages)`);
    return EXIT_OK;
  } finally {
    db.close();
  }
};
