// What the cross-article links compare: word shingles (near-duplicates), language-independent facts in
// text order (translations: entities by KB id or name, numbers, dates, quoted speakers) and main entities (stories).
import type { Analysis, Entity } from '../../types.js';
import { bandKeys, fnv1a, minhash } from './minhash.js';
import { norm } from './norm.js';

const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Words a shingle: 5-word shingles survive light edits but not rewrites (MMDS §3.2 uses 5–9 for news). */
export const SHINGLE_WORDS = 5;
/** MinHash values for near-duplicates: 16 bands × 4 rows, so pairs above Jaccard ≈ 0.5 become candidates. */
export const DUP_HASHES = 64, DUP_BANDS = 16, DUP_ROWS = 4;
/** Estimated Jaccard at or above which an article is a republished copy (edited headers, bylines, ads differ). */
export const DUP_THRESHOLD = 0.7;
/** Translation blocking: 8 bands × 2 rows over the fact set, so pairs sharing ≈ 35 % of facts become candidates. */
export const TR_HASHES = 16, TR_BANDS = 8, TR_ROWS = 2;
/** Facts that must agree for a translation: at least this many, covering this share of the richer article (a short follow-up is not a translation). */
export const TR_MIN_COMMON = 4, TR_MIN_SHARE = 0.6;
/** Facts kept an article (the first ones): bounds the order check, which is quadratic in this. */
export const TR_MAX_FACTS = 60;
/** Key spaces of the lsh table. */
export const SPACE_DUP = 1, SPACE_TR = 2;

/** The near-duplicate signature of a body. */
export function shingleSignature(text: string): Uint32Array {
  // copies keep their accents: lower case and word breaks are enough, and skip norm()'s costly NFD pass
  const words = text.toLowerCase().split(NON_WORD).filter(Boolean);
  if (words.length < SHINGLE_WORDS) return minhash([fnv1a(words.join(' '))], DUP_HASHES);
  // FNV-1a of "w1 w2 w3 w4 w5" hashed in place (no joined string an offset); a repeated shingle leaves the minima as they are
  const hashes = new Uint32Array(words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < hashes.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE_WORDS; k++) {
      if (k > i) h = Math.imul(h ^ 0x20, 0x01000193);
      const w = words[k]!;
      for (let j = 0; j < w.length; j++) h = Math.imul(h ^ w.charCodeAt(j), 0x01000193);
    }
    hashes[i] = h >>> 0;
  }
  return minhash(hashes, DUP_HASHES);
}

/** Near-duplicate LSH keys of a signature. */
export function dupKeys(sig: Uint32Array): number[] {
  return bandKeys(sig, DUP_BANDS, DUP_ROWS, SPACE_DUP);
}

/** An entity's cross-language key: its KB id, else its normalised name. */
export function entityKey(e: Pick<Entity, 'kb' | 'name'>): string {
  return e.kb ? `k:${e.kb}` : `e:${norm(e.name)}`;
}

/** An analysis's language-independent facts in text order: "e:…"/"k:…" entities, "n:…" numbers, "d:…" dates, "s:…" speakers. */
export function facts(a: Analysis): string[] {
  const at: [number, string][] = [];
  for (const e of a.entities) {
    const first = e.mentions[0]?.start ?? 0;
    at.push([first, entityKey(e)]);
    // aliases make "OTAN" and "NATO" meet even without a KB id
    for (const al of e.aliases ?? []) if (!e.kb) at.push([first, `e:${norm(al)}`]);
  }
  for (const q of a.quantities) if (Number.isFinite(q.value)) at.push([q.start, `n:${q.value}`]);
  for (const t of a.timexes) if (/^\d{4}-\d{2}(-\d{2})?$/.test(t.value)) at.push([t.start, `d:${t.value}`]);
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  for (const q of a.quotes) {
    const e = q.speaker?.entity ? byId.get(q.speaker.entity) : undefined;
    if (e) at.push([q.start, `s:${entityKey(e).slice(2)}`]);
  }
  at.sort((x, y) => x[0] - y[0]);
  const seen = new Set<string>(), out: string[] = [];
  for (const [, k] of at) if (!seen.has(k) && out.length < TR_MAX_FACTS) { seen.add(k); out.push(k); }
  return out;
}

/** Translation blocking keys of a fact list (none when too few facts to judge). */
export function factKeys(f: readonly string[]): number[] {
  if (f.length < TR_MIN_COMMON) return [];
  return bandKeys(minhash(f.map(fnv1a), TR_HASHES), TR_BANDS, TR_ROWS, SPACE_TR);
}

/** Length of the longest common subsequence (facts in the same order). */
function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const cur = [0];
    for (let j = 0; j < b.length; j++) cur.push(x === b[j] ? prev[j]! + 1 : Math.max(prev[j + 1]!, cur[j]!));
    prev = cur;
  }
  return prev[b.length]!;
}

/** True when two fact lists agree enough, in the same order, to be one article in two languages. */
export function sameFacts(a: readonly string[], b: readonly string[]): boolean {
  const sb = new Set(b);
  const common = a.filter((x) => sb.has(x));
  if (common.length < TR_MIN_COMMON || common.length < TR_MIN_SHARE * Math.max(a.length, b.length)) return false;
  const sa = new Set(a);
  return lcs(common, b.filter((x) => sa.has(x))) >= TR_MIN_SHARE * common.length;
}

/** Entities that make a story: at most this many, the most mentioned. */
export const STORY_ENTITIES = 5;
/** Main entities an article must share with a story to join it. */
export const STORY_MIN_SHARED = 2;
/** Days between an article and a story's last article for them to be one story. */
export const STORY_WINDOW_DAYS = 7;

/** The local ids of the article's main entities, most mentioned first. */
export function mainEntities(a: Analysis): string[] {
  return [...a.entities]
    .sort((x, y) => y.mentions.length - x.mentions.length || (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0))
    .slice(0, STORY_ENTITIES)
    .map((e) => e.id);
}
