// Blurbs at the end of an article: signature bios ("Jeanne Martin est journaliste au service Monde.") and
// spam bios made of short self-descriptions ("« Certified introvert. Devoted internet fanatic. Thinker. »").
// Only the last lines of an article are looked at, and only whole lines go.
import { EN_STOPWORDS } from '../../lang/en/stopwords.js';
import { EN_BIO_JOB, EN_BIO_START } from '../../lang/en/boilerplate.js';
import { FR_STOPWORDS } from '../../lang/fr/stopwords.js';
import { FR_BIO_JOB, FR_BIO_START } from '../../lang/fr/boilerplate.js';
import { detectLanguage } from '../language/detect.js';
import { wordCount } from './lines.js';

const FUNCTION_WORDS: ReadonlySet<string> = new Set([...FR_STOPWORDS, ...EN_STOPWORDS].filter((w) => !w.endsWith("'")));
/** Marks and spaces that may wrap a blurb: opening ones at its start, closing ones at its end. */
const OPENING_MARKS = new Set(['«', '“', '"', "'", '‘', '„']);
const CLOSING_MARKS = new Set(['»', '”', '"', "'", '’']);

/** True for what regex \s matches: the ECMAScript white space and line terminators. */
function isRegexSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The line without its wrapping marks and spaces, as /^[«“"'‘„\s]+|[»”"'’\s]+$/gu replaced by '' gave it,
 * without that regex trying its second branch at every position of a long last paragraph.
 */
function unwrap(line: string): string {
  let i = 0;
  while (i < line.length && (OPENING_MARKS.has(line[i]!) || isRegexSpace(line.charCodeAt(i)))) i++;
  let j = line.length;
  while (j > i && (CLOSING_MARKS.has(line[j - 1]!) || isRegexSpace(line.charCodeAt(j - 1)))) j--;
  return line.slice(i, j);
}
const FRAGMENT_END = /[.!?]+/;
const WORD = /\p{L}+/gu;
const BIO_START = new RegExp(`^(?:${FR_BIO_START}|${EN_BIO_START})\\b`, 'iu');
/** "Jeanne Martin est journaliste …", "Jane Smith is a senior reporter …": a name, then the job. */
const BIO_NAME_JOB = new RegExp(
  String.raw`^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3},?\s+(?:est|is)\s+(?:\p{L}+\s+){0,4}?(?:${FR_BIO_JOB}|${EN_BIO_JOB})\b`,
  'u',
);
/** "Contact : …", "Follow her on Twitter @…", "Suivez-la sur X". */
const BIO_CONTACT = /^(?:contact|e-?mail|courriel)\s*:|^(?:follow|suivez)\s+(?:him|her|them|me|l[ae]|l['’]auteur)?\s*(?:on|sur)\s+\p{L}+/iu;

/** A self-description blurb has at least this many fragments … */
const MIN_FRAGMENTS = 3;
/** … of at most this many words each ("Devoted internet fanatic.") … */
const MAX_FRAGMENT_WORDS = 4;
/** … and is not longer than this. */
const MAX_BLURB_WORDS = 30;
/** A signature bio is at most this long … */
const MAX_BIO_WORDS = 60;
/** … and one that starts with a name and a job ("Jeanne Martin est journaliste …") at most this long. */
const MAX_NAME_BIO_WORDS = 30;
/** A line that quotes or reports speech is article text, not a bio. */
const SPEECH = /[«»“”"]|,\s*(?:dit|a-t-|says|said)/u;
/** How many lines from the end are looked at. */
export const TAIL_LINES = 3;

/** True for a line of short capitalised fragments without function words, or in another language than the body. */
function isSpamBlurb(line: string, bodyLang: () => string): boolean {
  const inner = unwrap(line);
  // the cheap, capped word count first: a long last paragraph is not split into fragments for nothing
  if (wordCount(inner, MAX_BLURB_WORDS) > MAX_BLURB_WORDS) return false;
  const fragments = inner.split(FRAGMENT_END).map((f) => f.trim()).filter((f) => f.length > 0);
  if (fragments.length < MIN_FRAGMENTS) return false;
  for (const f of fragments) {
    const n = wordCount(f, MAX_FRAGMENT_WORDS);
    if (n > MAX_FRAGMENT_WORDS || !/^\p{Lu}/u.test(f)) return false;
  }
  // "Les négociations reprendront lundi. Rien n'est joué. À suivre." has function words and is French: it stays
  const words = inner.match(WORD) ?? [];
  const hasFunctionWord = words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()));
  if (!hasFunctionWord) return true;
  const lang = detectLanguage(inner).code;
  return lang !== 'und' && bodyLang() !== 'und' && lang !== bodyLang();
}

/** The reason a line at the end of an article is a blurb ('spam', 'author-bio'), or null; `bodyLang` is asked only when needed. */
export function tailBlurb(line: string, bodyLang: () => string): 'spam' | 'author-bio' | null {
  if (isSpamBlurb(line, bodyLang)) return 'spam';
  const words = wordCount(line, MAX_BIO_WORDS);
  if (words > MAX_BIO_WORDS || SPEECH.test(line)) return null;
  if (BIO_START.test(line) || BIO_CONTACT.test(line)) return 'author-bio';
  if (words <= MAX_NAME_BIO_WORDS && BIO_NAME_JOB.test(line)) return 'author-bio';
  return null;
}
