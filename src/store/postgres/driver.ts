// The PostgreSQL driver: one pg client behind the Db interface; `?` placeholders numbered for pg.
import pg from 'pg';
import { numberPlaceholders, type Db, type Param } from '../db.js';
import { StoreError } from '../errors.js';

/** How long to wait for the server before calling it unreachable (ms). */
const CONNECT_TIMEOUT_MS = 5000;

/** The URL without its password, for messages. */
export function safeUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** Turns pg errors into store errors. */
export function pgError(e: unknown, url: string): unknown {
  const err = e as { code?: string; message?: string };
  if (e instanceof StoreError) return e;
  if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', '57P03', '3D000', '28P01', '28000'].includes(err.code ?? '')
    || /timeout|terminated|Connection/i.test(err.message ?? '')) {
    return new StoreError('DB_UNREACHABLE', `${safeUrl(url)}: ${err.message ?? err.code}`);
  }
  if (err.code && /^[0-9A-Z]{5}$/.test(err.code)) return new StoreError('DB_FAILED', `${err.message} (${err.code})`);
  return e;
}

// int8 (ids, counts) as numbers: ids stay far below 2^53
const TYPES = { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format as 'text')) };

/** Connects to PostgreSQL; with `schema`, every table lives in that schema (created when absent). */
export async function openPgDb(url: string, schema?: string): Promise<Db> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, types: TYPES as pg.CustomTypesConfig });
  client.on('error', () => undefined);   // a dropped connection surfaces as the next query's error
  try {
    await client.connect();
    await client.query('SET client_min_messages = warning');
    if (schema) {
      if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new StoreError('BAD_QUERY', `schema name "${schema}"`);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(`SET search_path = ${schema}, public`);
    }
  } catch (e) {
    await client.end().catch(() => undefined);
    throw pgError(e, url);
  }
  let depth = 0;
  const q = async (sql: string, params: readonly Param[] = []): Promise<pg.QueryResult> => {
    try { return await client.query(numberPlaceholders(sql), params as Param[]); } catch (e) { throw pgError(e, url); }
  };
  return {
    dialect: 'postgres',
    all: async <T>(sql: string, params?: readonly Param[]) => (await q(sql, params)).rows as T[],
    run: async (sql, params) => (await q(sql, params)).rowCount ?? 0,
    exec: async (sql) => { try { await client.query(sql); } catch (e) { throw pgError(e, url); } },
    async tx<T>(fn: () => Promise<T>): Promise<T> {
      if (depth > 0) return fn();
      await q('BEGIN');
      depth++;
      try {
        const r = await fn();
        await q('COMMIT');
        return r;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally { depth--; }
    },
    close: async () => { await client.end().catch(() => undefined); },
  };
}
