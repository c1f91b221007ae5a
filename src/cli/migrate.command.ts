import { openStore, storeReady } from '../app.js';
import { loadConfig } from '../config.js';
import { readArgs } from './args.js';
import type { CliIo } from './io.js';

const USAGE = 'Usage: mailbox-doctor migrate [--env-file <path>]';

/** `mailbox-doctor migrate`: brings the schema up to date (Postgres with DATABASE_URL, else SQLite) and exits. */
export async function migrateCommand(argv: string[], io: CliIo): Promise<number> {
  readArgs(argv, {}, USAGE);
  const config = loadConfig(io.env);
  const store = openStore(config);
  const where = config.DATABASE_URL ? 'Postgres' : `SQLite in ${config.DATA_DIR}`;
  try {
    const applied = await storeReady(store);
    io.stdout.write(applied.length > 0 ? `${where}: applied migrations ${applied.join(', ')}.\n` : `${where}: the schema is up to date.\n`);
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(`The migrations could not run (${reason}). Check DATABASE_URL and that the database accepts connections, then run mailbox-doctor migrate again.\n`);
    return 1;
  } finally {
    await store.close();
  }
}
