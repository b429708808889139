// Links a new article to the corpus: republished copy (MinHash LSH), translated copy (fact blocking),
// story (blocking on main entities within a date window). Each step reads a bounded candidate list.
import type { Analysis } from '../../types.js';
import type { Db } from '../db.js';
import {
  DUP_THRESHOLD, STORY_MIN_SHARED, STORY_WINDOW_DAYS, dupKeys, factKeys, facts, mainEntities, sameFacts, shingleSignature,
} from '../link/features.js';
import { fromHex, similarity, toHex } from '../link/minhash.js';
import { marks } from './rows.js';

/** Candidates read a look-up: keys shared by thousands of articles (boilerplate) must not go quadratic. */
const MAX_CANDIDATES = 50;

/** What linking decided, and the keys to index with the article. */
export interface Links {
  duplicateOf: string | null;
  translationOf: string | null;
  story: number | null;
  minhash: string;
  facts: string[];
  lshKeys: number[];
}

interface Candidate { seq: number; id: string; lang: string; minhash: string | null; tkeys: string | null; duplicate_of: string | null; translation_of: string | null; story_id: number | null }

async function candidates(db: Db, keys: readonly number[]): Promise<Candidate[]> {
  if (!keys.length) return [];
  return db.all<Candidate>(
    `SELECT a.seq, a.id, a.lang, a.minhash, a.tkeys, a.duplicate_of, a.translation_of, a.story_id FROM articles a
     WHERE a.seq IN (SELECT article_seq FROM lsh WHERE key IN (${marks(keys.length)})) ORDER BY a.seq LIMIT ${MAX_CANDIDATES}`, keys);
}

/** Finds the article's original (same language) or translation (other language) and the story of either. */
export async function linkArticle(db: Db, a: Analysis): Promise<Links> {
  const sig = shingleSignature(a.text);
  const dk = dupKeys(sig);
  const f = facts(a);
  const fk = factKeys(f);
  const out: Links = { duplicateOf: null, translationOf: null, story: null, minhash: toHex(sig), facts: f, lshKeys: [] };
  for (const c of await candidates(db, dk)) {
    if (c.minhash && similarity(sig, fromHex(c.minhash)) >= DUP_THRESHOLD) {
      out.duplicateOf = c.duplicate_of ?? c.id;   // name the first article, not a copy of it
      out.story = c.story_id === null ? null : Number(c.story_id);
      return out;   // a copy adds nothing to the index: its original answers for it
    }
  }
  for (const c of await candidates(db, fk)) {
    if (c.lang !== a.lang && c.tkeys && sameFacts(f, JSON.parse(c.tkeys) as string[])) {
      out.translationOf = c.translation_of ?? c.id;
      out.story = c.story_id === null ? null : Number(c.story_id);
      break;
    }
  }
  out.lshKeys = [...dk, ...fk];
  return out;
}

/** YYYY-MM-DD shifted by `days`. */
function shift(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The story an article joins (given one from its original, else the best sharing ≥ 2 main entities), created when none. */
export async function assignStory(db: Db, a: Analysis, entityIds: Map<string, number>, given: number | null): Promise<number> {
  const main = [...new Set(mainEntities(a).map((l) => entityIds.get(l)).filter((x): x is number => x !== undefined))];
  const day = a.published ?? '';
  let story = given;
  if (story === null && main.length >= STORY_MIN_SHARED) {
    const window = day ? ' AND last >= ? AND last <= ?' : '';
    const bounds = day ? [shift(day, -STORY_WINDOW_DAYS), shift(day, STORY_WINDOW_DAYS)] : [];
    const shared = new Map<number, number>();
    for (const e of main) {
      const rows = await db.all<{ story_id: number }>(
        `SELECT story_id FROM story_keys WHERE entity_id = ?${window} ORDER BY last DESC LIMIT ${MAX_CANDIDATES}`, [e, ...bounds]);
      for (const r of rows) shared.set(Number(r.story_id), (shared.get(Number(r.story_id)) ?? 0) + 1);
    }
    let best = 0;
    for (const [s, n] of shared) if (n >= STORY_MIN_SHARED && (n > best || (n === best && s > (story ?? 0)))) { best = n; story = s; }
  }
  if (story === null) {
    const [r] = await db.all<{ id: number }>('INSERT INTO stories (first, last, size) VALUES (?, ?, 0) RETURNING id', [day || null, day || null]);
    story = Number(r!.id);
  }
  const [s] = await db.all<{ first: string | null; last: string | null }>('SELECT first, last FROM stories WHERE id = ?', [story]);
  const first = !day ? s?.first ?? null : s?.first && s.first < day ? s.first : day;
  const last = !day ? s?.last ?? null : s?.last && s.last > day ? s.last : day;
  await db.run('UPDATE stories SET size = size + 1, first = ?, last = ? WHERE id = ?', [first, last, story]);
  for (const e of main) {
    await db.run(`INSERT INTO story_keys (entity_id, story_id, last) VALUES (?, ?, ?)
      ON CONFLICT (entity_id, story_id) DO UPDATE SET last = CASE WHEN excluded.last > story_keys.last THEN excluded.last ELSE story_keys.last END`, [e, story, day]);
  }
  return story;
}
