// Links a new article to the corpus: republished copy (MinHash LSH), translated copy (fact blocking),
// story (blocking on main entities within a date window). Each step reads a bounded candidate list.
import type { Analysis } from '../../types.js';
import type { Db } from '../db.js';
import {
  DUP_THRESHOLD, STORY_MIN_SHARED, STORY_WINDOW_DAYS, dupKeys, factKeys, facts, mainEntities, sameFacts, shingleSignature,
} from '../link/features.js';
import { fromHex, similarity, toHex } from '../link/minhash.js';
import { insertRows, marks } from './rows.js';

/** Stories read a main entity: entities in thousands of stories must not go quadratic. */
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

interface Candidate { space: number; seq: number; id: string; lang: string; sig: string | null; duplicate_of: string | null; translation_of: string | null; story_id: number | null }

/**
 * Articles checked a look-up, those sharing the most keys first: a copy (Jaccard ≥ 0.7) shares about 4 of the 16
 * bands, an article merely on the same subject (≈ 0.3) seldom more than one, so the copy ranks first and the
 * signatures read stay few however many articles share a band.
 */
const LINK_CANDIDATES = 20;

/**
 * Near-duplicate candidates (key space 1, with their MinHash) and translation candidates (key space 2, those in other
 * languages among the best ranked, with their fact lists), in one query (one round trip), each list ranked by keys shared.
 */
async function candidates(db: Db, dup: readonly number[], tr: readonly number[], lang: string): Promise<{ dup: Candidate[]; tr: Candidate[] }> {
  const parts: string[] = [];
  const params: (number | string)[] = [];
  const cols = 'a.seq, a.id, a.lang, a.duplicate_of, a.translation_of, a.story_id';
  // the key index drives (a plan walking articles in seq order and probing lsh was quadratic on PostgreSQL)
  if (dup.length) {
    parts.push(`SELECT 1 AS space, k1.shared, ${cols}, d.minhash AS sig FROM (SELECT article_seq, COUNT(*) AS shared FROM lsh
      WHERE key IN (${marks(dup.length)}) GROUP BY article_seq ORDER BY shared DESC, article_seq LIMIT ${LINK_CANDIDATES}) AS k1
      JOIN articles a ON a.seq = k1.article_seq JOIN article_docs d ON d.seq = a.seq`);
    params.push(...dup);
  }
  if (tr.length) {
    // ranked on the key index alone (filtering languages there read an article row for each of hundreds of key matches)
    parts.push(`SELECT 2 AS space, k2.shared, ${cols}, d.tkeys AS sig FROM (SELECT article_seq, COUNT(*) AS shared FROM lsh
      WHERE key IN (${marks(tr.length)}) GROUP BY article_seq ORDER BY shared DESC, article_seq LIMIT ${LINK_CANDIDATES}) AS k2
      JOIN articles a ON a.seq = k2.article_seq JOIN article_docs d ON d.seq = a.seq WHERE a.lang <> ?`);
    params.push(...tr, lang);
  }
  if (!parts.length) return { dup: [], tr: [] };
  const rows = await db.all<Candidate & { shared: number }>(parts.join(' UNION ALL '), params);
  rows.sort((x, y) => Number(y.shared) - Number(x.shared) || Number(x.seq) - Number(y.seq));
  return { dup: rows.filter((r) => Number(r.space) === 1), tr: rows.filter((r) => Number(r.space) === 2) };
}

/** Finds the article's original (same language) or translation (other language) and the story of either. */
export async function linkArticle(db: Db, a: Analysis): Promise<Links> {
  const sig = shingleSignature(a.text);
  const dk = dupKeys(sig);
  const f = facts(a);
  const fk = factKeys(f);
  const out: Links = { duplicateOf: null, translationOf: null, story: null, minhash: toHex(sig), facts: f, lshKeys: [] };
  const cands = await candidates(db, dk, fk, a.lang);
  for (const c of cands.dup) {
    if (c.sig && similarity(sig, fromHex(c.sig)) >= DUP_THRESHOLD) {
      out.duplicateOf = c.duplicate_of ?? c.id;   // name the first article, not a copy of it
      out.story = c.story_id === null ? null : Number(c.story_id);
      return out;   // a copy adds nothing to the index: its original answers for it
    }
  }
  for (const c of cands.tr) {
    if (c.lang !== a.lang && c.sig && sameFacts(f, JSON.parse(c.sig) as string[])) {
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
    // one query for all main entities: each branch keeps its own most recent MAX_CANDIDATES stories
    const rows = await db.all<{ story_id: number }>(main.map((_, i) => `SELECT story_id FROM (SELECT story_id FROM story_keys
      WHERE entity_id = ?${window} ORDER BY last DESC LIMIT ${MAX_CANDIDATES}) AS k${i}`).join(' UNION ALL '), main.flatMap((e) => [e, ...bounds]));
    const shared = new Map<number, number>();
    for (const r of rows) shared.set(Number(r.story_id), (shared.get(Number(r.story_id)) ?? 0) + 1);
    let best = 0;
    for (const [s, n] of shared) if (n >= STORY_MIN_SHARED && (n > best || (n === best && s > (story ?? 0)))) { best = n; story = s; }
  }
  if (story === null) {
    const [r] = await db.all<{ id: number }>('INSERT INTO stories (first, last, size) VALUES (?, ?, 1) RETURNING id', [day || null, day || null]);
    story = Number(r!.id);
  } else if (day) {
    await db.run(`UPDATE stories SET size = size + 1, first = CASE WHEN first IS NOT NULL AND first < ? THEN first ELSE ? END,
      last = CASE WHEN last IS NOT NULL AND last > ? THEN last ELSE ? END WHERE id = ?`, [day, day, day, day, story]);
  } else await db.run('UPDATE stories SET size = size + 1 WHERE id = ?', [story]);
  const sid = story;
  await insertRows(db, 'story_keys', [['entity_id', 'bigint'], ['story_id', 'bigint'], ['last', 'text']], main.map((e) => [e, sid, day]),
    'ON CONFLICT (entity_id, story_id) DO UPDATE SET last = CASE WHEN excluded.last > story_keys.last THEN excluded.last ELSE story_keys.last END');
  return story;
}
