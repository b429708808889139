// Writing one analysis: the article row, its full text, entities, mentions, quotes, events, time
// expressions, flags and links, all inside the caller's transaction (all or nothing). Rows no later article
// reads wait in a Pending and go in a few multi-row statements before COMMIT.
import type { Analysis, Flag } from '../../types.js';
import { normalizeDate } from '../../util/date.js';
import type { Db, Param, Scalar } from '../db.js';
import { canonicalUrl, norm, sourceName } from '../link/norm.js';
import type { PutResult } from '../types.js';
import { FTS_MAX_CHARS, type Dialect } from './dialect.js';
import { resolveEntities } from './entities.js';
import { assignStory, linkArticle } from './links.js';
import { newsKey } from './order.js';
import { insertRows, type Column } from './rows.js';

/** The day an event happened: its date when it names a day or month, else the publication date, else ''. */
export function eventDay(date: string | null, published: string | null): string {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 10) : published ?? '';
}

/**
 * What a transaction writes after its last article: rows no later article reads while linking (mentions, quotes,
 * events, time expressions, flags, full text), batched into a few multi-row statements; and the source ids seen.
 */
export interface Pending {
  rows: Map<Table, Scalar[][]>;
  text: Scalar[][];
  sources: Map<string, number>;
}

type Table = keyof typeof TABLES;

/** Columns of the deferred tables, with their PostgreSQL types. */
const TABLES = {
  mentions: [['article_seq', 'bigint'], ['local', 'text'], ['entity_id', 'bigint'], ['count', 'int'], ['day', 'text']],
  quotes: [['article_seq', 'bigint'], ['idx', 'int'], ['entity_id', 'bigint'], ['speaker', 'text'], ['speaker_norm', 'text'], ['kind', 'text'],
    ['text', 'text'], ['cue', 'text'], ['span_start', 'int'], ['span_end', 'int'], ['day', 'text']],
  events: [['article_seq', 'bigint'], ['idx', 'int'], ['type', 'text'], ['code', 'text'], ['trigger', 'text'], ['place_id', 'bigint'],
    ['date', 'text'], ['day', 'text']],
  event_entities: [['article_seq', 'bigint'], ['idx', 'int'], ['entity_id', 'bigint'], ['role', 'text']],
  timexes: [['article_seq', 'bigint'], ['idx', 'int'], ['type', 'text'], ['value', 'text'], ['text', 'text'], ['span_start', 'int'], ['span_end', 'int']],
  flags: [['article_seq', 'bigint'], ['idx', 'int'], ['kind', 'text'], ['note', 'text'], ['text', 'text'], ['other', 'text']],
} as const satisfies Record<string, readonly Column[]>;

/** An empty Pending for a new transaction. */
export function pending(): Pending {
  return { rows: new Map(), text: [], sources: new Map() };
}

/** Writes a transaction's deferred rows (call before COMMIT). */
export async function flushPending(db: Db, dialect: Dialect, p: Pending): Promise<void> {
  for (const [table, rows] of p.rows) await insertRows(db, table, TABLES[table], rows);
  await dialect.indexText(db, p.text);
  p.rows.clear();
  p.text = [];
}

/** The id of a source name, created when new (cached for the transaction: a rollback forgets it with the rows). */
async function sourceId(db: Db, p: Pending, name: string): Promise<number> {
  let id = p.sources.get(name);
  if (id !== undefined) return id;
  const [old] = await db.all<{ id: number }>('SELECT id FROM sources WHERE name = ?', [name]);
  id = Number(old ? old.id : (await db.all<{ id: number }>('INSERT INTO sources (name) VALUES (?) RETURNING id', [name]))[0]!.id);
  p.sources.set(name, id);
  return id;
}

/** Stores one analysis unless its id or canonical URL is already stored. Call inside a transaction, then flushPending. */
export async function writeArticle(db: Db, dialect: Dialect, a0: Analysis, p: Pending): Promise<PutResult> {
  const url = canonicalUrl(a0.source);
  const [old] = await db.all<{ id: string }>('SELECT id FROM articles WHERE id = ? OR url = ? LIMIT 1', [a0.id, url]);
  if (old) return { id: a0.id, status: 'present', existing: old.id, duplicateOf: null, translationOf: null, story: null };

  const links = await linkArticle(db, a0);
  const extra: Flag[] = links.duplicateOf
    ? [{ kind: 'duplicate', text: '', start: 0, end: 0, note: `duplicate of ${links.duplicateOf}` }] : [];
  const a: Analysis = extra.length ? { ...a0, quality: { ...a0.quality, flags: [...a0.quality.flags, ...extra] } } : a0;
  const entityIds = await resolveEntities(db, a);
  const story = await assignStory(db, a, entityIds, links.story);

  const src = await sourceId(db, p, sourceName(a.source));
  // a real YYYY-MM-DD or '': the text order of days is the order of the full-text keys (order.ts)
  const day = normalizeDate(a.published) ?? '';
  const kinds = [...new Set(a.quality.flags.map((f) => f.kind))].join(' ');
  const col = dialect.articleColumn(a);
  const insertArticle = `INSERT INTO articles (id, url, source_id, source, title, lang, published, day, quality, flags, duplicate_of,
       translation_of, story_id${col ? ', ' + col.column : ''})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${col ? ', ' + col.value : ''}) RETURNING seq`;
  const articleParams: Param[] = [a.id, url, src, a.source, a.title, a.lang, a.published, day, a.quality.score, kinds, links.duplicateOf,
    links.translationOf, story, ...(col?.params ?? [])];
  // the body apart from the JSON ("text": "" keeps the key in place): a search snippet reads it without parsing the analysis
  const docParams: Param[] = [links.minhash, JSON.stringify(links.facts), a.text, JSON.stringify({ ...a, text: '' })];
  // the LSH keys are written now, not deferred: the next article's linking reads them
  let seq: number;
  if (db.dialect === 'postgres') {
    // one round trip for the article, its documents and its keys
    const [row] = await db.all<{ seq: number }>(`WITH a AS (${insertArticle}),
      d AS (INSERT INTO article_docs (seq, minhash, tkeys, text, analysis) SELECT seq, ?, ?, ?, ? FROM a),
      l AS (INSERT INTO lsh (key, article_seq) SELECT k, a.seq FROM a, unnest(?::bigint[]) AS k ON CONFLICT DO NOTHING)
      SELECT seq FROM a`, [...articleParams, ...docParams, links.lshKeys]);
    seq = Number(row!.seq);
  } else {
    const [row] = await db.all<{ seq: number }>(insertArticle, articleParams);
    seq = Number(row!.seq);
    await db.run('INSERT INTO article_docs (seq, minhash, tkeys, text, analysis) VALUES (?, ?, ?, ?, ?)', [seq, ...docParams]);
    await insertRows(db, 'lsh', [['key', 'bigint'], ['article_seq', 'bigint']], links.lshKeys.map((k) => [k, seq]), 'ON CONFLICT DO NOTHING');
  }
  p.text.push([newsKey(day, seq), a.title ?? '', a.text.slice(0, FTS_MAX_CHARS)]);

  const add = (table: Table, rows: Scalar[][]): void => {
    if (!rows.length) return;
    const list = p.rows.get(table);
    if (list) for (const r of rows) list.push(r); else p.rows.set(table, rows);
  };
  const gid = (local: string | null | undefined): number | null => (local ? entityIds.get(local) ?? null : null);
  add('mentions', a.entities.map((e) => [seq, e.id, gid(e.id), e.mentions.length, day]));
  add('quotes', a.quotes.map((q, i) => [seq, i, gid(q.speaker?.entity), q.speaker?.text ?? null, q.speaker ? norm(q.speaker.text) : null,
    q.kind, q.text, q.cue, q.start, q.end, day]));
  add('events', a.events.map((e, i) => [seq, i, e.type, e.code, e.trigger.text, gid(e.place), e.date, eventDay(e.date, a.published)]));
  const roles: Scalar[][] = [];
  a.events.forEach((e, i) => {
    const role = (ids: readonly (string | null)[], name: string): void => {
      for (const id of new Set(ids.map(gid))) if (id !== null) roles.push([seq, i, id, name]);
    };
    role(e.actors, 'actor'); role(e.targets, 'target'); role([e.place], 'place');
  });
  add('event_entities', roles);
  add('timexes', a.timexes.map((t, i) => [seq, i, t.type, t.value, t.text, t.start, t.end]));
  const flagRows: Scalar[][] = a.quality.flags.map((f, i) => [seq, i, f.kind, f.note ?? null, f.text, f.kind === 'duplicate' ? links.duplicateOf : null]);
  if (links.translationOf) flagRows.push([seq, flagRows.length, 'translation', `translation of ${links.translationOf}`, '', links.translationOf]);
  add('flags', flagRows);
  return { id: a.id, status: 'new', duplicateOf: links.duplicateOf, translationOf: links.translationOf, story: String(story) };
}
