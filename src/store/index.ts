// Opening a store from a --db value: a postgres:// URL or a SQLite file path (default ./veille.db).
import { openPostgresStore } from './postgres/index.js';
import { openSqliteStore } from './sqlite/index.js';
import type { Store } from './types.js';

export type * from './types.js';
export { StoreError, STORE_ERRORS } from './errors.js';

/** The database used when --db is not given. */
export const DEFAULT_DB = './veille.db';

/** True for a PostgreSQL connection URL. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** Opens the store at `db` (a postgres:// URL or a SQLite file), creating and migrating it when needed. */
export async function openStore(db: string = DEFAULT_DB, options: { schema?: string } = {}): Promise<Store> {
  return isPostgresUrl(db) ? openPostgresStore(db, options.schema) : openSqliteStore(db);
}
