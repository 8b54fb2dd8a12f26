/** `msp-sync user add --name N --role R --department D[,D…] [--db FILE]`: prints the new token alone on its last line. */
import { UserCreateSchema } from '../../../core/api/users';
import { splitList } from '../../../core/names';
import { createServices } from '../../services';
import { openDatabase } from '../../store/database';
import { DuplicateUser } from '../../store/users';
import { parseCommandArgs } from '../args';
import { EXIT_OK, UsageError, type Command } from '../io';

export const DEFAULT_DB = 'data/msp-sync.db';
const USAGE = 'user add --name N --role admin|manager|member --department D[,D…] [--db FILE]';

export const user: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    args,
    { name: { type: 'string' }, role: { type: 'string' }, department: { type: 'string', multiple: true }, db: { type: 'string' } },
    USAGE,
  );
  if (positionals.length !== 1 || positionals[0] !== 'add') throw new UsageError(`expected "user add" (usage: msp-sync ${USAGE})`);
  const parsed = UserCreateSchema.safeParse({
    name: values.name,
    role: values.role,
    departments: (values.department ?? []).flatMap((d) => splitList(d)),
  });
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new UsageError(`${i.path.join('.') || 'arguments'}: ${i.message} (usage: msp-sync ${USAGE})`);
  }
  const db = openDatabase(values.db ?? DEFAULT_DB);
  try {
    const { user: u, token } = createServices(db).users.create('cli', parsed.data);
    io.out(`Created ${u.role} "${u.name}"${u.departments.length ? ` (${u.departments.join(', ')})` : ''}. Its API token, shown only this once:`);
    io.out(token);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof DuplicateUser) throw new UsageError(e.message);
    throw e;
  } finally {
    db.close();
  }
};
