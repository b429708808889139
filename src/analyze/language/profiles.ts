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
