// What the sentence splitter knows about the word before a period: titles, abbreviations, initials,
// and the capitalised function words that start a new sentence ("U.S. The …" ends, "J. K. Rowling" not).
import { EN_BEFORE_NUMBER, EN_NAME_PARTICLES, EN_NEVER_END, EN_TITLES } from '../../lang/en/abbreviations.js';
import { EN_STOPWORDS } from '../../lang/en/stopwords.js';
import { FR_BEFORE_NUMBER, FR_NAME_PARTICLES, FR_NEVER_END, FR_TITLES } from '../../lang/fr/abbreviations.js';
import { FR_STOPWORDS } from '../../lang/fr/stopwords.js';

// Languages are merged: sentences are split before the language is known, and the lists do not clash.
const TITLES: ReadonlySet<string> = new Set([...FR_TITLES, ...EN_TITLES]);
const NEVER_END: ReadonlySet<string> = new Set([...FR_NEVER_END, ...EN_NEVER_END]);
const BEFORE_NUMBER: ReadonlySet<string> = new Set([...FR_BEFORE_NUMBER, ...EN_BEFORE_NUMBER]);
const PARTICLES: ReadonlySet<string> = new Set([...FR_NAME_PARTICLES, ...EN_NAME_PARTICLES]);
/** Function words that, capitalised after an initial, start a sentence: "… in the U.S. The talks …". */
const STARTERS: ReadonlySet<string> = new Set(
  [...FR_STOPWORDS, ...EN_STOPWORDS].filter((w) => w.length > 1 && !w.endsWith("'") && !PARTICLES.has(w)),
);

/** What may stand before an initial: nothing, a space, a period, a hyphen, an opening bracket or quote. */
const INITIAL_PREV = /^(?:|[\s.\-‐(\[«“"'’])$/u;

/** How a period after `word` behaves. */
export type PeriodKind = 'title' | 'never' | 'before-number' | 'initial' | 'plain';

/** Classifies the word written just before a period (`prev` is the character before that word, or ''). */
export function periodKind(word: string, prev: string): PeriodKind {
  if (word === '') return 'plain';
  if (TITLES.has(word)) return 'title';
  const lower = word.toLowerCase();
  if (NEVER_END.has(lower)) return 'never';
  // one letter after a space, a period, a hyphen or a bracket: "J. K.", "U.S.", "J.-C.", "p. ex.", "e.g."
  // (not after "/" or a digit: "130 km/h. Le cyclone")
  if (word.length === 1 && INITIAL_PREV.test(prev)) return 'initial';
  if (BEFORE_NUMBER.has(lower)) return 'before-number';
  return 'plain';
}

/** True when `word` (as written) is a capitalised function word that starts a sentence ("The", "Les"). */
export function isStarter(word: string): boolean {
  return word.length > 1 && STARTERS.has(word.toLowerCase());
}
