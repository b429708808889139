// The PostgreSQL store: the same schema and behaviour as SQLite; full text is a tsvector built with the
// article's language configuration over unaccented text, matched with every configuration a query may need.
import type { Analysis } from '../../types.js';
import { FTS_MAX_CHARS, type Dialect } from '../core/dialect.js';
import { sqlStore } from '../core/store.js';
import type { Param } from '../db.js';
import { migrate } from '../migrate.js';
import type { Store } from '../types.js';
import { openPgDb } from './driver.js';

/** Text-search configurations by language; other languages use 'simple' (no stemming). */
export const TS_CONFIGS: Record<string, string> = {
  fr: 'french', en: 'english', de: 'german', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch',
};
const ALL_CONFIGS = ['simple', ...new Set(Object.values(TS_CONFIGS))];

const config = (lang: string): string => TS_CONFIGS[lang] ?? 'simple';

/** PostgreSQL's full-text hooks. Configuration names come from TS_CONFIGS, never from user text. */
export const PG_DIALECT: Dialect = {
  articleColumn: (a: Analysis) => ({
    column: 'tsv',
    value: `setweight(to_tsvector(?::regconfig, public.unaccent(?)), 'A') || to_tsvector(?::regconfig, public.unaccent(?))`,
    params: [config(a.lang), a.title ?? '', config(a.lang), a.text.slice(0, FTS_MAX_CHARS)],
  }),
  indexText: async () => undefined,
  match(terms, lang) {
    const configs = lang ? [config(lang.toLowerCase())] : ALL_CONFIGS;
    const params: Param[] = [];
    const alts = configs.map((c) => {
      const parts = terms.map((t) => {
        params.push(c, t.text);
        return `${t.phrase ? 'phraseto_tsquery' : 'plainto_tsquery'}(?::regconfig, public.unaccent(?))`;
      });
      return `a.tsv @@ (${parts.join(' && ')})`;
    });
    return { sql: `(${alts.join(' OR ')})`, params };
  },
  textExpr: "COALESCE(d.text, d.analysis::json->>'text')",
};

/** Opens (migrating when needed) a PostgreSQL store; `schema` keeps tests apart from each other. */
export async function openPostgresStore(url: string, schema?: string): Promise<Store> {
  const db = await openPgDb(url, schema);
  try {
    const tables = async (): Promise<string[]> => (await db.all<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name')).map((r) => r.table_name);
    // one migrating process at a time; the lock ends with the transaction
    const version = await migrate(db, tables, async () => { await db.run('SELECT pg_advisory_xact_lock(7665696)'); });
    return sqlStore(db, PG_DIALECT, version);
  } catch (e) {
    await db.close();
    throw e;
  }
}
