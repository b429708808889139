// Refiners over the tagger's mentions, in this order (each step says why; later steps see earlier results):
// 1. trim: titles and civilities out of a person ("Secretary-General Jens Stoltenberg" → "Jens Stoltenberg",
//    "M. Macron" → "Macron"); elided articles out of any name ("l’OTAN" → "OTAN"); a possessive, trailing
//    punctuation or function words out ("NATO's" → "NATO").
// 2. drop: a lone word that is never a name ("Nous", "Cela", "Le", "The"), a lone title, a lowercase word.
// 3. spread: a name tagged once is a name wherever the same capitalised words recur in the article, and a
//    person's surname alone is that person ("Stoltenberg" after "Jens Stoltenberg") — document consistency.
// 4. nest: a place named inside an organisation or event name is a place mention too ("Grande Mosquée de
//    Valence" → also "Valence"), when the article or the KB knows it as a place.
import type { EntityType } from '../../types.js';
import type { DocView } from './features.js';
import { normName, type Kb } from './kb.js';
import { CIVILITIES, NEVER_NAMES, TITLES } from './lexicon.js';
import type { Mention } from './mentions.js';

const ELIDED = /^(?:l|d|qu|j|n|s|c|jusqu|lorsqu|puisqu)['’]$/i;
const TRAILING = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'of', 'and', 'the', 'for', 'à', 'en', "'s", '’s', "'", '’']);
const PARTICLES = new Set(['le', 'la', 'de', 'du', 'van', 'von', 'der', 'da', 'di', 'del', 'dos', 'al', 'el', 'ben', 'bin', 'ibn', 'mc', 'st']);
/** Longest name, in tokens, that step 3 looks for: bounds its work per token. */
const MAX_SPREAD_TOKENS = 6;
const HAS_UPPER = /\p{Lu}/u;

function trim(v: DocView, m: Mention): Mention | null {
  let { ti, tj } = m;
  const low = (i: number): string => v.lower[i]!.replace(/\.$/, '');
  for (;;) {
    if (ti >= tj) return null;
    const w = v.lower[ti]!;
    if (ELIDED.test(w)) { ti++; continue; }
    if (m.type === 'PER' && tj - ti > 1 && (CIVILITIES.has(w) || CIVILITIES.has(low(ti)) || TITLES.has(w) || TITLES.has(low(ti)))) { ti++; continue; }
    break;
  }
  while (tj > ti && (TRAILING.has(v.lower[tj - 1]!) || /^[\p{P}\p{S}]+$/u.test(v.tokens[tj - 1]!.text))) tj--;
  if (tj <= ti) return null;
  return { ...m, ti, tj, start: v.tokens[ti]!.start, end: v.tokens[tj - 1]!.end };
}

function keep(v: DocView, m: Mention): boolean {
  const w = v.lower[m.ti]!;
  if (!HAS_UPPER.test(v.tokens[m.ti]!.text) && !/\d/.test(w)) return false;
  if (m.tj - m.ti === 1 && (NEVER_NAMES.has(w) || TITLES.has(w) || CIVILITIES.has(w))) return false;
  return true;
}

/** Applies the refiners in order; returns mentions sorted by start (nested ones may overlap their container). */
export function refine(text: string, v: DocView, raw: readonly Mention[], kb: Kb): Mention[] {
  // 1–2
  const ms: Mention[] = [];
  for (const r of raw) { const m = trim(v, r); if (m && keep(v, m)) ms.push(m); }
  // 3. spread: known names (token sequences) by first token
  const known = new Map<string, { words: string[]; type: EntityType }[]>();
  const learn = (words: string[], type: EntityType): void => {
    if (!words.length || !HAS_UPPER.test(words[0]!) || (words.length === 1 && NEVER_NAMES.has(words[0]!.toLowerCase()))) return;
    const k = words[0]!;
    const l = known.get(k) ?? [];
    if (l.length < 8 && !l.some((x) => x.words.join(' ') === words.join(' '))) l.push({ words, type });
    known.set(k, l);
  };
  for (const m of ms) {
    if (m.tj - m.ti > MAX_SPREAD_TOKENS) continue;
    const words = v.tokens.slice(m.ti, m.tj).map((t) => t.text);
    learn(words, m.type);
    if (m.type === 'PER' && words.length >= 2) {
      const n = words.length;
      learn(PARTICLES.has(words[n - 2]!.toLowerCase()) ? words.slice(n - 2) : words.slice(n - 1), 'PER');
    }
  }
  const covered = new Uint8Array(v.tokens.length);
  for (const m of ms) covered.fill(1, m.ti, m.tj);
  const added: Mention[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    if (covered[i]) continue;
    const cands = known.get(v.tokens[i]!.text);
    if (!cands) continue;
    let best: { words: string[]; type: EntityType } | null = null;
    for (const c of cands) {
      if (best && c.words.length <= best.words.length) continue;
      let ok = i + c.words.length <= v.tokens.length;
      for (let k = 1; ok && k < c.words.length; k++) ok = !covered[i + k] && v.tokens[i + k]!.text === c.words[k];
      // the next token must not continue a longer capitalised name ("Paris" is not a mention inside "Paris Match")
      const nx = v.tokens[i + c.words.length];
      if (ok && nx && v.cap[i + c.words.length] && !v.initial[i + c.words.length] && nx.start - v.tokens[i + c.words.length - 1]!.end <= 1) ok = false;
      if (ok) best = c;
    }
    if (!best) continue;
    const j = i + best.words.length;
    added.push({ start: v.tokens[i]!.start, end: v.tokens[j - 1]!.end, type: best.type, ti: i, tj: j });
    covered.fill(1, i, j);
    i = j - 1;
  }
  // 4. nest: places inside organisation and event names
  const places = new Set<string>();
  for (const m of [...ms, ...added]) if (m.type === 'LOC') places.add(normName(text.slice(m.start, m.end)));
  const nested: Mention[] = [];
  for (const m of ms) {
    if ((m.type !== 'ORG' && m.type !== 'MISC') || m.tj - m.ti < 2) continue;
    for (let i = m.ti + 1; i < m.tj; i++) {
      if (!v.cap[i]) continue;
      const k = normName(v.tokens[i]!.text);
      const e = kb.byName.get(k);
      if (places.has(k) || (e && e.type === 'LOC')) nested.push({ start: v.tokens[i]!.start, end: v.tokens[i]!.end, type: 'LOC', ti: i, tj: i + 1 });
    }
  }
  return [...ms, ...added, ...nested].sort((a, b) => a.start - b.start || b.end - a.end);
}
