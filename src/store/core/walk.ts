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
  /** SQL selecting `seq` of every matching article, any order: read in one pass into a set for the set walk. */
  all?: Sql;
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
  if (db.each) {
    count = await db.each(`${m.newest.sql} LIMIT ${sample}`, m.newest.params, (v) => { lowest = v; return true; });
  } else {
    const got = await db.all<{ seq: number }>(`${m.newest.sql} LIMIT ${sample}`, m.newest.params);
    count = got.length; lowest = Number(got.at(-1)?.seq ?? 0);
  }
  if (count < sample) return null;
  const top = await db.all<{ m: number | null }>('SELECT max(seq) AS m FROM articles');
  const maxSeq = Number(top[0]?.m ?? 0);
  // density of matches among the newest ingested articles, and the full plan's size it implies
  const density = sample / Math.max(1, maxSeq - lowest + 1);
  const budget = Math.max(MIN_WALK, Math.ceil((density * maxSeq) / TEST_VS_ROW));
  const canSet = !!(m.all && db.each);
  // the set walk is cheaper when loading every match costs fewer tests than the walk would make ("police", ~15 %)
  if (want / density > (canSet ? Math.min(budget, (density * maxSeq) / MATCHES_PER_TEST) : budget)) {
    return canSet ? setWalk(db, m.all!, where, params, want, maxSeq) : null;
  }
  const out: number[] = [];
  let tested = 0, at: [string, number] | null = null;
  while (out.length < want) {
    const size = Math.min(budget - tested, Math.max(want, Math.ceil((1.5 * (want - out.length)) / density)));
    if (size <= 0) return null;
    const conds = [...where], ps: Param[] = [...m.has.params, ...params];
    if (at) { conds.push('(a.day, a.seq) < (?, ?)'); ps.push(at[0], at[1]); }
    const page = await db.all<{ seq: number; day: string; hit: number }>(`SELECT a.seq, a.day, ${m.has.sql} AS hit FROM articles a
      ${conds.length ? 'WHERE ' + conds.join(' AND ') : ''} ORDER BY a.day DESC, a.seq DESC LIMIT ${size}`, ps);
    for (const r of page) if (Number(r.hit) && out.length < want) out.push(Number(r.seq));
    tested += page.length;
    if (page.length < size) return out;
    const last = page.at(-1)!;
    at = [last.day, Number(last.seq)];
  }
  return out;
}

/** The set walk, for words too rare for testing each article but common enough that sorting all matches costs:
 *  every matching seq is loaded into a set in one pass, then the (day DESC, seq DESC) index is read in order, each
 *  row tested in the set, until `want` are found. Null when the index read would cost more than the full plan. */
async function setWalk(db: Db, all: Sql, where: readonly string[], params: readonly Param[], want: number, maxSeq: number): Promise<number[] | null> {
  const each = db.each!;
  const set = new Set<number>();
  await each(all.sql, all.params, (v) => { set.add(v); return true; });
  const rows = Math.max(MIN_WALK, Math.ceil(set.size * SET_ROWS_PER_MATCH));
  // rows expected before `want` matches, matches spread evenly
  if ((want * Math.max(1, maxSeq)) / Math.max(1, set.size) > rows) return null;
  const out: number[] = [];
  const read = await each(`SELECT a.seq FROM articles a ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY a.day DESC, a.seq DESC LIMIT ${rows}`, params, (v) => {
    if (set.has(v)) out.push(v);
    return out.length < want;
  });
  return out.length < want && read >= rows ? null : out;
}
