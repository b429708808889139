// Line matchers for page furniture: each takes one trimmed line and says whether it is furniture and
// why. They are applied to whole lines only, and each one bounds the line's length, so an article sentence
// that merely mentions a newsletter ("Le journal a lancé une newsletter en 2019.") stays.
import { EN_COPYRIGHT, EN_NEWSLETTER_CUE, EN_NEWSLETTER_WORD, EN_READ_ALSO, EN_SOCIAL_CUE, SOCIAL_NETWORKS } from '../../lang/en/boilerplate.js';
import { FR_COPYRIGHT, FR_NEWSLETTER_CUE, FR_NEWSLETTER_WORD, FR_READ_ALSO, FR_SOCIAL_CUE } from '../../lang/fr/boilerplate.js';

/** Bullets, arrows and brackets that may open a furniture line: "► Lire aussi", "[Read more]". */
const LEAD = String.raw`^[\s\-–—•*>»→►▶|\[(]*`;
const READ_ALSO = new RegExp(`${LEAD}(?:${FR_READ_ALSO}|${EN_READ_ALSO})`, 'iu');
const NEWSLETTER_CUE = new RegExp(`${LEAD}(?:${FR_NEWSLETTER_CUE}|${EN_NEWSLETTER_CUE})`, 'iu');
const NEWSLETTER_WORD = new RegExp(`${FR_NEWSLETTER_WORD}|${EN_NEWSLETTER_WORD}`, 'iu');
const COPYRIGHT_START = /^(?:©|\(c\)\s|copyright\b)/iu;
const COPYRIGHT_ANY = new RegExp(`(?:${FR_COPYRIGHT}|${EN_COPYRIGHT})`, 'iu');
const SOCIAL_CUE = new RegExp(`${LEAD}(?:${FR_SOCIAL_CUE}|${EN_SOCIAL_CUE})\\b`, 'iu');
const NETWORK = new RegExp(`\\b(?:${SOCIAL_NETWORKS})\\b`, 'iu');
/** A line made only of network names: "Facebook Twitter LinkedIn E-mail". */
const NETWORKS_ONLY = new RegExp(`^(?:(?:${SOCIAL_NETWORKS}|imprimer|print|copier le lien|copy link)[\\s|,•·/]*){2,}$`, 'iu');
/** What follows a read-also cue when it is a link line: a colon, a bar, a dash, or nothing. */
const READ_ALSO_LINK = new RegExp(`${READ_ALSO.source}\\s*(?:[:|—–\\-»>]|$)`, 'iu');

// Length bounds, in words: furniture is short; these are far above any real example and far below
// an article paragraph (tune as a set).
const MAX_READ_ALSO_WORDS = 40;
const MAX_NEWSLETTER_WORDS = 30;
const MAX_COPYRIGHT_WORDS = 25;
const MAX_SOCIAL_WORDS = 12;
/** No furniture line is longer than this many characters (40 words of a read-also title and more). */
const MAX_FURNITURE_CHARS = 400;
/** A share cue alone ("Partager", "Share this article") is furniture only when this short. */
const MAX_BARE_SOCIAL_WORDS = 4;

/** Number of white-space separated words in `line`, counting at most `cap + 1`. */
export function wordCount(line: string, cap = 1000): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 0xa0 || c === 0x202f;
    if (!space && !inWord && ++n > cap) break;
    inWord = !space;
  }
  return n;
}

/** The reason a line is page furniture ("navigation", "boilerplate"), or null when it may be article text. */
export function furniture(line: string): string | null {
  // longer than any furniture line: not even looked at (keeps the stage fast on long paragraphs)
  if (line.length > MAX_FURNITURE_CHARS) return null;
  const words = (): number => wordCount(line, MAX_READ_ALSO_WORDS);
  // "Lire aussi : Ukraine, ce que l’on sait" — a cue followed by a link title
  if (READ_ALSO_LINK.test(line) && words() <= MAX_READ_ALSO_WORDS) return 'navigation';
  if (NEWSLETTER_CUE.test(line) && NEWSLETTER_WORD.test(line) && words() <= MAX_NEWSLETTER_WORDS) return 'boilerplate';
  if ((COPYRIGHT_START.test(line) || COPYRIGHT_ANY.test(line)) && words() <= MAX_COPYRIGHT_WORDS) return 'boilerplate';
  if (NETWORKS_ONLY.test(line) && words() <= MAX_SOCIAL_WORDS) return 'navigation';
  if (SOCIAL_CUE.test(line)) {
    const n = words();
    if (n <= MAX_SOCIAL_WORDS && (n <= MAX_BARE_SOCIAL_WORDS || NETWORK.test(line))) return 'navigation';
  }
  return null;
}
