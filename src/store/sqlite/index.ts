// The SQLite store: one file, WAL, FTS5 with accents folded ("geneve" finds "Genève").
import { existsSync } from 'node:fs';
import type { Db, Scalar } from '../db.js';
import type { Dialect, QueryTerm } from '../core/dialect.js';
import { WALK_SAMPLE, type MatchWalk } from '../core/walk.js';
import { insertRows } from '../core/rows.js';
import { fts5Query } from '../core/query.js';
import { sqlStore } from '../core/store.js';
import { migrate } from '../migrate.js';
import type { Store } from '../types.js';
import { openSqliteDb, sqliteError } from './driver.js';

/** SQLite's full-text hooks: a contentless FTS5 table keyed by articles.seq. */
export const SQLITE_DIALECT: Dialect = {
  articleColumn: () => null,
  indexText: (db: Db, rows: readonly Scalar[][]) => insertRows(db, 'articles_fts', [['rowid', 'bigint'], ['title', 'text'], ['body', 'text']], rows),
  match: (terms) => ({ sql: 'a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)', params: [fts5Query(terms)] }),
  walk: (terms) => sqliteWalk(terms, WALK_SAMPLE),
  textExpr: "COALESCE(d.text, json_extract(d.analysis, '$.text'))",
};

/** The walk hooks: FTS5 rowids newest first, and a one-row FTS5 test (`rowid = a.seq`, a seek in the doclist). */
function sqliteWalk(terms: readonly QueryTerm[], sample: number): MatchWalk {
  const q = fts5Query(terms);
  return {
    newest: { sql: 'SELECT rowid AS seq FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC', params: [q] },
    has: { sql: 'EXISTS (SELECT 1 FROM articles_fts f WHERE f.rowid = a.seq AND f.articles_fts MATCH ?)', params: [q] },
    sample,
    range: { sql: 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ? AND rowid < ?', params: [q] },
  };
}

/** veille's SQLite application id ("veil"), written in the file header. */
const APPLICATION_ID = 0x7665696c;

/** Opens (creating and migrating when needed) a SQLite store; `walkSample` overrides WALK_SAMPLE (tests). */
export async function openSqliteStore(file: string, walkSample = WALK_SAMPLE): Promise<Store> {
  const fresh = !existsSync(file);
  const db = openSqliteDb(file);
  try {
    const tables = async (): Promise<string[]> => (await db.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts%' ORDER BY name")).map((r) => r.name);
    const version = await migrate(db, tables, async () => undefined);
    if (fresh || Number(db.raw.pragma('application_id', { simple: true })) === 0) db.raw.pragma(`application_id = ${APPLICATION_ID}`);
    const dialect = walkSample === WALK_SAMPLE ? SQLITE_DIALECT : { ...SQLITE_DIALECT, walk: (t: readonly QueryTerm[]) => sqliteWalk(t, walkSample) };
    return sqlStore(db, dialect, version);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw sqliteError(e, file);
  }
}
