// The sentence splitter: one pass over each paragraph, looking only at the candidate ends (. ! ? …) and a
// few characters around each, so a 1 MB line without punctuation costs one regex scan.
//
// A candidate end is kept when, after it and any closing quotes or brackets, the next word starts like a
// sentence (capital, digit, opening quote). So:
//   « C’est fini ! » a-t-il lancé       → one sentence (lower case after the quote)
//   « Il faut … renforcer la digue », a-t-elle expliqué → one sentence (comma after the quote)
//   “We are ready.” The talks begin.    → two sentences (capital after the quote)
// and a period after a title, an abbreviation or an initial does not end one (M. Macron, Jan. 5, J. K. Rowling).
import type { Span } from '../../types.js';
import { isStarter, periodKind } from './abbrev.js';

const CANDIDATE = /[.!?…]+/g;
const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
/** Closing marks that may follow an end mark directly: "ready.”", "prêts ! »", "(voir plus haut.)". */
const CLOSERS = '"\'”’»)]›';
/** Closing marks that French typography separates from the end mark by a (no-break) space: "prêts ! »". */
const SPACED_CLOSERS = '»”›';
/** Marks after which the text goes on inside the same sentence: "», a-t-il dit", "?: la réponse". */
const CONTINUERS = ',;:)]»”’';
/** End marks: a second one after a closing quote takes over ("abus. » ."). */
const ENDS = '.!?…';
/** Marks of words left out of a quotation. */
const CUT_MARKS = ['[…]', '(…)', '[...]', '(...)'];
/** How far past a candidate end we look for a letter or digit before calling the rest mere marks. */
const TAIL_LOOK = 8;
/** Longest word looked at around a period: longer ones are neither abbreviations nor sentence starters. */
const MAX_WORD = 12;

function isSpaceCh(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === '\t' || ch === '\u2009';
}

/** The word (letters only, at most MAX_WORD) ending at `end`, and the character before it. */
function wordBefore(text: string, end: number, floor: number): { word: string; prev: string } {
  let i = end;
  while (i > floor && end - i <= MAX_WORD && LETTER.test(text[i - 1]!)) i--;
  if (end - i > MAX_WORD) return { word: text.slice(end - MAX_WORD, end), prev: 'x' };
  return { word: text.slice(i, end), prev: i > floor ? text[i - 1]! : '' };
}

/** True when nothing but marks and spaces is left in the paragraph after `k` (looking at most TAIL_LOOK characters). */
function onlyMarksLeft(text: string, k: number, end: number): boolean {
  if (end - k > TAIL_LOOK) return false;
  for (let i = k; i < end; i++) if (/[\p{L}\p{N}]/u.test(text[i]!)) return false;
  return true;
}

/** The word (letters only, at most MAX_WORD + 1) starting at `start`. */
function wordAfter(text: string, start: number, to: number): string {
  let i = start;
  while (i < to && i - start <= MAX_WORD && LETTER.test(text[i]!)) i++;
  return text.slice(start, i);
}

/** Whether the end mark text[a, b) followed by text[j…] (after closers; `closed` when there were some) ends a sentence. */
function endsHere(text: string, a: number, b: number, j: number, k: number, closed: boolean, p: Span): boolean {
  const next = text[k]!;
  if (k === j) {
    // no space after the mark: "3.5", "U.S.-led", "site.fr"; but MT text glues sentences: "la fin.Le lendemain"
    if (closed || b - a !== 1 || text[a] !== '.' || !UPPER.test(next)) return false;
    const { word } = wordBefore(text, a, p.start);
    return word.length >= 3 && LOWER.test(word[word.length - 1]!);
  }
  // "… de ces abus. » ." (spaced typography): the last end mark ends the sentence, not this one
  if (LOWER.test(next) || CONTINUERS.includes(next) || ENDS.includes(next)) return false;
  // "10 mars 2017 . –" then the paragraph ends: a trailing dash or bracket is no sentence of its own
  if (onlyMarksLeft(text, k, p.end)) return false;
  // "… en première ligne. […] Le reste" : a cut mark stays with the sentence before it
  if (CUT_MARKS.some((c) => text.startsWith(c, k))) return false;
  if (b - a === 1 && text[a] === '.' && !closed) {
    const { word, prev } = wordBefore(text, a, p.start);
    const kind = periodKind(word, prev);
    if (kind === 'title' || kind === 'never') return false;
    if (kind === 'before-number' && next >= '0' && next <= '9') return false;
    if (kind === 'initial') return isStarter(wordAfter(text, k, p.end));
  }
  return true;
}

/** Sentence spans of the paragraph `p` of `text` (trimmed; every character of the paragraph is in one). */
export function splitParagraph(text: string, p: Span): Span[] {
  return splitParagraphInto(text, p, []);
}

/** Appends the sentence spans of the paragraph `p` to `out` (no array per paragraph); returns `out`. */
export function splitParagraphInto(text: string, p: Span, out: Span[]): Span[] {
  let s = p.start;
  CANDIDATE.lastIndex = p.start;
  for (let m = CANDIDATE.exec(text); m && m.index < p.end; m = CANDIDATE.exec(text)) {
    const a = m.index;
    const b = Math.min(a + m[0].length, p.end);
    let j = b;
    // closing quotes and brackets belong to the sentence they close
    for (;;) {
      if (j < p.end && CLOSERS.includes(text[j]!)) { j++; continue; }
      if (isSpaceCh(text[j]) && j + 1 < p.end && SPACED_CLOSERS.includes(text[j + 1]!)) { j += 2; continue; }
      break;
    }
    if (j >= p.end) break;
    let k = j;
    while (k < p.end && isSpaceCh(text[k])) k++;
    if (k >= p.end) break;
    if (!endsHere(text, a, b, j, k, j > b, p)) { CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, b); continue; }
    out.push({ start: s, end: j });
    s = k;
    CANDIDATE.lastIndex = k;
  }
  if (s < p.end) out.push({ start: s, end: p.end });
  return out;
}
