/**
 * Opens the store a CLI command works on (`--db PATH`, default ./sitrep.db), or throws the coded error.
 */
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { Store } from '../../store/store.js';

/** The default database file. */
export const DEFAULT_DB = 'sitrep.db';

/** Opens the SQLite store at `file`; throws a SitrepError (printed by the CLI) when it cannot. */
export function openStore(file: string = DEFAULT_DB): Store {
  const opened = openSqliteStore(file);
  if (!opened.ok) throw opened.error;
  return opened.value;
}
