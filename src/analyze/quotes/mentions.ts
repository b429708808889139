// The entities layer's mentions, sorted once per article so that linking a speaker to an entity is a binary
// search, not a pass over every mention of the article: an article with thousands of quotes and thousands of
// mentions stays about linear (n log n). Each look-up gives the same answer as the plain scan it replaces.
import type { Entity } from '../../types.js';

/** One mention with its entity's position in the layer (ties go to the earlier entity, as in a plain scan). */
interface Ref { start: number; end: number; ent: number }

/** The entities with their mentions sorted by start and by end, built once per article. */
export interface MentionIndex {
  readonly entities: readonly Entity[];
  /** Every mention by start (then entity order); `maxEnd[i]` is the largest end among byStart[0..i]. */
  readonly byStart: readonly Ref[];
  readonly maxEnd: Int32Array;
  /** Person mentions by end, for pronouns of each gender ('m', 'f', any), among the compatible entities. */
  readonly byEnd: { readonly m: readonly Ref[]; readonly f: readonly Ref[]; readonly any: readonly Ref[] };
  /** Lower-case entity name → entity indices; a person's name without its first word(s) → person indices. */
  readonly byName: ReadonlyMap<string, number[]>;
  readonly bySurname: ReadonlyMap<string, number[]>;
  /** People with recorded roles (what resolveRole reads), and the sorted starts of their mentions. */
  readonly withRoles: readonly Entity[];
  readonly roleStarts: ReadonlyMap<Entity, readonly number[]>;
  /** Mentions and names visited by look-ups so far: work counted for the linearity test, not a timing. */
  steps: number;
}

/** Index of the first ref in `xs` whose key is ≥ `x` (binary search). */
function lowerBound(xs: readonly Ref[], x: number, key: 'start' | 'end'): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]![key] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

const push = (m: Map<string, number[]>, k: string, v: number): void => {
  const a = m.get(k);
  if (!a) m.set(k, [v]); else if (a[a.length - 1] !== v) a.push(v);
};

/** Sorts the mentions of `entities` once; O(M log M). */
export function indexMentions(entities: readonly Entity[]): MentionIndex {
  const all: Ref[] = [];
  const m: Ref[] = [], f: Ref[] = [], any: Ref[] = [];
  const byName = new Map<string, number[]>(), bySurname = new Map<string, number[]>();
  const withRoles: Entity[] = [];
  entities.forEach((e, ent) => {
    push(byName, e.name.toLowerCase(), ent);
    const g = (e as { gender?: 'm' | 'f' | null }).gender ?? null;
    if (e.type === 'PER') {
      const low = e.name.toLowerCase();
      for (let k = low.indexOf(' '); k >= 0; k = low.indexOf(' ', k + 1)) push(bySurname, low.slice(k + 1), ent);
      if ((e as { roles?: string[] }).roles?.length) withRoles.push(e);
    }
    for (const x of e.mentions) {
      const r = { start: x.start, end: x.end, ent };
      all.push(r);
      if (e.type !== 'PER') continue;
      any.push(r);
      if (g !== 'f') m.push(r);
      if (g !== 'm') f.push(r);
    }
  });
  // Array.prototype.sort is stable: equal keys keep entity order
  all.sort((x, y) => x.start - y.start);
  for (const xs of [m, f, any]) xs.sort((x, y) => x.end - y.end);
  const maxEnd = new Int32Array(all.length);
  let mx = -1;
  all.forEach((r, i) => { mx = Math.max(mx, r.end); maxEnd[i] = mx; });
  const roleStarts = new Map(withRoles.map((e) => [e, e.mentions.map((x) => x.start).sort((x, y) => x - y)] as const));
  return { entities, byStart: all, maxEnd, byEnd: { m, f, any }, byName, bySurname, withRoles, roleStarts, steps: 0 };
}

/** The entity with a mention overlapping [s, e), people first; or one whose name (or a PER name's end) is `name`. */
export function linkEntity(ix: MentionIndex, s: number, e: number, name: string): Entity | null {
  const low = name.toLowerCase();
  // the plain scan took the first hit in entity order, replaced only by the first person: keep the least indices
  let first = -1, firstPer = -1;
  const hit = (i: number): void => {
    ix.steps++;
    if (first < 0 || i < first) first = i;
    if (ix.entities[i]!.type === 'PER' && (firstPer < 0 || i < firstPer)) firstPer = i;
  };
  // mentions starting before e, walked back while some mention that far back still reaches past s
  for (let k = lowerBound(ix.byStart, e, 'start') - 1; k >= 0 && ix.maxEnd[k]! > s; k--) {
    ix.steps++;
    if (ix.byStart[k]!.end > s) hit(ix.byStart[k]!.ent);
  }
  for (const i of ix.byName.get(low) ?? []) hit(i);
  if (low.length > 2) for (const i of ix.bySurname.get(low) ?? []) hit(i);
  const best = firstPer >= 0 ? firstPer : first;
  return best >= 0 ? ix.entities[best]! : null;
}

/** The last person mention lying within [s0, e0) that `keep` accepts, with its entity, or null. */
export function lastPersonWithin(ix: MentionIndex, s0: number, e0: number, keep: (start: number) => boolean): { ent: Entity; start: number; end: number } | null {
  let best: Ref | null = null;
  for (let k = lowerBound(ix.byStart, s0, 'start'); k < ix.byStart.length && ix.byStart[k]!.start < e0; k++) {
    ix.steps++;
    const r = ix.byStart[k]!;
    // ties on start: the earlier entity, as the plain scan kept the first it met
    if (r.end > e0 || ix.entities[r.ent]!.type !== 'PER' || (best && r.start === best.start && r.ent >= best.ent) || !keep(r.start)) continue;
    best = r;
  }
  return best ? { ent: ix.entities[best.ent]!, start: best.start, end: best.end } : null;
}

/** The person whose mention ends last at or before `at`, of a gender compatible with `g` (entities' resolvePronoun). */
export function pronounTarget(ix: MentionIndex, at: number, g: 'm' | 'f' | null): Entity | null {
  const xs = g === 'm' ? ix.byEnd.m : g === 'f' ? ix.byEnd.f : ix.byEnd.any;
  let k = lowerBound(xs, at + 1, 'end') - 1;
  if (k < 0) return null;
  // among mentions ending at the same offset, the earliest entity (a plain scan keeps the first it meets)
  let best = xs[k]!.ent;
  for (const end = xs[k]!.end; k > 0 && xs[k - 1]!.end === end; k--) { ix.steps++; best = Math.min(best, xs[k - 1]!.ent); }
  ix.steps++;
  return ix.entities[best]!;
}

/** The last mention start of role holder `e` before `at`, or -1 (binary search). */
export function lastStartBefore(ix: MentionIndex, e: Entity, at: number): number {
  const xs = ix.roleStarts.get(e) ?? [];
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]! < at) lo = mid + 1; else hi = mid; }
  ix.steps++;
  return lo > 0 ? xs[lo - 1]! : -1;
}
