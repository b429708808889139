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
}

/** Matches sampled before choosing a plan: fewer means all are known and the full plan is cheap (2,000 × 0.2 µs). */
export const WALK_SAMPLE = 2000;

/** One full-text test of one article costs about this many rows of the full plan
 *  (20 µs vs 0.19 µs, measured on a 100,000-article store with "dans" and "pour"). */
const TEST_VS_ROW = 100;

/** Articles a walk may always test (~1.3 ms), however small the estimate of the full plan. */
const MIN_WALK = 64;

/** Seqs of the first `want` matching articles in (day DESC, seq DESC) order that pass `where`, or null when the
 *  full plan is expected to be cheaper or the walk ran out of budget. */
export async function walkSearch(db: Db, m: MatchWalk, where: readonly string[], params: readonly Param[], want: number): Promise<number[] | null> {
  const sample = m.sample;
  const got = await db.all<{ seq: number }>(`${m.newest.sql} LIMIT ${sample}`, m.newest.params);
  if (got.length < sample) return null;
  const top = await db.all<{ m: number | null }>('SELECT max(seq) AS m FROM articles');
  const maxSeq = Number(top[0]?.m ?? 0), lowest = Number(got.at(-1)!.seq);
  // density of matches among the newest ingested articles, and the full plan's size it implies
  const density = sample / Math.max(1, maxSeq - lowest + 1);
  const budget = Math.max(MIN_WALK, Math.ceil((density * maxSeq) / TEST_VS_ROW));
  if (want / density > budget) return null;
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
