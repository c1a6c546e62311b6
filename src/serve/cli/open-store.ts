/**
 * Opens the store a CLI command works on: `--db` names a SQLite file or a PostgreSQL URL
 * (`postgres://…` or `postgresql://…`); without `--db`, the environment variable SITREP_DB
 * (which keeps a password off the command line), else ./sitrep.db. Throws the coded error.
 */
import { openPostgresStore, redactUrl } from '../../store/postgres/postgres-store.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';

/** The default database file. */
export const DEFAULT_DB = 'sitrep.db';

/** The help text of every command's `--db` option. */
export const DB_OPTION_HELP = 'SQLite database file or postgres:// URL (default: $SITREP_DB, else sitrep.db)';

/** True when `db` is a PostgreSQL connection URL rather than a file path. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** The database a command uses: `--db`, else $SITREP_DB, else ./sitrep.db. */
export function chosenDb(db?: string): string {
  return db ?? (process.env.SITREP_DB || DEFAULT_DB);
}

/** The database as it may be printed: a URL's password is hidden. */
export function describeDb(db?: string): string {
  const chosen = chosenDb(db);
  return isPostgresUrl(chosen) ? redactUrl(chosen) : chosen;
}

/** Opens the SQLite or PostgreSQL store for `db` (see `chosenDb`); throws a SitrepError (printed by the CLI) when it cannot. */
export async function openStore(db?: string): Promise<Store> {
  const chosen = chosenDb(db);
  const opened = isPostgresUrl(chosen) ? await openPostgresStore(chosen) : openSqliteStore(chosen);
  if (!opened.ok) throw opened.error;
  return opened.value;
}
