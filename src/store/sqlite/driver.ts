// The SQLite driver: better-sqlite3 (synchronous) behind the async Db interface, statements cached.
import Database from 'better-sqlite3';
import type { Db, Param } from '../db.js';
import { StoreError } from '../errors.js';

/** How long a writer waits for another process's transaction before giving up (ms). */
const BUSY_TIMEOUT_MS = 15_000;

/** Page cache (KiB): LSH keys and entity names are inserted at random places in their B-trees; 2 MB thrashes at 10k articles. */
const CACHE_KIB = 65_536;

/** WAL pages before a checkpoint copies them into the file (default 1,000 = 4 MB): a 200-article transaction writes
 *  ~20 MB (index pages touched at random), so every COMMIT checkpointed, copying pages changed again by the next one.
 *  256 MB: at 50k articles +8 % articles/s over 64 MB, +20 % over 4 MB (bench/store.ts workload). */
const WAL_CHECKPOINT_PAGES = 65_536;
/** Bytes the WAL file is cut back to after a checkpoint, so a long ingest does not leave 256 MB behind. */
const WAL_KEEP_BYTES = 64 * 1024 * 1024;

/** Turns driver errors into store errors a user can act on. */
export function sqliteError(e: unknown, file: string): unknown {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return new StoreError('DB_CORRUPT', file);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new StoreError('DB_BUSY', file);
  if (code.startsWith('SQLITE_')) return new StoreError('DB_FAILED', `${file}: ${(e as Error).message}`);
  return e;
}

/** Puts the file in WAL mode. Changing the journal mode does not wait on the busy handler: a second process opening a
 *  new file while the first one sets it up got SQLITE_BUSY at once (two `veille ingest` started together: 1 run in
 *  15–40 failed), so the change is retried every 10 ms up to BUSY_TIMEOUT_MS. */
function setWal(raw: Database.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      raw.pragma('journal_mode = WAL');
      return;
    } catch (e) {
      if (!String((e as { code?: string }).code).startsWith('SQLITE_BUSY') || Date.now() > deadline) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** Opens (creating when absent) a SQLite file in WAL mode. */
export function openSqliteDb(file: string, readonly = false): Db & { raw: Database.Database } {
  let raw: Database.Database;
  try {
    raw = new Database(file, { fileMustExist: readonly, readonly, timeout: BUSY_TIMEOUT_MS });
    raw.pragma('busy_timeout = ' + BUSY_TIMEOUT_MS);
    if (!readonly) setWal(raw);
    raw.pragma('synchronous = NORMAL');
    raw.pragma(`cache_size = -${CACHE_KIB}`);
    raw.pragma('foreign_keys = ON');
    if (!readonly) {
      raw.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
      raw.pragma(`journal_size_limit = ${WAL_KEEP_BYTES}`);
    }
  } catch (e) { throw sqliteError(e, file); }
  const cache = new Map<string, Database.Statement>();
  const stmt = (sql: string): Database.Statement => {
    let s = cache.get(sql);
    if (!s) { s = raw.prepare(sql); cache.set(sql, s); }
    return s;
  };
  let depth = 0;
  const wrap = <T>(f: () => T): T => { try { return f(); } catch (e) { throw sqliteError(e, file); } };
  return {
    dialect: 'sqlite',
    raw,
    all: async <T>(sql: string, params: readonly Param[] = []) => wrap(() => stmt(sql).all(...params) as T[]),
    run: async (sql, params = []) => wrap(() => stmt(sql).run(...params).changes),
    exec: async (sql) => { wrap(() => raw.exec(sql)); },
    async tx<T>(fn: () => Promise<T>): Promise<T> {
      if (depth > 0) return fn();
      // IMMEDIATE: take the write lock now, so two writers queue instead of failing at their first write
      wrap(() => raw.exec('BEGIN IMMEDIATE'));
      depth++;
      try {
        const r = await fn();
        wrap(() => raw.exec('COMMIT'));
        return r;
      } catch (e) {
        if (raw.inTransaction) raw.exec('ROLLBACK');
        throw e;
      } finally { depth--; }
    },
    close: async () => { raw.close(); },
  };
}
