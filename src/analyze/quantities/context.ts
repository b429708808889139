// What stands around a numeral: the comparator before it ("plus de", "more than"), a currency sign before
// it ("$1.2 billion"), and the counted noun after it ("soldats", "d'euros", "Russian troops").
import type { Comparator } from '../../types.js';
import type { Lang as QuantityLang } from './lang.js';
import { INLINE_SPACE, isLetter, nextLex, prevLex, type Lexeme } from './lex.js';

/** How far back a comparator phrase may start: the longest phrase ("aux alentours de") plus spaces. */
const COMPARATOR_WINDOW = 40;

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex per language, built once: the comparator phrase ending right before the number. */
const COMPARATOR_RE = new WeakMap<QuantityLang, Comparators>();

interface Comparators {
  re: RegExp;
  map: Map<string, Comparator>;
  /** The last word of each phrase ("de" of "plus de", "d" of "plus d'"): a cheap test before the regex. */
  last: Set<string>;
}

function comparatorRe(lang: QuantityLang): Comparators {
  let c = COMPARATOR_RE.get(lang);
  if (!c) {
    const phrases = [...lang.comparators].sort((a, b) => b[0].length - a[0].length);
    const alts = phrases.map(([p]) => esc(p).replace(/ /g, '[ \\u00A0\\u202F]+'));
    // the window is lower-cased and its ’ turned into ', so "plus d’" reads "plus d'"
    const re = new RegExp(`(?<![\\p{L}\\p{M}])(${alts.join('|')})[ \\u00A0\\u202F]*$`, 'u');
    const last = new Set(phrases.map(([p]) => /[\p{L}]+(?=['.]?$)/u.exec(p)![0]));
    c = { re, map: new Map(phrases.map(([p, k]) => [p, k])), last };
    COMPARATOR_RE.set(lang, c);
  }
  return c;
}

/** The comparator phrase ending at `pos` on the same line, with where it starts, or null. */
export function comparatorBefore(text: string, pos: number, lang: QuantityLang): { start: number; cmp: Comparator } | null {
  const { re, map, last } = comparatorRe(lang);
  let w = prevLex(text, pos);
  if (w && w.kind === 'punct' && (w.low === "'" || w.low === '’' || w.low === '.')) w = prevLex(text, w.start);
  if (!w || w.kind !== 'word' || !last.has(w.low)) return null;
  let from = Math.max(0, pos - COMPARATOR_WINDOW);
  let raw = text.slice(from, pos);
  // never text.lastIndexOf('\n'): on a 1 MB line without breaks that scan would make the stage quadratic
  const nl = raw.lastIndexOf('\n');
  if (nl >= 0) { from += nl + 1; raw = raw.slice(nl + 1); }
  const win = raw.toLowerCase().replace(/’/g, "'");
  const m = re.exec(win);
  if (!m) return null;
  const phrase = m[1]!.replace(/[ \u00A0\u202F]+/g, ' ');
  const cmp = map.get(phrase);
  return cmp ? { start: from + m.index, cmp } : null;
}

/** A currency sign or code right before `pos` ("$1.2 billion", "€ 500", "US$3"), or null. */
export function currencyBefore(text: string, pos: number, lang: QuantityLang): { start: number; unit: string } | null {
  let e = pos;
  if (e > 0 && INLINE_SPACE.test(text[e - 1]!)) e--;
  const c = text[e - 1];
  if (c === undefined || !lang.currencies.get(c)) return null;
  let s = e - 1;
  // "US$", "A$", "C$": a short capital prefix glued to the sign
  let p = s;
  while (p > 0 && s - p < 2 && /[A-Z]/.test(text[p - 1]!)) p--;
  if (p < s && !isLetter(text, p - 1) && lang.currencies.get(text.slice(p, e).toLowerCase())) s = p;
  return { start: s, unit: lang.currencies.get(c)! };
}

const PERCENT_PARTS = new WeakMap<QuantityLang, string[][]>();
/** "pour cent" → ["pour", "cent"], split once per language. */
function percentParts(lang: QuantityLang): string[][] {
  let p = PERCENT_PARTS.get(lang);
  if (!p) { p = [...lang.percentWords].map((w) => w.split(/[ -]/)); PERCENT_PARTS.set(lang, p); }
  return p;
}

/** The counted noun after a number, or why there is none. */
export interface UnitFound {
  unit: string | null;
  end: number;
  /** Extra multiplier read with the unit ("300 M€" → 1e6). */
  times: number;
  /** The quantity is a duration, a clock time or a date, which the time stage owns. */
  reject: boolean;
  /** True when "de"/"of" followed the number (needed after "une centaine", "dozens"). */
  sawOf: boolean;
}

/** Ordinal endings written apart from the digits ("18 e siècle", "1 er mai"): the number is an ordinal. */
const ORDINAL_ENDINGS = new Set(['e', 'er', 'ère', 're', 'ème', 'eme', 'è', 'nd', 'st', 'rd', 'th']);

const ABBREVIATED_SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ m: 1e6, md: 1e9, mds: 1e9, mrd: 1e9, k: 1e3, mn: 1e6, bn: 1e9 }));

const isNumberWord = (w: string, lang: QuantityLang): boolean =>
  lang.units.get(w) !== undefined || lang.scales.get(w) !== undefined || lang.hundreds.has(w);

/** A word that can be the counted noun: not a function word, a number word or a month. */
function nounLike(lx: Lexeme | null, lang: QuantityLang): lx is Lexeme {
  return !!lx && lx.kind === 'word' && !lang.notUnits.has(lx.low) && !isNumberWord(lx.low, lang) && !lang.months.has(lx.low);
}

/** The unit word with glued parts: "sans-abri", "km/h", "km²". */
function extendUnit(text: string, lx: Lexeme): number {
  let e = lx.end;
  for (let i = 0; i < 3; i++) {
    const c = text[e];
    if ((c === '-' || c === '/') && isLetter(text, e + 1)) {
      e++;
      while (isLetter(text, e) && e - lx.end < 30) e++;
    } else if (c === '²' || c === '³') e++;
    else break;
  }
  return e;
}

/**
 * Reads the unit after a number ending at `pos`. `afterScale` allows "de"/"of" first ("2,5 milliards
 * d'euros", "millions of people"). Order: signs (%, €, °C), written-out percent, then the noun, skipping
 * a pre-noun adjective ("3 000 nouveaux emplois", "100,000 Russian troops").
 */
export function unitAfter(text: string, pos: number, lang: QuantityLang, afterScale: boolean): UnitFound {
  const none: UnitFound = { unit: null, end: pos, times: 1, reject: false, sawOf: false };
  let lx = nextLex(text, pos);
  if (!lx) return none;
  // 1. signs
  if (lx.low === '%' || lx.low === '‰') return { ...none, unit: lx.low, end: lx.end };
  if (lang.currencies.get(lx.low) && lx.kind === 'punct') return { ...none, unit: lang.currencies.get(lx.low)!, end: lx.end };
  if (lx.low === '°') {
    const n = nextLex(text, lx.end);
    if (n && n.start === lx.end && (n.low === 'c' || n.low === 'f')) return { ...none, unit: `°${n.low.toUpperCase()}`, end: n.end };
    return { ...none, unit: '°', end: lx.end };
  }
  // "300 M€", "2,5 Md€", "10 k€"
  if (ABBREVIATED_SCALES.get(lx.low) && text[lx.end] && lang.currencies.get(text[lx.end]!) && lang.currencies.get(lx.low + text[lx.end])) {
    return { ...none, unit: lang.currencies.get(text[lx.end]!)!, end: lx.end + 1, times: ABBREVIATED_SCALES.get(lx.low)! };
  }
  if (lx.kind === 'word' && /^[A-Z]{3}$/.test(text.slice(lx.start, lx.end)) && lang.currencies.get(lx.low)) {
    return { ...none, unit: lang.currencies.get(lx.low)!, end: lx.end };
  }
  // 2. percent in words: "pour cent", "per cent", "percent"
  for (const parts of percentParts(lang)) {
    let cur: Lexeme | null = lx, ok = true, end = pos;
    for (let i = 0; i < parts.length && ok; i++) {
      if (i > 0 && cur && cur.low === '-') cur = nextLex(text, cur.end);
      ok = !!cur && cur.low === parts[i];
      if (ok) { end = cur!.end; cur = nextLex(text, cur!.end); }
    }
    if (ok) return { ...none, unit: '%', end };
  }
  // 3. "de", "d'", "of" after a scale or a round noun
  let sawOf = false;
  if (afterScale && lang.of.has(lx.low)) {
    let n = nextLex(text, lx.end);
    if (n && (n.low === "'" || n.low === '’') && lx.low === 'd') n = nextLex(text, n.end);
    sawOf = true;
    lx = n;
    if (!lx) return { ...none, sawOf };
  }
  // 4. the noun, perhaps after one adjective
  if (lx.kind !== 'word') return { ...none, sawOf };
  if (lang.timeUnits.has(lx.low) || (!sawOf && ORDINAL_ENDINGS.has(lx.low))) return { ...none, reject: true, sawOf };
  // "3 p.m.", "9 a.m.": clock times
  if ((lx.low === 'a' || lx.low === 'p') && text[lx.end] === '.' && /[mM]/.test(text[lx.end + 1] ?? '')) return { ...none, reject: true, sawOf };
  if (lang.months.has(lx.low)) return { ...none, reject: true, sawOf };
  if (!nounLike(lx, lang)) return { ...none, sawOf };
  const capital = /\p{Lu}/u.test(text[lx.start]!);
  // a capitalised word in the plural is the noun itself ("ten Republicans"), else an adjective ("Russian troops")
  if (lang.preAdjectives.has(lx.low) || (lang.adjectiveBeforeNoun && capital && !lx.low.endsWith('s'))) {
    const n = nextLex(text, lx.end);
    // "quatre prochaines années", "the next two years": a duration
    if (n && lang.timeUnits.has(n.low)) return { ...none, reject: true, sawOf };
    if (nounLike(n, lang) && !/\p{Lu}/u.test(text[n.start]!)) lx = n;
  }
  if (lang.adjectiveBeforeNoun) lx = englishHead(text, lx, lang);
  const e = extendUnit(text, lx);
  return { unit: text.slice(lx.start, e), end: e, times: 1, reject: false, sawOf };
}

/** Plural nouns without a final s that head a counted noun phrase. */
export const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'aircraft', 'cattle', 'sheep', 'fish', 'deer', 'crew']);

/**
 * English puts modifiers before the noun: the head of "179 new aerial refueling tankers" is the first plural
 * among up to three lowercase words ("9,000 production jobs" → "jobs"); else the first word.
 */
function englishHead(text: string, first: Lexeme, lang: QuantityLang): Lexeme {
  if (first.low.endsWith('s') || IRREGULAR_PLURALS.has(first.low)) return first;
  let lx: Lexeme | null = first;
  for (let i = 0; i < 2; i++) {
    lx = nextLex(text, extendUnit(text, lx));
    if (!nounLike(lx, lang) || /\p{Lu}/u.test(text[lx.start]!) || lx.low.endsWith('ly')) break;
    if (lx.low.endsWith('s') || IRREGULAR_PLURALS.has(lx.low)) return lx;
  }
  return first;
}

/** The word right before `pos` (lower case), skipping spaces, or null. */
export function wordBefore(text: string, pos: number): Lexeme | null {
  const p = prevLex(text, pos);
  return p && p.kind === 'word' ? p : null;
}
