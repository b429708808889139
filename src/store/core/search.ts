// search(): full text plus filters (entity, speaker, event type, dates, language), newest first, paged.
import { normalizeDate } from '../../util/date.js';
import type { Db, Param } from '../db.js';
import { StoreError } from '../errors.js';
import { norm } from '../link/norm.js';
import type { ArticleHit, SearchQuery, SearchResult } from '../types.js';
import type { Dialect } from './dialect.js';
import { findEntities } from './names.js';
import { keyRange, ORDER_BUDGET, orderedSearch, type Filter } from './order.js';
import { parseQuery } from './query.js';
import { marks } from './rows.js';
import { cut, findWord, needles, snippetOf, SNIPPET_CONTEXT, SNIPPET_SOURCE_CHARS } from './snippet.js';

/** Default and largest page sizes. */
export const DEFAULT_LIMIT = 20, MAX_LIMIT = 500;

/** A checked YYYY-MM-DD bound, or a BAD_QUERY error naming the option. */
export function dateBound(v: string | undefined, name: string): string | undefined {
  if (v === undefined || v === '') return undefined;
  const d = normalizeDate(v);
  if (!d) throw new StoreError('BAD_QUERY', `${name} must be a date YYYY-MM-DD, not "${v.slice(0, 40)}"`);
  return d;
}

/** A checked page size. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new StoreError('BAD_QUERY', `limit must be a positive whole number, not ${limit}`);
  return Math.min(limit, MAX_LIMIT);
}

/** A checked CAMEO code ("04", "043"). */
export function cameo(t: string | undefined): string | undefined {
  if (t === undefined || t === '') return undefined;
  if (!/^\d{2,4}$/.test(t)) throw new StoreError('BAD_QUERY', `an event type is a CAMEO code such as 04 or 043, not "${t.slice(0, 40)}"`);
  return t;
}

interface HitRow { seq: number; id: string; title: string | null; source: string | null; lang: string; published: string | null; day: string; quality: number; flags: string; duplicate_of: string | null; translation_of: string | null; story_id: number | null }

const HIT_COLUMNS = 'a.seq, a.id, a.title, a.source, a.lang, a.published, a.day, a.quality, a.flags, a.duplicate_of, a.translation_of, a.story_id';

/** Runs a search (see SearchQuery). */
export async function search(db: Db, dialect: Dialect, q: SearchQuery): Promise<SearchResult> {
  // filters narrow the matches; bounds (dates, cursor) are also key ranges of the news-ordered index (order.ts)
  const filters: Filter[] = [];
  const having = (table: string, where: string, params: Param[]): void => {
    filters.push({ sql: `a.seq IN (SELECT article_seq FROM ${table} WHERE ${where})`, params, rows: { table, where, params } });
  };
  const limit = pageSize(q.limit);
  const terms = q.q ? parseQuery(q.q) : [];
  if (q.q && !terms.length) return { hits: [], next: null };
  if (q.entity !== undefined) {
    const ids = (await findEntities(db, q.entity, 50)).map((e) => Number(e.id));
    if (!ids.length) return { hits: [], next: null };
    having('mentions', `entity_id IN (${marks(ids.length)})`, ids);
  }
  if (q.speaker !== undefined) {
    const ids = (await findEntities(db, q.speaker, 50)).map((e) => Number(e.id));
    having('quotes', `speaker_norm = ?${ids.length ? ` OR entity_id IN (${marks(ids.length)})` : ''}`, [norm(q.speaker), ...ids]);
  }
  const type = cameo(q.type);
  if (type) having('events', 'type = ? OR code LIKE ?', [type, `${type}%`]);
  if (q.lang) filters.push({ sql: 'a.lang = ?', params: [q.lang.toLowerCase()] });
  const from = dateBound(q.from, 'from'), to = dateBound(q.to, 'to');
  const cursor = q.cursor ? decodeCursor(q.cursor) : undefined;
  // newest matches straight off the full-text index when it is kept in news order (SQLite); same rows, same order
  const ordered = terms.length && dialect.ordered
    ? await orderedSearch(db, dialect.ordered(terms), keyRange(from, to, cursor), filters, limit + 1, dialect.orderBudget ?? ORDER_BUDGET) : null;
  let rows: HitRow[];
  if (ordered) {
    const bySeq = new Map<number, HitRow>();
    if (ordered.length) {
      for (const r of await db.all<HitRow>(`SELECT ${HIT_COLUMNS} FROM articles a WHERE a.seq IN (${marks(ordered.length)})`, ordered)) bySeq.set(Number(r.seq), r);
    }
    // an article deleted meanwhile is skipped, not a crash
    rows = ordered.flatMap((seq) => bySeq.get(seq) ?? []);
  } else {
    const where = filters.map((f) => f.sql), params = filters.flatMap((f) => f.params);
    if (from) { where.push("a.day >= ? AND a.day <> ''"); params.push(from); }
    if (to) { where.push("a.day <= ? AND a.day <> ''"); params.push(to); }
    if (cursor) { where.push('(a.day < ? OR (a.day = ? AND a.seq < ?))'); params.push(cursor.day, cursor.day, cursor.seq); }
    // the full-text condition goes first, as it always did (PostgreSQL's plan is unchanged)
    if (terms.length) { const m = dialect.match(terms, q.lang); where.unshift(m.sql); params.unshift(...m.params); }
    rows = await db.all<HitRow>(
      `SELECT ${HIT_COLUMNS} FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY a.day DESC, a.seq DESC LIMIT ${limit + 1}`, params);
  }
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const ns = needles(terms.map((t) => t.text));
  const snippets = page.length ? await pageSnippets(db, dialect, page.map((r) => Number(r.seq)), ns) : new Map<number, string>();
  return {
    hits: page.map((r) => hit(r, snippets.get(Number(r.seq)) ?? '')),
    next: more && last ? encodeCursor(last.day, Number(last.seq)) : null,
  };
}

/** Snippets of a page's articles, by seq. Bodies are read for the page only, once it is known (selected with the rows,
 *  they were read for every match before the sort), and a little at a time: the first LEAD_CHARS[0] characters of
 *  each, where the query's first word usually is, then more of those whose lead cannot give the snippet the first
 *  SNIPPET_SOURCE_CHARS would (reading 20,000 characters of every hit was half of a search's time). */
async function pageSnippets(db: Db, dialect: Dialect, seqs: number[], ns: readonly string[]): Promise<Map<number, string>> {
  const read = (ids: number[], chars: number): Promise<{ seq: number; body: string | null }[]> => db.all(
    `SELECT d.seq, substr(${dialect.textExpr}, 1, ${chars}) AS body FROM article_docs d WHERE d.seq IN (${marks(ids.length)})`, ids);
  const out = new Map<number, string>();
  let pending = seqs;
  for (const chars of LEAD_CHARS) {
    const again: number[] = [];
    // one character more than the lead: a lead that long is not the whole body
    for (const r of await read(pending, chars + 1)) {
      const lead = r.body ?? '';
      const m = findWord(lead, ns);
      // the same snippet as from the first SNIPPET_SOURCE_CHARS: the lead is the whole body, or it holds the word those
      // would give (the first word looked for) with all its context and more text after it
      if (lead.length <= chars || (m.first && Math.max(0, m.at - SNIPPET_CONTEXT) + 2 * SNIPPET_CONTEXT < lead.length)) out.set(Number(r.seq), cut(lead, m.at));
      else again.push(Number(r.seq));
    }
    pending = again;
    if (!pending.length) return out;
  }
  for (const r of await read(pending, SNIPPET_SOURCE_CHARS)) out.set(Number(r.seq), snippetOf(r.body ?? '', ns));
  return out;
}

function hit(r: HitRow, snippet: string): ArticleHit {
  return {
    id: r.id, title: r.title, source: r.source, lang: r.lang, published: r.published, quality: Number(r.quality),
    flags: r.flags ? r.flags.split(' ') : [], snippet,
    duplicateOf: r.duplicate_of, translationOf: r.translation_of, story: r.story_id === null ? null : String(r.story_id),
  };
}

/** Characters of body read first for a snippet, then next (see pageSnippets); a word is seldom further (the bench's
 *  600 queries on 100,000 articles: 75 % of hits in the first 2,000, all but 0.2 % in the first 8,000). */
const LEAD_CHARS = [2_000, 8_000];

function encodeCursor(day: string, seq: number): string {
  return Buffer.from(JSON.stringify([day, seq])).toString('base64url');
}

function decodeCursor(c: string): { day: string; seq: number } {
  try {
    const [day, seq] = JSON.parse(Buffer.from(c, 'base64url').toString()) as unknown[];
    if (typeof day === 'string' && Number.isInteger(seq)) return { day, seq: seq as number };
  } catch { /* reported below */ }
  throw new StoreError('BAD_QUERY', 'the cursor is not one returned by a previous search');
}
