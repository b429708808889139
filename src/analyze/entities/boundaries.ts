// Boundary refiners (refine.ts steps 1a, 1d, 1e): where a name starts and ends, and what its head word says it is.
// 1a. widen: a name the tagger started too late — a KB name spelled from an earlier word ("Saudi Arabia" tagged
//     "Arabia"), a building or office head before "de"/"of" ("au Palais des Nations" tagged "Nations"), English
//     capitalised modifiers before an organisation or place head ("The Charity Commission" tagged "Commission",
//     "of Zero Methane Alliance" tagged "Zero" + "Methane Alliance").
// 1d. part: two names the tagger ran together — a KB name followed by a person ("l'envoyée des Nations unies
//     Maren Lindtvedt"), a name followed by a first name and surname, or two KB names joined by "and"/"et"
//     ("the United States and Japan").
// 1e. retype: the head word decides the type of a multi-word name — "Chicago Marathon" is an event, "River
//     Clyde" and "Pennsylvania Avenue" places, "Northwind Robotics" a company (never people); a capitalised
//     ministerial portfolio after an office ("ministre éthiopien de l'Eau", "commissaire européen au Climat")
//     names a ministry, not a place.
import type { EntityType } from '../../types.js';
import type { DocView } from './features.js';
import { kbMatch, normName, type Kb, type KbEntry } from './kb.js';
import { CIVILITIES, firstNameGender, NEVER_NAMES, TITLES } from './lexicon.js';
import type { Mention } from './mentions.js';
import { EVENT_WORDS_FR, ORG_WORDS_FR, PLACE_WORDS_FR, PORTFOLIO_OFFICES_FR, PORTFOLIOS_FR, ROLE_NOUNS_FR } from '../../lang/fr/entities.js';
import { EVENT_WORDS_EN, ORG_SUFFIXES_EN, ORG_WORDS_EN, PLACE_SUFFIXES_EN, PLACE_WORDS_EN, ROLE_NOUNS_EN } from '../../lang/en/entities.js';

// "Tour de France" is a race, not a tower: 'tour' heads no place here
const PLACE_HEADS = new Set([...PLACE_WORDS_FR, ...PLACE_WORDS_EN, ...PLACE_SUFFIXES_EN].filter((w) => w !== 'tour'));
const ORG_HEADS = new Set([...ORG_WORDS_FR, ...ORG_WORDS_EN, ...ORG_SUFFIXES_EN]);
// administrative nouns head no building: "Ville de Paris" is Paris (as WiNER annotates it), "Region of Murcia" Murcia
const ADMIN = new Set(['ville', 'city', 'région', 'region', 'province', 'département', 'comté', 'county', 'village', 'district', 'quartier', 'state', 'base', 'centre', 'center']);
const EVENT_LAST = new Set(EVENT_WORDS_EN);
const ROLES = new Set([...ROLE_NOUNS_FR, ...ROLE_NOUNS_EN]);
/** Words before a mention that step 1d searches for a role noun ("l'envoyée spéciale des Nations unies …"). */
const ROLE_WINDOW = 4;
const EVENT_FIRST = new Set(EVENT_WORDS_FR);
/** Place heads that come first in a name and never start a person's ("River Clyde", "Lake Geneva", "Mont Blanc"). */
const PLACE_FIRST = new Set(['river', 'lake', 'mount', 'cape', 'gulf', 'bay', 'fort', 'glacier', 'strait', 'isle', 'lac', 'mont', 'cap',
  'golfe', 'baie', 'île', 'rue', 'avenue', 'boulevard', 'place', 'détroit', 'canal', 'fleuve', 'rivière']);
/** Place heads that no organisation ends with ("Pennsylvania Avenue", "Hudson River", "Sinai Peninsula"). */
const STREETS = new Set(['street', 'avenue', 'road', 'square', 'bridge', 'lane', 'drive', 'boulevard', 'highway', 'parkway', 'motorway',
  'freeway', 'river', 'lake', 'mountain', 'mountains', 'island', 'islands', 'creek', 'canyon', 'glacier', 'gulf', 'sea', 'ocean',
  'peninsula', 'strait', 'valley', 'desert', 'coast', 'falls', 'heights']);
const DIRECTIONS = new Set(['greater', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'central', 'inner', 'outer']);
/** Heads that are never surnames: a person-tagged name ending in one is the place or body. */
const STRONG_HEADS = new Set(['center', 'centre', 'airport', 'stadium', 'university', 'institute', 'foundation', 'museum', 'memorial',
  'library', 'hospital', 'school', 'college', 'building', 'company', 'corporation', 'université', 'aéroport', 'stade', 'musée',
  'hôpital', 'lycée', 'fondation', 'institut']);
const LINKS = new Set(['de', 'des', 'du', 'd’', "d'", 'la', 'l’', "l'", 'of', 'the']);
const PORTFOLIO = new Set(PORTFOLIOS_FR);
const OFFICES = new Set(PORTFOLIO_OFFICES_FR);
// between an office and its portfolio: "de", "du", "au", "à la", "aux", "des", "d'État"
const PORTFOLIO_LINKS = new Set(['de', 'du', 'des', 'd’', "d'", 'la', 'l’', "l'", 'au', 'aux', 'à', 'chargé', 'chargée', 'd’état', "d'état", 'état']);
const PARTICLES = new Set(['de', 'du', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'dos', 'al', 'el', 'ben', 'bin', 'ibn', 'le', 'la']);
const COORD = new Set(['and', 'et', '&']);
/** Longest tail, in tokens, taken for a person by step 1d ("Maren Lindtvedt", "Ursula von der Leyen"). */
const MAX_PERSON_TOKENS = 4;
/** Longest KB name, in tokens, that step 1a looks for inside a mention. */
const MAX_KB_TOKENS = 6;
/** Capitalised modifiers step 1a takes before an English head ("Scottish Enterprise", "Zero Methane Alliance"). */
const MAX_MODIFIERS = 2;

/** The KB entry spelled by tokens [a, b), or null (acronyms only in capitals: "Eau" is not "EAU"). */
export function kbSpan(v: DocView, kb: Kb, a: number, b: number): KbEntry | null {
  // the gazetteer bits say at no cost whether any KB name starts with this word
  if (a < 0 || b > v.tokens.length || a >= b || !(v.gaz[a]! & KB_START)) return null;
  let s = '';
  for (let i = a; i < b; i++) s += (i > a && !/['’]$/.test(v.tokens[i - 1]!.text) ? ' ' : '') + v.tokens[i]!.text;
  return kbMatch(kb, s);
}

/** GAZ_BITS B-PER, B-ORG, B-LOC. */
const KB_START = (1 << 0) | (1 << 2) | (1 << 4);

const at = (v: DocView, m: Mention, ti: number, tj: number, type: EntityType): Mention =>
  ({ ...m, ti, tj, type, start: v.tokens[ti]!.start, end: v.tokens[tj - 1]!.end });
const typeOfHead = (w: string): EntityType | null => (ORG_HEADS.has(w) ? 'ORG' : PLACE_HEADS.has(w) ? 'LOC' : null);
const adjacent = (v: DocView, i: number): boolean => v.tokens[i + 1]!.start - v.tokens[i]!.end <= 1;

/**
 * 1a. Widens m to the left, never below token `floor` (the end of the previous mention, unless `absorb` says
 * that single-token mention may be taken in).
 */
export function widen(v: DocView, m: Mention, kb: Kb, lang: string, floor: number, absorb: number): Mention {
  // a KB name spelled from one or two capitalised words before: "Saudi Arabia", "Hong Kong"
  // (the KB name may end inside the mention: "Saudi" + "Arabia and Canada"; step 1d then parts the rest)
  for (let b = m.ti - 2; b < m.ti; b++) {
    if (b < floor || !v.cap[b] || (b + 1 < m.ti && !v.cap[b + 1])) continue;
    for (let k = Math.min(m.tj, m.ti + MAX_KB_TOKENS); k > m.ti; k--) {
      const e = kbSpan(v, kb, b, k);
      if (e && e.type !== 'PER' && !kbSpan(v, kb, m.ti, k)) return at(v, m, b, m.tj, k === m.tj ? e.type : m.type);
    }
  }
  // "Palais des Nations", "Place de la Concorde", "Bank of England": a capitalised head, then "de", "of the"…
  let h = m.ti - 1;
  let links = 0;
  while (h >= floor && links < 2 && LINKS.has(v.lower[h]!)) { h--; links++; }
  if (links && h >= floor && v.cap[h]) {
    const w = v.lower[h]!;
    const t: EntityType | null = EVENT_FIRST.has(w) ? 'MISC' : ADMIN.has(w) ? null : typeOfHead(w);
    if (t) return at(v, m, h, m.tj, t);
  }
  // English: capitalised modifiers before a head noun ("Charity Commission", "Indonesian Navy")
  if (lang === 'fr') return m;
  // …and a compass or size word before a place ("Greater Manchester", "West Java", "Upper Nile")
  const d = m.ti - 1;
  if (m.type === 'LOC' && d >= Math.min(floor, absorb) && v.cap[d] && DIRECTIONS.has(v.lower[d]!) && adjacent(v, d)) return at(v, m, d, m.tj, 'LOC');
  // the head is the last word of the capitalised run (the tagger's span may trail off: "Commission opened an")
  let e = m.ti;
  while (e + 1 < m.tj && v.cap[e + 1]) e++;
  const t = v.cap[e] ? typeOfHead(v.lower[e]!) ?? typeOfHead(v.lower[m.ti]!) : null;
  if (!t) return m;
  let s = m.ti;
  while (s - 1 >= Math.min(floor, absorb) && m.ti - s < MAX_MODIFIERS && v.cap[s - 1] && adjacent(v, s - 1)) {
    const w = v.lower[s - 1]!;
    // not "Edinburgh-based Northwind Robotics", "Britain's Royal Navy", "President Obama Foundation"
    if (NEVER_NAMES.has(w) || TITLES.has(w) || CIVILITIES.has(w) || firstNameGender(w) || /['’]|-\p{Ll}/u.test(v.tokens[s - 1]!.text)) break;
    const e = kbSpan(v, kb, s - 1, s);
    if (e?.type === 'PER') break;
    s--;
  }
  return s < m.ti ? at(v, m, s, m.tj, m.type === 'PER' || m.type === 'MISC' || m.tj - m.ti === 1 ? t : m.type) : m;
}

/** Is [a, b) shaped like a person's name: 2–4 capitalised words, particles inside, no head noun? */
function personLike(v: DocView, kb: Kb, a: number, b: number): boolean {
  if (b - a < 2 || b - a > MAX_PERSON_TOKENS || !v.cap[a] || !v.cap[b - 1]) return false;
  for (let i = a; i < b; i++) {
    const w = v.lower[i]!;
    if (!v.cap[i] && !PARTICLES.has(w)) return false;
    if (NEVER_NAMES.has(w) || ORG_HEADS.has(w) || PLACE_HEADS.has(w) || TITLES.has(w)) return false;
  }
  const e = kbSpan(v, kb, a, b);
  return !e || e.type === 'PER';
}

/** Does [a, b) hold an organisation head word? */
function hasHead(v: DocView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (ORG_HEADS.has(v.lower[i]!)) return true;
  return false;
}

/** Does [a, b) hold a word the KB knows as a place? */
function hasPlace(v: DocView, kb: Kb, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (v.cap[i] && kbSpan(v, kb, i, i + 1)?.type === 'LOC') return true;
  return false;
}

/** 1d. Parts a mention that runs two names together; returns [m] when it holds one. */
export function part(v: DocView, m: Mention, kb: Kb): Mention[] {
  if (m.tj - m.ti < 3 || kbSpan(v, kb, m.ti, m.tj)) return [m];
  for (let k = m.ti + 1; k < m.tj - 1; k++) {
    const w = v.lower[k]!;
    // two KB names joined by "and"/"et": "United States and Japan" (not "Bosnia and Herzegovina", a KB name whole)
    if (COORD.has(w) && m.type !== 'PER') {
      const l = kbSpan(v, kb, m.ti, k), r = kbSpan(v, kb, k + 1, m.tj);
      if ((l || r) && v.cap[k + 1]) return [at(v, m, m.ti, k, l?.type ?? m.type), at(v, m, k + 1, m.tj, r?.type ?? m.type)];
      // no organisation head on either side and a KB place inside: a list of places ("Greater Manchester and Lancashire";
      // not "Procter and Gamble")
      if (v.cap[k + 1] && !hasHead(v, m.ti, m.tj) && hasPlace(v, kb, m.ti, m.tj)) return [at(v, m, m.ti, k, 'LOC'), at(v, m, k + 1, m.tj, 'LOC')];
      continue;
    }
    if (!personLike(v, kb, k, m.tj)) continue;
    const pre = kbSpan(v, kb, m.ti, k);
    const preKnown = pre && pre.type !== 'PER';
    // a person's own name holds no lowercase word but particles ("Nations unies Maren Lindtvedt" is two names)
    let lowerInside = false;
    for (let i = m.ti; i < k; i++) if (!v.cap[i] && !PARTICLES.has(v.lower[i]!)) lowerInside = true;
    // after a role noun a KB name is the person's organisation or country ("président des États-Unis Donald
    // Trump"); without one, the person must start with a known first name ("United States Geological Survey")
    const first = firstNameGender(w) !== undefined;
    const ok = m.type === 'PER' ? (preKnown && (first || roleBefore(v, m.ti))) || (lowerInside && first)
      : preKnown ? first || roleBefore(v, m.ti) : first && (k - m.ti >= 2 || lowerInside);
    if (!ok) continue;
    const preType: EntityType = preKnown ? pre.type : m.type !== 'PER' ? m.type : 'ORG';
    return [at(v, m, m.ti, k, preType), at(v, m, k, m.tj, 'PER')];
  }
  return [m];
}

/** Is there a title or role noun among the few words before token ti, within the sentence? */
function roleBefore(v: DocView, ti: number): boolean {
  for (let i = ti - 1; i >= 0 && i >= ti - ROLE_WINDOW; i--) {
    const w = v.lower[i]!;
    if (TITLES.has(w) || ROLES.has(w)) return true;
    if (/^[\p{P}\p{S}]+$/u.test(w)) return false;
  }
  return false;
}

/** 1e. The type a name's head word or context gives it, or m unchanged. */
export function retype(v: DocView, m: Mention, kb: Kb, lang: string): Mention {
  const n = m.tj - m.ti;
  const first = v.lower[m.ti]!, last = v.lower[m.tj - 1]!;
  if (portfolio(v, m)) {
    // "ministère de l'Intérieur": WiNER's organisation is the whole name
    const o = officeBefore(v, m.ti);
    return o >= 0 && v.lower[o] === 'ministère' && o + 3 >= m.ti ? at(v, m, o, m.tj, 'ORG') : { ...m, type: 'ORG' };
  }
  if (n < 2 || kbSpan(v, kb, m.ti, m.tj)) return m;
  if ((lang !== 'fr' && EVENT_LAST.has(last)) || (EVENT_FIRST.has(first) && v.cap[m.ti])) return { ...m, type: 'MISC' };
  // streets and natural features are places whatever the tagger said ("Pennsylvania Avenue", "Hudson River")
  if (m.type === 'ORG' && STREETS.has(last) && v.cap[m.tj - 1]) return { ...m, type: 'LOC' };
  // a building or institution named after a person is still the building ("Steven F. Udvar-Hazy Center",
  // "John F. Kennedy Airport"); heads that are also surnames ("Tom Hall", "Mary Church") do not count here
  if (m.type === 'PER' && STRONG_HEADS.has(last) && v.cap[m.tj - 1]) return { ...m, type: typeOfHead(last)! };
  if (m.type !== 'PER' || firstNameGender(first)) return m;
  if (PLACE_FIRST.has(first)) return { ...m, type: 'LOC' };
  const t = typeOfHead(last);
  return t && v.cap[m.tj - 1] ? { ...m, type: t } : m;
}

/** Index of an office word ("ministre", "commissaire", "ministère") that the portfolio at ti follows, or -1. */
function officeBefore(v: DocView, ti: number): number {
  let demonyms = 0;
  for (let i = ti - 1; i >= 0 && i >= ti - 5; i--) {
    const w = v.lower[i]!;
    if (OFFICES.has(w)) return i;
    if (PORTFOLIO_LINKS.has(w)) continue;
    // one lowercase demonym between: "ministre éthiopien de l'Eau", "commissaire européen au Climat"
    if (!v.cap[i] && demonyms++ === 0 && /(?:ain|aine|ais|aise|ien|ienne|éen|éenne|ois|oise|and|ande|ol|ole|e|s)$/u.test(w)) continue;
    return -1;
  }
  return -1;
}

/** Is m a capitalised ministerial portfolio right after an office ("de l'Intérieur", "au Climat")? */
function portfolio(v: DocView, m: Mention): boolean {
  if (!v.cap[m.ti] || m.tj - m.ti > 5) return false;
  for (let i = m.ti; i < m.tj; i++) if (!PORTFOLIO.has(v.lower[i]!)) return false;
  return officeBefore(v, m.ti) >= 0;
}

/** Tokens at the start of a person mention that are a demonym noun ("l'Allemande Christiane Heinicke", "Afghan Ambassador …"). */
export function demonymAhead(v: DocView, kb: Kb, ti: number, tj: number): boolean {
  if (tj - ti < 2 || !v.cap[ti + 1]) return false;
  const k = normName(v.lower[ti]!);
  return kb.byDemonym.has(k) && !kb.byName.has(k);
}
