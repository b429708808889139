// quantities: numbers with their unit and comparator ("plus de 100 000 soldats", "2,5 milliards d'euros",
// "about a dozen people"). One left-to-right scan: an anchor regex finds digits and number words, and each
// anchor is read forward with bounded steps, so the stage is linear in the text.
//
// Conventions (documented for readers of the output):
// - `unit` is the counted noun as written ("soldats", "troops"); "%" for percent in any spelling; a currency
//   sign or code becomes the currency written out in the body's language ("€" → "euros", "$" → "dollars").
// - comparators: "plus de", "more than", "over", "au moins", "at least" → ">"; "moins de", "less than",
//   "under", "jusqu'à", "up to" → "<"; "près de", "environ", "about", "nearly", "some" → "~"; else "=".
// - round nouns: "une centaine de", "a dozen" → that value, "~"; plurals "des centaines de", "dozens of",
//   "several hundred" → the round value as a lower bound, ">". A written comparator wins over these.
// - not quantities: years ("en 2021"), dates ("le 12 mars"), clock times and durations ("14 h", "trois ans":
//   the time stage owns them), ordinals ("1er", "21st"), codes and phone numbers ("06 12 34 56 78"),
//   identifiers ("article 5", "Boeing 737"), and "un"/"one"/"a" alone.
import type { Stage } from '../../pipeline.js';
import type { Comparator, Quantity } from '../../types.js';
import { comparatorBefore, currencyBefore, IRREGULAR_PLURALS, unitAfter, wordBefore } from './context.js';
import { QUANTITY_LANGS, type Lang as QuantityLang } from './lang.js';
import { isDigit, isLetter, nextLex, prevLex, type Lexeme } from './lex.js';
import { readDigits, readWords, type Numeral } from './numeral.js';

/** Units glued to digits that still make a quantity ("10km", "5kg", "$5bn"); other letters make an ordinal or a code. */
const GLUED_UNITS = new Set(['km', 'kg', 'cm', 'mm', 'm', 'ha', 't', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'twh', 'mph', 'g', 'l', 'ml']);
const GLUED_SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ bn: 1e9, m: 1e6, mn: 1e6, k: 1e3, tn: 1e12 }));
/** Written scale abbreviations, read after digits only ("3 Mds d'euros", "2,5 Mrd"): as anchors they would be noise. */
const ABBREVIATED_SCALES: ReadonlyMap<string, number> = new Map(Object.entries({ md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, bn: 1e9, mn: 1e6, mio: 1e6 }));
/** Characters before digits that make them part of a code, a score, a reference or a phone number. */
const BAD_BEFORE = new Set(['_', '/', ':', '°', '#', '§', '+', '[', '@', '\\']);

const ANCHORS = new WeakMap<QuantityLang, RegExp>();
function anchorRe(lang: QuantityLang): RegExp {
  let re = ANCHORS.get(lang);
  if (!re) {
    // "un", "une", "a", "one" are no anchors (they are the commonest words): the scale or round noun after
    // them is, and looks back for them ("un million", "a dozen"); "vingt et un" is read forward from "vingt"
    const words = [...[...lang.units.keys()].filter((w) => !lang.ones.has(w)), ...lang.hundreds, ...lang.scales.keys(),
      ...lang.roundNouns.keys(), ...lang.roundPlurals.keys()].sort((a, b) => b.length - a.length);
    // ASCII \b with the i flag runs several times faster than Unicode look-arounds; \b also fires inside
    // "récent" (é is no ASCII letter), so quantityAt checks the letters around the anchor again
    re = new RegExp(`\\d|\\b(?:${[...new Set(words)].join('|')})\\b`, 'gi');
    ANCHORS.set(lang, re);
  }
  return re;
}

interface Read { value: number; end: number; cmp: Comparator | null; round: 'one' | 'many' | null; scaled: boolean }

/** After a numeral: a scale word ("2,5 milliards", "1.2 million") and/or a round noun ("une dizaine"). */
function readScaleAndRound(text: string, n: Numeral, lang: QuantityLang): Read {
  const r: Read = { value: n.value, end: n.end, cmp: null, round: null, scaled: !!n.scaled };
  let lx = nextLex(text, n.end);
  const scale = lx && lx.kind === 'word' ? lang.scales.get(lx.low) ?? ABBREVIATED_SCALES.get(lx.low) : undefined;
  if (!n.words && lx && scale !== undefined) {
    r.value *= scale; r.end = lx.end; r.scaled = true; lx = nextLex(text, lx.end);
  }
  if (lx && lx.kind === 'word' && (lang.roundNouns.get(lx.low) !== undefined || lang.roundPlurals.get(lx.low) !== undefined)) {
    r.value *= lang.roundNouns.get(lx.low) ?? lang.roundPlurals.get(lx.low)!; r.end = lx.end; r.cmp = '~'; r.round = 'one';
  }
  return r;
}

/** A bare plural round noun or scale: "des centaines de", "dozens of", "des dizaines de milliers de". */
function readRoundPlural(text: string, first: Lexeme, lang: QuantityLang): Read | null {
  let value = lang.roundPlurals.get(first.low) ?? lang.scales.get(first.low)!;
  let end = first.end;
  const of = nextLex(text, end);
  if (of && lang.of.has(of.low)) {
    let n = nextLex(text, of.end);
    if (n && (n.low === "'" || n.low === '’')) n = nextLex(text, n.end);
    const m = n && (lang.roundPlurals.get(n.low) ?? (n.low.endsWith('s') ? lang.scales.get(n.low) : undefined));
    if (n && m && m > value) { value *= m; end = n.end; }
  }
  return { value, end, cmp: '>', round: 'many', scaled: true };
}

/** Reads the quantity whose anchor starts at `s`; returns it (or null) and where the scan goes on. */
function quantityAt(text: string, s: number, lang: QuantityLang): { q: Quantity | null; next: number } {
  let numeral: Numeral | null = null;
  let read: Read | null = null;
  let unitFromSign: string | null = null;
  let start = s;
  if (isDigit(text, s)) {
    const b = text[s - 1] ?? ' ';
    const badDash = (b === '-' || b === '.' || b === ',') && (isLetter(text, s - 2) || isDigit(text, s - 2));
    const d = readDigits(text, s, lang);
    if (!d.numeral || isLetter(text, s - 1) || BAD_BEFORE.has(b) || badDash) return { q: null, next: Math.max(d.end, s + 1) };
    numeral = d.numeral;
    const after = text[numeral.end] ?? ' ';
    if ((after === '-' || after === '/' || after === ':') && (isDigit(text, numeral.end + 1) || isLetter(text, numeral.end + 1))) {
      return { q: null, next: numeral.end + 1 };
    }
    const cur = currencyBefore(text, s, lang);
    if (cur) { unitFromSign = cur.unit; start = cur.start; }
    if (isLetter(text, numeral.end)) {
      let e = numeral.end;
      while (isLetter(text, e) && e - numeral.end < 5) e++;
      const glued = text.slice(numeral.end, e).toLowerCase();
      if (isLetter(text, e)) return { q: null, next: e };
      // "$5bn", "1.5m people" are millions; "100m" alone is metres
      const scaleGlued = GLUED_SCALES.get(glued) !== undefined && (cur !== null || glued !== 'm' || text.slice(s, numeral.end).search(/[.,]/) >= 0);
      if (scaleGlued) numeral = { ...numeral, value: numeral.value * GLUED_SCALES.get(glued)!, end: e, bare4: false };
      else if (GLUED_UNITS.has(glued)) { unitFromSign = text.slice(numeral.end, e); numeral = { ...numeral, end: e, bare4: false }; }
      else return { q: null, next: e }; // "1er", "21st", "14h30", "90s"
    }
    read = readScaleAndRound(text, numeral, lang);
  } else {
    if (isLetter(text, s - 1)) return { q: null, next: s + 1 };
    let first = nextLex(text, s)!;
    const one = prevLex(text, s);
    if (one && one.kind === 'word' && lang.ones.has(one.low) && !isLetter(text, one.start - 1)) { first = one; s = one.start; start = s; }
    if (lang.roundPlurals.get(first.low) !== undefined || (lang.scales.get(first.low) !== undefined && first.low.endsWith('s') && first.low !== 'mds')) {
      read = readRoundPlural(text, first, lang);
    } else {
      numeral = readWords(text, first, lang);
      if (!numeral) return { q: null, next: first.end };
      read = readScaleAndRound(text, numeral, lang);
      const single = numeral.end === first.end;
      // "un", "une", "a", "one" alone are articles or pronouns, not counts
      if (single && lang.ones.has(first.low) && !read.round) return { q: null, next: first.end };
      // "plusieurs centaines", "several hundred": a bare scale after a few-word is a lower bound
      const before = wordBefore(text, s);
      if (single && (lang.hundreds.has(first.low) || lang.scales.get(first.low)) && before && lang.fewWords.has(before.low)) {
        read.cmp = '>'; read.round = 'many'; start = before.start;
      }
    }
  }
  if (!read) return { q: null, next: s + 1 };
  // 1. unit
  let u = unitFromSign !== null
    ? { unit: unitFromSign, end: read.end, times: 1, reject: false, sawOf: false }
    : unitAfter(text, read.end, lang, read.scaled || read.round !== null);
  // "entre 5 000 et 10 000 combattants", "84 ou 86 ans": the first of a range takes the second's unit
  if (u.unit === null && !u.reject && numeral && !numeral.words) {
    const r = rangeUnit(text, read.end, lang);
    if (r) u = { ...u, unit: r.unit, reject: r.reject, times: read.scaled ? 1 : r.times };
  }
  if (u.reject) return { q: null, next: Math.max(read.end, s + 1) };
  // French round nouns need "de": "une quarantaine de personnes", not "placés en quarantaine"
  if (read.round && !u.sawOf && (read.round === 'many' ? !unitFromSign : lang.roundNeedsOf) && u.unit === null) {
    return { q: null, next: read.end };
  }
  const value = read.value * u.times;
  // 2. comparator, written before the number or its currency sign
  const c = comparatorBefore(text, start, lang);
  if (c) start = c.start;
  const cmp: Comparator = c?.cmp ?? read.cmp ?? '=';
  // 3. what the number is not
  if (!c && !unitFromSign && numeral && !numeral.words && rejectContext(text, numeral, read, u.unit, lang)) {
    return { q: null, next: Math.max(u.end, read.end) };
  }
  // a bare number with no noun, comparator or scale is a score, a list item or a reference ("4 à 0", "1, 5, 6")
  if (u.unit === null && !c && !read.scaled && !read.round) return { q: null, next: read.end };
  const end = Math.max(u.end, read.end);
  return { q: { start, end, text: text.slice(start, end), value, unit: u.unit, comparator: cmp }, next: end };
}

/** The unit of the second number of a range starting after `pos` ("et 10 000 combattants"), or null. */
function rangeUnit(text: string, pos: number, lang: QuantityLang): { unit: string | null; reject: boolean; times: number } | null {
  const w = nextLex(text, pos);
  if (!w || !lang.rangeWords.has(w.low)) return null;
  const n = nextLex(text, w.end);
  if (!n || n.kind !== 'num') return null;
  const d = readDigits(text, n.start, lang).numeral;
  if (!d) return null;
  const r = readScaleAndRound(text, d, lang);
  const u = unitAfter(text, r.end, lang, r.scaled);
  return { unit: u.unit, reject: u.reject, times: r.scaled && d.value ? r.value / d.value : 1 };
}

/** True when digits without comparator or sign are a year, a date, an identifier, a list marker or a name. */
function rejectContext(text: string, n: Numeral, r: Read, unit: string | null, lang: QuantityLang): boolean {
  const before = wordBefore(text, n.start);
  const bl = before?.low ?? '';
  const capitalUnit = unit !== null && /^\p{Lu}/u.test(unit);
  // "article 5", "mars 2022", "14 h 30"
  if (lang.identifiers.has(bl) || lang.months.has(bl) || lang.timeUnits.has(bl)) return true;
  if (n.bare4 && !r.scaled && n.value >= 1000 && n.value <= 2100 && (unit === null || capitalUnit || lang.yearWords.has(bl))) return true;
  // "(3)", "[12]", "1." or "2)" at the start of a line: references and list markers
  const b = text[n.start - 1], a = text[r.end];
  if ((b === '(' && a === ')') || (b === '[' && a === ']')) return true;
  if ((a === '.' || a === ')') && (n.start === 0 || text[n.start - 1] === '\n')) return true;
  // "Boeing 737", "Windows 10", "Ligue 1": a number after a name, with no counted noun
  // (a plural noun after it still counts: "selon Reuters 300 personnes")
  const plural = unit !== null && (/[sx]$/.test(unit) || IRREGULAR_PLURALS.has(unit.toLowerCase()));
  if (before && /^\p{Lu}/u.test(text[before.start]!) && !lang.notUnits.has(bl) && (!plural || capitalUnit)) return true;
  return false;
}

/** The quantities of `text`, in order, for a body in language `code` (fr, en, or another: digits mostly). */
export function findQuantities(text: string, code: string): Quantity[] {
  const lang = QUANTITY_LANGS[code] ?? QUANTITY_LANGS.other!;
  const re = anchorRe(lang);
  const out: Quantity[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const { q, next } = quantityAt(text, m.index, lang);
    if (q) out.push(q);
    re.lastIndex = Math.max(next, m.index + 1);
  }
  return out;
}

/** Assigns `quantities`: numbers with value, counted noun and comparator, in text order. */
export const quantitiesStage: Stage<'quantities'> = {
  name: 'quantities',
  requires: ['lang'],
  assigns: 'quantities',
  run: (doc) => findQuantities(doc.text, doc.get('lang').code),
};
