// News order in the full-text index (SQLite). A search wants the newest matches first: (day DESC, seq DESC). With
// FTS5 rowids equal to articles.seq (ingestion order), finding the 21 newest of the ~87,000 articles holding "dans"
// meant loading every match and sorting it (~16 ms on 100,000 articles), or walking the date index and testing each
// article against the full-text index. Here the FTS5 rowid is a key that sorts like (day, seq) itself:
//
//   key = dayNumber(day) × 2^30 + seq      (dayNumber: the Julian day number, 0 for no date)
//
// so `MATCH ? ORDER BY rowid DESC LIMIT 21` reads 21 matches off the end of the doclists and stops (~0.1 ms), date
// bounds and the page cursor are rowid ranges the index seeks to, and seq is the key's low 30 bits. Keys stay below
// 2^53 (year 9999 is day 5,373,484), so they are exact JavaScript numbers; a store holds up to 2^30 articles.
import type { Db, Param } from '../db.js';
import { StoreError } from '../errors.js';
import type { Sql } from './dialect.js';
import { marks } from './rows.js';

/** Bits of a key that hold articles.seq. */
export const SEQ_BITS = 30;
/** Keys per day: seq is below this. */
export const SEQ_SPAN = 2 ** SEQ_BITS;

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Julian day number of a YYYY-MM-DD day, 0 for anything else. It computes what SQLite's `julianday()` does for
 *  the same text (month 1–12, day 1–31, a day past the month's end carried into the next), so keys written from
 *  JavaScript and by the schema-3 migration's SQL (NEWS_KEY_SQL) agree. */
export function dayNumber(day: string): number {
  const m = YMD.exec(day);
  if (!m) return 0;
  const mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return 0;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999
  const t = new Date(0).setUTCFullYear(Number(m[1]), mo - 1, d);
  return Math.floor(t / 86_400_000 + 2_440_587.5);
}

/** The full-text key of an article: sorts like (day, seq). */
export function newsKey(day: string, seq: number): number {
  if (!Number.isInteger(seq) || seq < 0 || seq >= SEQ_SPAN) throw new StoreError('DB_FAILED', `article number ${seq} is past the ${SEQ_SPAN} a SQLite store can index`);
  return dayNumber(day) * SEQ_SPAN + seq;
}

/** articles.seq of a key. */
export function keySeq(key: number): number {
  return key % SEQ_SPAN;
}

/** newsKey in SQL, for `day` and `seq` expressions (the schema-3 migration spells out the same expression). */
export function newsKeySql(day: string, seq: string): string {
  return `(CASE WHEN ${day} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN COALESCE(CAST(julianday(${day}) AS INTEGER), 0) ELSE 0 END) * ${SEQ_SPAN} + ${seq}`;
}

/** Keys a search may return: atLeast <= key < below. */
export interface KeyRange { atLeast: number; below: number }

/** The key range of a search's date bounds (YYYY-MM-DD, checked) and cursor; the same rows as the full plan's
 *  `a.day >= from AND a.day <> ''`, `a.day <= to AND a.day <> ''` and `(a.day, a.seq) < cursor`. */
export function keyRange(from: string | undefined, to: string | undefined, cursor: { day: string; seq: number } | undefined): KeyRange {
  let atLeast = 0, below = Number.MAX_SAFE_INTEGER;
  // a dated bound leaves out undated articles (day 0)
  if (from) atLeast = Math.max(SEQ_SPAN, dayNumber(from) * SEQ_SPAN);
  if (to) { atLeast = Math.max(atLeast, SEQ_SPAN); below = (dayNumber(to) + 1) * SEQ_SPAN; }
  if (cursor) below = Math.min(below, dayNumber(cursor.day) * SEQ_SPAN + cursor.seq);
  return { atLeast, below };
}

/** A search filter: a condition on articles `a` (`sql`, `params`). One that selects the articles having rows in a
 *  table keyed by article_seq (entity, speaker, event type) also names the table and the rows' condition. */
export interface Filter { sql: string; params: Param[]; rows?: { table: string; where: string; params: Param[] } }

/** Matches read from the full-text index before a search whose filters are checked in SQL (~1 µs a match: a language,
 *  or a set of articles too large to load) gives up and runs the full plan, which loads every match at ~0.2 µs. */
export const ORDER_BUDGET = 2048;

/** Largest set of articles a filter may select to be loaded and checked in memory (~0.5 ms to load): each match then
 *  costs only its read off the index (~0.2 µs), so the walk needs no budget. */
export const SMALL_SET = 4096;

/**
 * Seqs of the first `want` articles in news order (newest first) whose keys `keys` selects (SQL selecting `k`,
 * ready for `AND rowid …` bounds), within `range` and passing `filters`; null when `budget` matches were read without
 * finding them (the caller then runs the full plan).
 */
export async function orderedSearch(db: Db, keys: Sql, range: KeyRange, filters: readonly Filter[], want: number,
  budget = ORDER_BUDGET): Promise<number[] | null> {
  // filters selecting few articles are loaded (their intersection), the others checked in SQL
  const sets: Set<number>[] = [];
  const checked: Filter[] = [];
  for (const f of filters) {
    if (f.rows) {
      const seqs = await db.all<{ s: number }>(`SELECT DISTINCT article_seq AS s FROM ${f.rows.table} WHERE ${f.rows.where} LIMIT ${SMALL_SET + 1}`, f.rows.params);
      if (seqs.length <= SMALL_SET) { sets.push(new Set(seqs.map((r) => Number(r.s)))); continue; }
      // a large set is tested article by article (its table's key starts with article_seq): `a.seq IN (…)` would
      // load all of it for each page
      checked.push({ sql: `EXISTS (SELECT 1 FROM ${f.rows.table} WHERE article_seq = a.seq AND (${f.rows.where}))`, params: f.rows.params });
    } else checked.push(f);
  }
  const known = sets.length ? new Set([...sets[0]!].filter((x) => sets.every((set) => set.has(x)))) : null;
  if (known && !known.size) return [];
  const out: number[] = [];
  // spent: matches checked in SQL, the costly part the budget bounds
  let below = range.below, spent = 0, size = want;
  for (;;) {
    const page = await db.all<{ k: number }>(`${keys.sql} AND rowid < ? AND rowid >= ? ORDER BY rowid DESC LIMIT ${size}`,
      [...keys.params, below, range.atLeast]);
    let seqs = page.map((r) => keySeq(Number(r.k)));
    if (known) seqs = seqs.filter((x) => known.has(x));
    if (checked.length && seqs.length) {
      spent += seqs.length;
      const pass = new Set((await db.all<{ seq: number }>(`SELECT a.seq FROM articles a WHERE a.seq IN (${marks(seqs.length)}) AND ${checked.map((f) => f.sql).join(' AND ')}`,
        [...seqs, ...checked.flatMap((f) => f.params)])).map((r) => Number(r.seq)));
      seqs = seqs.filter((x) => pass.has(x));
    }
    for (const x of seqs) {
      out.push(x);
      if (out.length === want) return out;
    }
    if (page.length < size) return out;
    if (checked.length && spent >= budget) return null;
    // few passed: read more at a time (a page of an in-memory check is cheap; SQL checks stay within the budget)
    size = Math.min(size * 4, known || !checked.length ? 16_384 : budget - spent);
    below = Number(page.at(-1)!.k);
  }
}
