// Refiners over the tagger's mentions, in this order (each step says why; later steps see earlier results):
// 1. trim: titles and civilities out of a person ("Secretary-General Jens Stoltenberg" → "Jens Stoltenberg",
//    "M. Macron" → "Macron"); elided articles out of any name ("l’OTAN" → "OTAN"); a possessive, trailing
//    punctuation or function words out ("NATO's" → "NATO").
// 1a. widen: a name started too late (boundaries.ts).
// 1b. split: a name run on past a boundary (see split()); 1d. part: two names run together (boundaries.ts).
// 1c. extend: a long KB name cut short (see extend()).
// 1e. retype by head word and portfolio (boundaries.ts); a person loses a leading demonym noun
//    ("l'Allemande Christiane Heinicke" → "Christiane Heinicke") and trailing post-nominals ("Helen Ashdown KC").
// 2. drop: a lone word that is never a name ("Nous", "Cela", "Le", "The"), a lone title, a lowercase word.
// 3. spread: a name tagged once is a name wherever the same capitalised words recur in the article, and a
//    person's surname alone is that person ("Stoltenberg" after "Jens Stoltenberg") — document consistency.
// 4. nest: a place named inside an organisation or event name is a place mention too ("Grande Mosquée de
//    Valence" → also "Valence"), when the article or the KB knows it as a place.
import type { EntityType } from '../../types.js';
import type { DocView } from './features.js';
import { normName, type Kb } from './kb.js';
import { CIVILITIES, NEVER_NAMES, TITLES } from './lexicon.js';
import { GROUP_ADJECTIVES_EN, NAME_INNER_EN, POSTNOMINALS_EN } from '../../lang/en/entities.js';
import { demonymAhead, part, retype, widen } from './boundaries.js';
import { MONTHS } from '../../lang/fr/entities.js';
import type { Mention } from './mentions.js';

const ELIDED = /^(?:l|d|qu|j|n|s|c|jusqu|lorsqu|puisqu)['’]$/i;
const TRAILING = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'et', 'of', 'and', 'the', 'for', 'à', 'en', "'s", '’s', "'", '’']);
const PARTICLES = new Set(['le', 'la', 'de', 'du', 'van', 'von', 'der', 'da', 'di', 'del', 'dos', 'al', 'el', 'ben', 'bin', 'ibn', 'mc', 'st']);
/** Longest name, in tokens, that step 3 looks for: bounds its work per token. */
const MAX_SPREAD_TOKENS = 6;
const HAS_UPPER = /\p{Lu}/u;
const INNER_EN = new Set(NAME_INNER_EN);
const MONTH = new Set(MONTHS);
const POSTNOMINALS = new Set(POSTNOMINALS_EN);
const GROUP_ADJECTIVES = new Set(GROUP_ADJECTIVES_EN);
/** Titles that name a person's office, never the inside of an organisation's name ("Conseil général" keeps "général"). */
const SPLITTING_TITLES = new Set(['président', 'présidente', 'ministre', 'chancelier', 'chancelière', 'secrétaire', 'sénateur', 'sénatrice',
  'president', 'minister', 'secretary', 'secretary-general', 'senator', 'chancellor', 'governor', 'ambassador', 'spokesperson',
  'spokesman', 'spokeswoman', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'm.', 'mme', 'sen.', 'rep.', 'gen.', 'judge', 'mayor', 'prince', 'king', 'queen', 'pope']);

/**
 * 1b. split: a name the tagger ran on past a boundary. In English a lowercase word other than "of", "the"…
 * ends a name ("Muslim Student Association president Sehar Memon" → the association, then "Sehar Memon");
 * in both languages an office inside a span starts a person ("US President Barack Obama" → "US", "Barack Obama").
 */
function split(v: DocView, m: Mention, lang: string): Mention[] {
  const out: Mention[] = [];
  let s = m.ti;
  let type = m.type;
  const close = (e: number): void => { if (e > s) out.push({ ...m, ti: s, tj: e, type, start: v.tokens[s]!.start, end: v.tokens[e - 1]!.end }); };
  for (let i = m.ti; i < m.tj; i++) {
    const w = v.lower[i]!;
    if (SPLITTING_TITLES.has(w) && i + 1 < m.tj && v.cap[i + 1]) { close(i); s = i + 1; type = 'PER'; continue; }
    if (lang !== 'fr' && i > m.ti && !v.cap[i] && !INNER_EN.has(w) && /\p{L}/u.test(w)) { close(i); s = i + 1; continue; }
  }
  close(m.tj);
  // a piece must start with a capital, unless the tagger itself started the name on a lowercase head ("armée syrienne")
  return out.filter((x) => v.cap[x.ti] || (x.ti === m.ti && x.tj - x.ti > 1));
}

// French adjectives that end names ("Nations unies", "Union européenne", "Forces démocratiques syriennes")
const ADJECTIVE_FR = /(?:ais|aise|ain|aine|ien|ienne|éen|éenne|ique|al|ale|aux|el|elle|if|ive|aire|é|ée|eur|ois|oise|iste|uni|unie|ial|iale|ier|ière|ard|arde|ant|ante|ent|ente|an|ane|in|ine|eux|euse|ier)s?$/u;
// French verb endings (present, imperfect, future, participles): "explique", "impressionne", "rouvrira", "pointe"
const VERB_LIKE = /(?:ique|onne|ente|ent|ait|aient|ra|era|ront|é|ée|és|ées|it|oint|pointe|ise|ose|ace|ée|nd|ut)$/u;
const INNER_FR = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", 'l’', "d'", 'd’', 'et', 'pour', 'en', 'sur', 'à', 'au', 'aux', 'sans', 'contre']);
// a verb with its subject pronoun after it ends no name ("dont-il", "a-t-il", "explique-t-elle"); other
// hyphenated lowercase words may ("Deir ez-Zor", "Front al-Nosra", "Parlement sud-coréen")
const INVERTED = /-(?:t-)?(?:il|elle|ils|elles|on|je|tu|nous|vous|ce|là|ci)$/u;
const ARTICLES = new Set(['le', 'la', 'les', 'the', 'los', 'las', 'el', 'al']);

/** May the span end at token j-1? A trailing lowercase word must be an adjective or a noun after "de", "du"… ("Bureau international du travail"). */
function goodEnd(v: DocView, ti: number, j: number): boolean {
  const w = v.lower[j - 1]!;
  if (/^[\p{P}\p{S}]+$/u.test(w) || TRAILING.has(w)) return false;
  if (j - 1 > ti && /^\d+$/.test(w)) return false;   // "Knik 200", "Minsk 2"
  if (v.cap[j - 1]) return j - 1 === ti || !NEVER_NAMES.has(w) || ARTICLES.has(w);
  if (/\d/.test(w)) return true;
  // a lowercase end word is kept unless it is a function word or reads as a verb ("Pila explique", "Apple pointe")
  if (NEVER_NAMES.has(w) || INVERTED.test(w)) return false;
  return ADJECTIVE_FR.test(w) || (j - 2 >= ti && INNER_FR.has(v.lower[j - 2]!)) || !VERB_LIKE.test(w);
}

function trim(v: DocView, m: Mention): Mention | null {
  let { ti, tj } = m;
  const low = (i: number): string => v.lower[i]!.replace(/\.$/, '');
  for (;;) {
    if (ti >= tj) return null;
    const w = v.lower[ti]!;
    if (ELIDED.test(w)) { ti++; continue; }
    // "Que Marianne", "Pour Apple": a word that is never a name opens no multi-word name (articles may: "La Haye")
    // …nor does a particle before a capitalised surname ("De Gendt", "de Gaulle", "Du Bellay")
    if (tj - ti > 1 && NEVER_NAMES.has(w) && !ARTICLES.has(w) && !(m.type === 'PER' && PARTICLES.has(w) && v.cap[ti + 1])) { ti++; continue; }
    if (m.type === 'PER' && tj - ti > 1 && (CIVILITIES.has(w) || CIVILITIES.has(low(ti)) || TITLES.has(w) || TITLES.has(low(ti)))) { ti++; continue; }
    break;
  }
  while (tj > ti && !goodEnd(v, ti, tj)) tj--;
  while (m.type === 'PER' && tj - ti > 2 && POSTNOMINALS.has(v.lower[tj - 1]!)) tj--;
  if (tj <= ti) return null;
  return { ...m, ti, tj, start: v.tokens[ti]!.start, end: v.tokens[tj - 1]!.end };
}

function keep(v: DocView, m: Mention, kb: Kb): boolean {
  const w = v.lower[m.ti]!;
  if (!HAS_UPPER.test(v.tokens[m.ti]!.text) && !/\d/.test(w) && m.tj - m.ti === 1) return false;
  if (m.tj - m.ti === 1 && (NEVER_NAMES.has(w) || TITLES.has(w) || CIVILITIES.has(w) || GROUP_ADJECTIVES.has(w))) return false;
  // "September 22", "Mai 2017": a date
  if (MONTH.has(w) && (m.tj - m.ti === 1 || /^\d/.test(v.lower[m.ti + 1]!))) return false;
  // a lone demonym ("American", "Russes") is an adjective or a people, not a country ("Suisse" is both: kept)
  if (m.tj - m.ti === 1 && kb.byDemonym.has(normName(w)) && !kb.byName.has(normName(w))) return false;
  return true;
}

/**
 * 1c. extend: a long KB name the tagger cut short ("Organisation pour la sécurité" → "Organisation pour la
 * sécurité et la coopération en Europe"): when the words from the mention's start spell a longer KB name.
 */
function extend(v: DocView, m: Mention, kb: Kb): Mention {
  const cands = kb.phrases.get(normName(v.lower[m.ti]!));
  if (!cands) return m;
  for (const p of cands) {
    if (p.length <= m.tj - m.ti || m.ti + p.length > v.tokens.length) continue;
    let ok = true;
    for (let k = 1; ok && k < p.length; k++) ok = (normName(v.lower[m.ti + k]!) || v.lower[m.ti + k]) === p[k];
    if (ok) return { ...m, tj: m.ti + p.length, end: v.tokens[m.ti + p.length - 1]!.end };
  }
  return m;
}

/** Applies the refiners in order; returns mentions sorted by start (nested ones may overlap their container). */
export function refine(text: string, v: DocView, raw: readonly Mention[], kb: Kb, lang: string): Mention[] {
  // 1–2
  const ms: Mention[] = [];
  for (let r = 0; r < raw.length; r++) {
    const last = ms.length ? ms[ms.length - 1]! : null;
    const floor = Math.max(r > 0 ? raw[r - 1]!.tj : 0, last ? last.tj : 0);
    // a short mention right before may be a modifier of this name ("Zero" + "Methane Alliance", "Manchester Crown" + "Court")
    const absorb = last && last.tj === raw[r]!.ti && (last.tj - last.ti === 1 || (last.type !== 'PER' && last.tj - last.ti <= 2)) ? last.ti : floor;
    const w = widen(v, raw[r]!, kb, lang, floor, absorb);
    if (last && w.ti < raw[r]!.ti && w.ti <= last.ti) ms.pop();
    for (const x of split(v, w, lang)) {
      for (const y of part(v, x, kb)) {
        let m = trim(v, extend(v, y, kb));
        if (m) m = retype(v, m, kb, lang);
        if (m && m.type === 'PER' && demonymAhead(v, kb, m.ti, m.tj)) m = trim(v, { ...m, ti: m.ti + 1, start: v.tokens[m.ti + 1]!.start });
        // a mention swallowed by an extended one before it is dropped (step 4 re-adds places inside names)
        if (m && keep(v, m, kb) && !(ms.length && ms[ms.length - 1]!.end >= m.end)) ms.push(m);
      }
    }
  }
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
