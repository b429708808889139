// Multi-row INSERTs. SQLite: VALUES lists in power-of-two chunks, so a handful of prepared statements a table
// serve any row count. PostgreSQL: one `INSERT … SELECT FROM unnest(arrays)` statement, one round trip.
import type { Db, Param, Scalar } from '../db.js';

/** A column of a batch insert: its name and its PostgreSQL array element type. */
export type Column = readonly [name: string, type: 'bigint' | 'int' | 'text' | 'float8'];

/** Largest rows a SQLite statement (a power of two): 64 rows × ≤ 11 columns stays far below SQLite's 32,766 parameters. */
const SQLITE_CHUNK = 64;

/** Inserts rows (arrays in `columns` order) into `table`; `suffix` is appended (e.g. ON CONFLICT DO NOTHING). */
export async function insertRows(db: Db, table: string, columns: readonly Column[], rows: readonly Scalar[][], suffix = ''): Promise<void> {
  if (!rows.length) return;
  const names = columns.map((c) => c[0]).join(', ');
  if (db.dialect === 'postgres') {
    const q = pgInsert(table, columns, rows, suffix);
    await db.run(q.sql, q.params);
    return;
  }
  const one = `(${columns.map(() => '?').join(', ')})`;
  let i = 0;
  for (let size = SQLITE_CHUNK; size >= 1; size >>= 1) {
    for (; rows.length - i >= size; i += size) {
      const sql = `INSERT INTO ${table} (${names}) VALUES ${Array.from({ length: size }, () => one).join(', ')} ${suffix}`;
      await db.run(sql, rows.slice(i, i + size).flat());
    }
  }
}

/** PostgreSQL's one-statement insert of any number of rows: `INSERT … SELECT * FROM unnest(?::type[], …)`, one array a column. */
export function pgInsert(table: string, columns: readonly Column[], rows: readonly Scalar[][], suffix = ''): { sql: string; params: Param[] } {
  const unnest = columns.map((c) => `?::${c[1]}[]`).join(', ');
  return {
    sql: `INSERT INTO ${table} (${columns.map((c) => c[0]).join(', ')}) SELECT * FROM unnest(${unnest}) ${suffix}`,
    params: columns.map((_, j) => rows.map((r) => r[j] ?? null)),
  };
}

/** `?, ?, ?` for n parameters. */
export function marks(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/**
 * `n` fresh ids of `table` (its `id` column), so rows can be inserted in one statement and referred to at once.
 * SQLite: after the largest id, safe because a write transaction holds the lock; PostgreSQL: from the id sequence.
 */
export async function newIds(db: Db, table: 'entities' | 'stories', n: number): Promise<number[]> {
  if (n <= 0) return [];
  if (db.dialect === 'postgres') {
    const rows = await db.all<{ id: number }>(`SELECT nextval(pg_get_serial_sequence('${table}', 'id')) AS id FROM generate_series(1, ?::int)`, [n]);
    return rows.map((r) => Number(r.id)).sort((x, y) => x - y);
  }
  const [r] = await db.all<{ m: number }>(`SELECT COALESCE(MAX(id), 0) AS m FROM ${table}`);
  const m = Number(r!.m);
  return Array.from({ length: n }, (_, i) => m + i + 1);
}
