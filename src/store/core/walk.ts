// The search plan for very common words (SQLite): a full-text lookup of "dans" loads ~87,000 matches of a
// 100,000-article store and sorts them by (day, seq) to keep 21, ~16 ms. Walking the articles in (day DESC,
// seq DESC) index order and testing each one against the full-text index finds the 21 newest after ~24 tests,
// ~0.6 ms. The walk is chosen only when a sample says matches are dense, and it is bounded: past its budget
// (a filter or a cursor made matches rare), the caller runs the full plan, so the worst case stays ~2× the old one.
import type { Db, Param } from '../db.js';
import type { Sql } from './dialect.js';

/** Hooks of a dialect that can walk: the newest matching seqs, and a test of one article `a`. */
export interface MatchWalk {
  /** SQL selecting `seq` of matching articles, highest seq first, without LIMIT. */
  newest: Sql;
  /** A 0/1 expression: article `a` matches. */
  has: Sql;
  /** Matches to sample before choosing (WALK_SAMPLE; tests use a few). */
  sample: number;
  /** SQL selecting `seq` of the matching articles with lo <= seq < hi (two parameters appended), any order: the set walk's set. */
  range?: Sql;
}

/** Matches sampled before choosing a plan: fewer means all are known and the full plan is cheap (2,000 × 0.2 µs). */
export const WALK_SAMPLE = 2000;

/** One full-text test of one article costs about this many rows of the full plan
 *  (20 µs vs 0.19 µs, measured on a 100,000-article store with "dans" and "pour"). */
const TEST_VS_ROW = 100;

/** Articles a walk may always test (~1.3 ms), however small the estimate of the full plan. */
const MIN_WALK = 64;

/** Date-index rows the set walk may read per match it loaded, past which the full plan is cheaper: the full plan
 *  costs ~0.28 µs a match, loading the set ~0.12 µs a match, reading one (day, seq) index row ~0.08 µs
 *  (100,000-article store, "turquie" 8,486 matches: full 2.4 ms, set walk 1.4 ms; "police" 4.1 ms vs 2.0 ms). */
const SET_ROWS_PER_MATCH = 1.5;

/** Matches the set walk loads for the cost of one full-text test of the walk (~0.12 µs vs ~25 µs: "police"
 *  walking 200 articles 5.8 ms, loading its 15,000 matches 1.8 ms). */
const MATCHES_PER_TEST = 160;

/** Seqs of the first `want` matching articles in (day DESC, seq DESC) order that pass `where`, or null when the
 *  full plan is expected to be cheaper or the walk ran out of budget. */
export async function walkSearch(db: Db, m: MatchWalk, where: readonly string[], params: readonly Param[], want: number): Promise<number[] | null> {
  const sample = m.sample;
  let count = 0, lowest = 0;
  // the sample is every match with seq >= lowest: the walk tests those rows in it, not in the full-text index
  const known = new Set<number>();
  if (db.each) {
    count = await db.each(`${m.newest.sql} LIMIT ${sample}`, m.newest.params, (v) => { known.add(v); lowest = v; return true; });
  } else {
    const got = await db.all<{ seq: number }>(`${m.newest.sql} LIMIT ${sample}`, m.newest.params);
    for (const r of got) known.add(Number(r.seq));
    count = got.length; lowest = Number(got.at(-1)?.seq ?? 0);
  }
  if (count < sample) return null;
  const top = await db.all<{ m: number | null }>('SELECT max(seq) AS m FROM articles');
  const maxSeq = Number(top[0]?.m ?? 0);
  // density of matches among the newest ingested articles, and the full plan's size it implies
  const density = sample / Math.max(1, maxSeq - lowest + 1);
  const budget = Math.max(MIN_WALK, Math.ceil((density * maxSeq) / TEST_VS_ROW));
  const canSet = !!(m.range && db.each);
  // the set walk is cheaper when loading every match costs fewer tests than the walk would make ("police", ~15 %)
  if (want / density > (canSet ? Math.min(budget, (density * maxSeq) / MATCHES_PER_TEST) : budget)) {
    return canSet ? setWalk(db, m.range!, known, lowest, where, params, want, density, maxSeq) : null;
  }
  const out: number[] = [];
  let tested = 0, at: [string, number] | null = null;
  while (out.length < want) {
    const size = Math.min(budget - tested, Math.max(want, Math.ceil((1.5 * (want - out.length)) / density)));
    if (size <= 0) return null;
    const conds = [...where], ps: Param[] = [lowest, ...m.has.params, ...params];
    if (at) { conds.push('(a.day, a.seq) < (?, ?)'); ps.push(at[0], at[1]); }
    // CASE runs the full-text test (~20 µs) only for rows older than the sample (a set lookup answers the others)
    const page = await db.all<{ seq: number; day: string; hit: number }>(`SELECT a.seq, a.day, CASE WHEN a.seq >= ? THEN 0 ELSE ${m.has.sql} END AS hit
      FROM articles a ${conds.length ? 'WHERE ' + conds.join(' AND ') : ''} ORDER BY a.day DESC, a.seq DESC LIMIT ${size}`, ps);
    for (const r of page) {
      const seq = Number(r.seq);
      if ((seq >= lowest ? known.has(seq) : Number(r.hit) !== 0) && out.length < want) out.push(seq);
    }
    tested += page.length;
    if (page.length < size) return out;
    const last = page.at(-1)!;
    at = [last.day, Number(last.seq)];
  }
  return out;
}

/** The set walk, for words too rare for testing each article but common enough that sorting all matches costs: the
 *  (day DESC, seq DESC) index is read in order a page at a time, each row tested in a set of matching seqs, until
 *  `want` are found. The set starts as the sample (every match with seq >= lowest) and is extended downwards only as
 *  far as the page's lowest seq, so a store ingested roughly in date order loads few matches (the bench store, dated
 *  out of ingestion order: 1.17 → 0.91 ms of set loading a search). Null when the index read would cost more than
 *  the full plan. */
async function setWalk(db: Db, range: Sql, known: Set<number>, lowest: number, where: readonly string[], params: readonly Param[],
  want: number, density: number, maxSeq: number): Promise<number[] | null> {
  const each = db.each!;
  const rows = Math.max(MIN_WALK, Math.ceil(density * maxSeq * SET_ROWS_PER_MATCH));
  // rows expected before `want` matches, matches spread evenly
  if (want / density > rows) return null;
  const out: number[] = [];
  let loaded = lowest, read = 0, at: [string, number] | null = null;
  while (read < rows) {
    const size = Math.min(rows - read, Math.max(want, Math.ceil((1.5 * (want - out.length)) / density)));
    const conds = [...where], ps: Param[] = [...params];
    if (at) { conds.push('(a.day, a.seq) < (?, ?)'); ps.push(at[0], at[1]); }
    const page = await db.all<{ seq: number; day: string }>(`SELECT a.seq, a.day FROM articles a
      ${conds.length ? 'WHERE ' + conds.join(' AND ') : ''} ORDER BY a.day DESC, a.seq DESC LIMIT ${size}`, ps);
    let min = loaded;
    for (const r of page) min = Math.min(min, Number(r.seq));
    if (min < loaded) {
      await each(range.sql, [...range.params, min, loaded], (v) => { known.add(v); return true; });
      loaded = min;
    }
    for (const r of page) {
      const seq = Number(r.seq);
      if (known.has(seq)) { out.push(seq); if (out.length >= want) return out; }
    }
    read += page.length;
    if (page.length < size) return out;
    const last = page.at(-1)!;
    at = [last.day, Number(last.seq)];
  }
  return null;
}
