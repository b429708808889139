// The tokenizer: one left-to-right pass over the text, no regex over the whole text and no string built
// per character; each token is read by a small reader for its kind (number, word, punctuation).
import type { Token } from '../../doc.js';
import { EN_CLITICS } from '../../lang/en/clitics.js';
import { EN_ORDINAL_SUFFIXES } from '../../lang/en/ordinals.js';
import { FR_ELISIONS } from '../../lang/fr/elisions.js';
import { FR_ORDINAL_SUFFIXES } from '../../lang/fr/ordinals.js';
import { isAlnumAt, isApostrophe, isDigit, isGroupSpace, isJoiner, isLetterAt, isPunct, isSpace } from './chars.js';

// Languages are merged: tokens come before language detection, and "l’" or "'s" mean the same everywhere.
const ELISIONS: ReadonlySet<string> = new Set(FR_ELISIONS);
const CLITICS: ReadonlySet<string> = new Set(EN_CLITICS);
const ORDINALS: ReadonlySet<string> = new Set([...FR_ORDINAL_SUFFIXES, ...EN_ORDINAL_SUFFIXES]);
/** Longest elided word ("lorsqu", "puisqu", "quoiqu"): longer runs are never looked up. */
const MAX_ELISION = 6;
/** Longest ordinal suffix ("èmes"). */
const MAX_ORDINAL = 4;
/** A thousands group is exactly this many digits ("100 000"). */
const GROUP_DIGITS = 3;

/** End of the run of digits starting at `i`. */
function digitsEnd(text: string, i: number, to: number): number {
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** End of the run of letters and digits starting at `i` (surrogate pairs kept whole). */
function alnumEnd(text: string, i: number, to: number): number {
  while (i < to && isAlnumAt(text, i)) i += text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff && i + 1 < to ? 2 : 1;
  return i;
}

/**
 * Reads a number at `i`: "2021", "3.5", "2,5", "100,000", "1.234.567", "100 000", "1 500 000,50",
 * then an ordinal ending ("1er", "2e", "21st"). Space-separated groups are glued only after a head of 1–3
 * digits and when exactly 3 digits follow, so "en 2021 100 personnes" stays two numbers.
 */
function numberEnd(text: string, i: number, to: number): number {
  let j = digitsEnd(text, i, to);
  let spaceGroups = j - i <= GROUP_DIGITS;
  for (;;) {
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 44) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) {
      j = digitsEnd(text, j + 1, to);
      spaceGroups = false; // "2,5 000" is not a number: no space group after a decimal or comma part
    } else if (spaceGroups && isGroupSpace(c) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) {
      const k = digitsEnd(text, j + 1, to);
      if (k - (j + 1) !== GROUP_DIGITS) break;
      j = k;
    } else break;
  }
  // ordinal: "1er", "XXIe" is a word, "2e" / "21st" are numbers; "5km" is a number then a word
  if (j < to && isLetterAt(text, j)) {
    const k = alnumEnd(text, j, to);
    if (k - j <= MAX_ORDINAL && ORDINALS.has(text.slice(j, k).toLowerCase()) && !(k < to && isJoiner(text.charCodeAt(k)))) return k;
  }
  return j;
}

/** Appends the word tokens starting at `i`, splitting elisions and clitics; returns where the word ends. */
function readWord(text: string, i: number, to: number, out: Token[]): number {
  let start = i;
  let j = i;
  for (;;) {
    j = alnumEnd(text, j, to);
    if (j + 1 >= to) break;
    const c = text.charCodeAt(j);
    if (isJoiner(c) && isAlnumAt(text, j + 1)) { j++; continue; }          // "Jean-Yves", "a-t-il"
    if (!isApostrophe(c)) break;
    if (!isLetterAt(text, j + 1)) {
      // "l' Euro", "d' Haïti" (spaced typography): the elision keeps its apostrophe
      if (j - start <= MAX_ELISION && ELISIONS.has(text.slice(start, j).toLowerCase())) j++;
      break;
    }
    if (j - start <= MAX_ELISION && ELISIONS.has(text.slice(start, j).toLowerCase())) {
      out.push({ start, end: j + 1, kind: 'word' });                       // "l’" of "l’OTAN"
      start = j = j + 1;
      continue;
    }
    const k = alnumEnd(text, j + 1, to);
    if (k - j - 1 <= 2 && CLITICS.has(text.slice(j + 1, k).toLowerCase()) && !(k < to && isJoiner(text.charCodeAt(k)))) {
      out.push({ start, end: j, kind: 'word' }, { start: j, end: k, kind: 'word' }); // "NATO" + "'s"
      return k;
    }
    j++;                                                                    // "aujourd’hui", "O'Brien", "don't"
  }
  out.push({ start, end: j, kind: 'word' });
  return j;
}

/** Tokenizes `text` between `from` and `to`: words, numbers, punctuation and symbols, in order. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return tokenizeInto(text, from, to, []);
}

/** Appends the tokens of `text` between `from` and `to` to `out` (no array per paragraph); returns `out`. */
export function tokenizeInto(text: string, from: number, to: number, out: Token[]): Token[] {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    if (isDigit(c)) {
      const j = numberEnd(text, i, to);
      out.push({ start: i, end: j, kind: 'number' });
      i = j;
    } else if (isLetterAt(text, i)) {
      i = readWord(text, i, to, out);
    } else if (c === 46) {                                                  // "." or "..." as one token
      let j = i + 1;
      while (j < to && text.charCodeAt(j) === 46) j++;
      out.push({ start: i, end: j, kind: 'punct' });
      i = j;
    } else {
      const n = i + 1 < to ? text.charCodeAt(i + 1) : 0;
      const w = c >= 0xd800 && c <= 0xdbff && n >= 0xdc00 && n <= 0xdfff ? 2 : 1;
      out.push({ start: i, end: i + w, kind: isPunct(text.slice(i, i + w)) ? 'punct' : 'symbol' });
      i += w;
    }
  }
  return out;
}
