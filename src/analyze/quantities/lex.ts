// A tiny lexer for looking around a number: the next or previous word, never crossing a line break.
// Every look is bounded, so the stage stays linear however long a line is.

/** A word, a digit run or one other character, with its place in the text. */
export interface Lexeme {
  start: number;
  end: number;
  /** Lower-cased surface. */
  low: string;
  kind: 'num' | 'word' | 'punct';
}

/** Inline spaces: ordinary, no-break (U+00A0), narrow no-break (U+202F) and thin (U+2009). */
export const INLINE_SPACE = /[ \t\u00A0\u202F\u2009]/;
const LETTER = /[\p{L}\p{M}]/u;

/** Letter test with a fast path for ASCII and Latin-1/Latin Extended-A/B, where nearly all text falls. */
function letterCode(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c < 0x250) return c !== 0xd7 && c !== 0xf7;
  return LETTER.test(ch);
}

const isInlineSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;

/** The lexeme starting at or after `pos` on the same line, or null at a line break or the end. */
export function nextLex(text: string, pos: number): Lexeme | null {
  let s = pos;
  const n = text.length;
  while (s < n && isInlineSpace(text.charCodeAt(s))) s++;
  if (s >= n) return null;
  const c = text.charCodeAt(s);
  let e = s + 1;
  let kind: Lexeme['kind'];
  if (c >= 48 && c <= 57) {
    while (e < n && isDigit(text, e)) e++;
    kind = 'num';
  } else if (letterCode(c, text[s]!)) {
    while (e < n && letterCode(text.charCodeAt(e), text[e]!)) e++;
    kind = 'word';
  } else if (/\s/.test(text[s]!)) {
    return null;
  } else kind = 'punct';
  return { start: s, end: e, low: kind === 'word' ? text.slice(s, e).toLowerCase() : text.slice(s, e), kind };
}

/** Longest word looked at backwards: longer runs are not words a rule cares about. */
const MAX_BACK = 40;

/** The lexeme ending at or before `pos` on the same line (skipping inline spaces), or null. */
export function prevLex(text: string, pos: number): Lexeme | null {
  let e = pos;
  while (e > 0 && isInlineSpace(text.charCodeAt(e - 1))) e--;
  if (e === 0 || text[e - 1] === '\n' || text[e - 1] === '\r') return null;
  const c = text[e - 1]!;
  let s = e - 1;
  if (isLetter(text, e - 1)) {
    while (s > 0 && e - s < MAX_BACK && isLetter(text, s - 1)) s--;
    return { start: s, end: e, low: text.slice(s, e).toLowerCase(), kind: 'word' };
  }
  if (c >= '0' && c <= '9') {
    while (s > 0 && e - s < MAX_BACK && text[s - 1]! >= '0' && text[s - 1]! <= '9') s--;
    return { start: s, end: e, low: text.slice(s, e), kind: 'num' };
  }
  return { start: s, end: e, low: c, kind: 'punct' };
}

/** True when the character at `i` is a letter. */
export function isLetter(text: string, i: number): boolean {
  return i >= 0 && i < text.length && letterCode(text.charCodeAt(i), text[i]!);
}

/** True when the character at `i` is an ASCII digit. */
export function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
