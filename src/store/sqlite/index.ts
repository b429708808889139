// The SQLite store: one file, WAL, FTS5 with accents folded ("geneve" finds "Genève").
import { existsSync } from 'node:fs';
import type { Db, Scalar } from '../db.js';
import type { Dialect } from '../core/dialect.js';
import { SEQ_SPAN } from '../core/order.js';
import { insertRows } from '../core/rows.js';
import { fts5Query } from '../core/query.js';
import { sqlStore } from '../core/store.js';
import { migrate } from '../migrate.js';
import type { Store } from '../types.js';
import { openSqliteDb, sqliteError } from './driver.js';

/** SQLite's full-text hooks: a contentless FTS5 table whose rowids are news-order keys (order.ts). */
export const SQLITE_DIALECT: Dialect = {
  articleColumn: () => null,
  // in key order: FTS5 writes its pending terms out as a new segment whenever a rowid is not above the last one, so
  // a transaction's articles in ingestion order (dates mixed) would each make a segment
  indexText: (db: Db, rows: readonly Scalar[][]) => insertRows(db, 'articles_fts', [['rowid', 'bigint'], ['title', 'text'], ['body', 'text']],
    [...rows].sort((x, y) => Number(x[0]) - Number(y[0]))),
  match: (terms) => ({ sql: `a.seq IN (SELECT rowid % ${SEQ_SPAN} FROM articles_fts WHERE articles_fts MATCH ?)`, params: [fts5Query(terms)] }),
  ordered: (terms) => ({ sql: 'SELECT rowid AS k FROM articles_fts WHERE articles_fts MATCH ?', params: [fts5Query(terms)] }),
  textExpr: "COALESCE(d.text, json_extract(d.analysis, '$.text'))",
};

/** veille's SQLite application id ("veil"), written in the file header. */
const APPLICATION_ID = 0x7665696c;

/** Opens (creating and migrating when needed) a SQLite store; `orderBudget` overrides ORDER_BUDGET (tests). */
export async function openSqliteStore(file: string, orderBudget?: number): Promise<Store> {
  const fresh = !existsSync(file);
  const db = openSqliteDb(file);
  try {
    const tables = async (): Promise<string[]> => (await db.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' ORDER BY name")).map((r) => r.name);
    const version = await migrate(db, tables, async () => undefined);
    if (fresh || Number(db.raw.pragma('application_id', { simple: true })) === 0) db.raw.pragma(`application_id = ${APPLICATION_ID}`);
    const dialect = orderBudget === undefined ? SQLITE_DIALECT : { ...SQLITE_DIALECT, orderBudget };
    return sqlStore(db, dialect, version);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw sqliteError(e, file);
  }
}
