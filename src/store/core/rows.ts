// Multi-row INSERTs in fixed-size chunks, so prepared statements are reused (one per chunk size).
import type { Db, Param } from '../db.js';

/** Rows a statement: enough to amortise the statement, few enough to stay under parameter limits. */
const CHUNK = 50;

/** Inserts rows (arrays in `columns` order) into `table`; `suffix` is appended (e.g. ON CONFLICT DO NOTHING). */
export async function insertRows(db: Db, table: string, columns: readonly string[], rows: readonly Param[][], suffix = ''): Promise<void> {
  const one = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => one).join(', ')} ${suffix}`;
    await db.run(sql, chunk.flat());
  }
}

/** `?, ?, ?` for n parameters. */
export function marks(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}
