// The languages the detector knows, each with its function words and distinctive endings (lang/<code>/).
// Adding a language is adding a row here and its word list under lang/<code>/.
import { DE_STOPWORDS } from '../../lang/de/stopwords.js';
import { EN_STOPWORDS } from '../../lang/en/stopwords.js';
import { EN_SUFFIXES } from '../../lang/en/suffixes.js';
import { ES_STOPWORDS } from '../../lang/es/stopwords.js';
import { FR_STOPWORDS } from '../../lang/fr/stopwords.js';
import { FR_SUFFIXES } from '../../lang/fr/suffixes.js';
import { IT_STOPWORDS } from '../../lang/it/stopwords.js';
import { NL_STOPWORDS } from '../../lang/nl/stopwords.js';
import { PT_STOPWORDS } from '../../lang/pt/stopwords.js';

/** One language the detector can name. */
export interface Profile {
  code: string;
  words: readonly string[];
  suffixes: readonly string[];
  /** Letters found in this language only, among the known ones ("ñ" → es). */
  letters: string;
}

/** Known languages, in a fixed order (the index is used in score arrays). */
export const PROFILES: readonly Profile[] = [
  { code: 'fr', words: FR_STOPWORDS, suffixes: FR_SUFFIXES, letters: 'œ' },
  { code: 'en', words: EN_STOPWORDS, suffixes: EN_SUFFIXES, letters: '' },
  { code: 'de', words: DE_STOPWORDS, suffixes: ['ung', 'keit', 'heit', 'lich', 'schaft'], letters: 'ßäöü' },
  { code: 'es', words: ES_STOPWORDS, suffixes: ['ción', 'ciones', 'idad'], letters: 'ñ¿¡' },
  { code: 'it', words: IT_STOPWORDS, suffixes: ['zione', 'zioni', 'ità', 'ggi', 'cchi'], letters: 'ì' },
  { code: 'pt', words: PT_STOPWORDS, suffixes: ['ção', 'ções', 'ões', 'ão'], letters: 'ãõ' },
  { code: 'nl', words: NL_STOPWORDS, suffixes: ['heid', 'lijk', 'ijk', 'tje'], letters: '' },
];

/**
 * For each known function word, its weight in each language: 1 / (number of languages that use it),
 * so "de" (fr, es, pt, nl) counts a quarter for each and "the" counts fully for English.
 */
export const WORD_WEIGHTS: ReadonlyMap<string, Float64Array> = (() => {
  const owners = new Map<string, number[]>();
  PROFILES.forEach((p, i) => {
    for (const w of p.words) {
      const list = owners.get(w) ?? [];
      if (!list.includes(i)) list.push(i);
      owners.set(w, list);
    }
  });
  const out = new Map<string, Float64Array>();
  for (const [w, list] of owners) {
    const a = new Float64Array(PROFILES.length);
    for (const i of list) a[i] = 1 / list.length;
    out.set(w, a);
  }
  return out;
})();

/** Words of at most this many letters have a packed key (6 bits a letter: 4 letters stay a small integer). */
export const MAX_PACKED = 4;

/**
 * The letters of text[start, end) lower-cased and packed in one number, 6 bits a letter (a–z, ß–ÿ), or -1 when
 * one is outside Latin-1 letters: a look-up key that needs no string. Per-letter lower-casing equals the
 * string's toLowerCase here (no Latin-1 letter lower-cases by context).
 */
export function packWord(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 32;
    let v: number;
    if (c >= 97 && c <= 122) v = c - 96;
    else if (c >= 0xdf && c <= 0xff && c !== 0xf7) v = c - 0xdf + 27;
    else return -1;
    key = key * 64 + v;
  }
  return key;
}

/** The function words of at most MAX_PACKED letters by packed key (same weights as WORD_WEIGHTS). */
export const SHORT_WEIGHTS: ReadonlyMap<number, Float64Array> = (() => {
  const m = new Map<number, Float64Array>();
  for (const [w, a] of WORD_WEIGHTS) {
    const k = w.length <= MAX_PACKED ? packWord(w, 0, w.length) : -1;
    if (k >= 0) m.set(k, a);
  }
  return m;
})();
