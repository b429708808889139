// Numbered plain-SQL migrations (migrations/<dialect>/NNN-name.sql) and the schema version table.
// The .sql files stay beside the sources and are found from the project root, from src/ (tsx) or dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';
import { StoreError } from './errors.js';

/** One migration file. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const ROOT = (() => {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
  return d;
})();

/** The migrations of a dialect, in order. */
export function migrations(dialect: Db['dialect']): Migration[] {
  const dir = join(ROOT, 'src', 'store', 'migrations', dialect);
  return readdirSync(dir)
    .map((f) => /^(\d{3})-([\w-]+)\.sql$/.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, m[0]), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

/** The newest schema version this veille knows. */
export function latestVersion(dialect: Db['dialect']): number {
  return migrations(dialect).at(-1)?.version ?? 0;
}

const VERSION_TABLE = 'CREATE TABLE IF NOT EXISTS veille_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)';

/**
 * Brings the database to the latest schema, one transaction a migration. Refuses a database with other
 * tables and no veille_schema (not ours) and one from a newer veille. `tables` lists the user tables.
 */
export async function migrate(db: Db, tables: () => Promise<string[]>, lock: () => Promise<void>): Promise<number> {
  const all = migrations(db.dialect);
  const latest = all.at(-1)?.version ?? 0;
  const check = async (): Promise<number> => {
    const names = await tables();
    if (!names.includes('veille_schema')) {
      if (names.length) throw new StoreError('DB_NOT_VEILLE', `found ${names.slice(0, 5).join(', ')}`);
      return 0;
    }
    const [row] = await db.all<{ v: number | null }>('SELECT MAX(version) AS v FROM veille_schema');
    const v = Number(row?.v ?? 0);
    if (v > latest) throw new StoreError('DB_TOO_NEW', `schema version ${v}, this veille knows up to ${latest}`);
    return v;
  };
  const found = await check();
  if (found === latest) return latest;
  // upgrading a store that holds data can take a while (schema 3 rebuilds the full-text index): say so, once
  if (found > 0) process.stderr.write(`veille: upgrading the store from schema ${found} to ${latest}; large stores take a minute or more\n`);
  for (const m of all) {
    await db.tx(async () => {
      await lock();
      const v = await check();   // another process may have migrated while we waited for the lock
      if (v >= m.version) return;
      if (v === 0 && m.version === all[0]!.version) await db.exec(VERSION_TABLE);
      await db.exec(m.sql);
      await db.run('INSERT INTO veille_schema (version, name, applied) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
    });
  }
  return latest;
}
