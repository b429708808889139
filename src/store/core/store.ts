// The Store every adapter shares: the SQL is common, the Dialect supplies full text and JSON access.
import type { Analysis } from '../../types.js';
import type { Db } from '../db.js';
import { canonicalUrl } from '../link/norm.js';
import type { ExportTable, PutResult, SearchQuery, Store, StoreStats } from '../types.js';
import type { Dialect } from './dialect.js';
import { findEntities } from './names.js';
import { entityProfile, events, quotes, stories } from './read.js';
import { search } from './search.js';
import { flushPending, pending, writeArticle } from './write.js';

/** Rows read per export page. */
const EXPORT_PAGE = 500;

/** Builds a Store over an open, migrated database. */
export function sqlStore(db: Db, dialect: Dialect, schemaVersion: number): Store {
  // one writer at a time on this connection: a transaction must not interleave with another's awaits
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(f: () => Promise<T>): Promise<T> => {
    const p = queue.then(f, f);
    queue = p.catch(() => undefined);
    return p;
  };
  const putMany = (as: readonly Analysis[]): Promise<PutResult[]> => serial(() => db.tx(async () => {
    const out: PutResult[] = [];
    const p = pending();
    for (const a of as) out.push(await writeArticle(db, dialect, a, p));
    await flushPending(db, dialect, p);
    return out;
  }));
  return {
    kind: db.dialect,
    async has(idOrUrl) {
      const rows = await db.all('SELECT 1 AS x FROM articles WHERE id = ? OR url = ? LIMIT 1', [idOrUrl, canonicalUrl(idOrUrl)]);
      return rows.length > 0;
    },
    put: async (a) => (await putMany([a]))[0]!,
    putMany,
    async get(id) {
      const [r] = await db.all<{ text: string | null; analysis: string }>(
        'SELECT d.text, d.analysis FROM articles a JOIN article_docs d ON d.seq = a.seq WHERE a.id = ?', [id]);
      if (!r) return null;
      const a = JSON.parse(r.analysis) as Analysis;
      if (r.text !== null) a.text = r.text;
      return a;
    },
    search: (q: SearchQuery) => search(db, dialect, q),
    quotes: (q) => quotes(db, q),
    events: (q) => events(db, q),
    findEntities: (name, limit) => findEntities(db, name, limit),
    entity: (x) => entityProfile(db, x),
    stories: (q) => stories(db, q),
    export: (table) => exportRows(db, dialect, table),
    async stats(): Promise<StoreStats> {
      const count = async (t: string): Promise<number> => Number((await db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`))[0]!.n);
      return {
        articles: await count('articles'), entities: await count('entities'), quotes: await count('quotes'),
        events: await count('events'), stories: await count('stories'), schemaVersion,
      };
    },
    close: () => serial(() => db.close()),
  };
}

const EXPORTS: Record<ExportTable, (text: string) => string> = {
  articles: (text) => `SELECT a.seq, a.id, a.published, a.lang, a.title, a.source, a.quality, a.flags, a.duplicate_of, a.translation_of,
    a.story_id AS story, ${text} AS text FROM articles a JOIN article_docs d ON d.seq = a.seq WHERE a.seq > ? ORDER BY a.seq LIMIT ${EXPORT_PAGE}`,
  quotes: () => `SELECT a.seq, a.id AS article, a.published, q.idx, q.speaker, e.name AS entity, e.kb, q.kind, q.cue, q.text
    FROM articles a JOIN quotes q ON q.article_seq = a.seq LEFT JOIN entities e ON e.id = q.entity_id
    WHERE a.seq > ? AND a.seq <= ? ORDER BY a.seq, q.idx`,
  events: () => `SELECT a.seq, a.id AS article, a.published, v.idx, v.type, v.code, v.trigger, v.date, p.name AS place
    FROM articles a JOIN events v ON v.article_seq = a.seq LEFT JOIN entities p ON p.id = v.place_id
    WHERE a.seq > ? AND a.seq <= ? ORDER BY a.seq, v.idx`,
};

/** Streams a table in article order, a page of articles at a time (memory does not grow with the corpus). */
async function* exportRows(db: Db, dialect: Dialect, table: ExportTable): AsyncIterable<Record<string, string | number | null>> {
  let after = 0;
  for (;;) {
    let rows: Record<string, string | number | null>[];
    let next: number;
    if (table === 'articles') {
      rows = await db.all(EXPORTS.articles(dialect.textExpr), [after]);
      if (!rows.length) return;
      next = Number(rows.at(-1)!.seq);
    } else {
      const seqs = await db.all<{ seq: number }>(`SELECT seq FROM articles WHERE seq > ? ORDER BY seq LIMIT ${EXPORT_PAGE}`, [after]);
      if (!seqs.length) return;
      next = Number(seqs.at(-1)!.seq);
      rows = await db.all(EXPORTS[table](dialect.textExpr), [after, next]);
    }
    for (const r of rows) {
      const { seq: _seq, ...rest } = r;
      if (table === 'articles' && typeof rest.quality === 'number') rest.quality = Math.round(rest.quality * 1000) / 1000;
      if (rest.story !== undefined && rest.story !== null) rest.story = String(rest.story);
      yield rest;
    }
    after = next;
  }
}
