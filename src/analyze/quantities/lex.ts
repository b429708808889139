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
const NEXT = /[ \t\u00A0\u202F\u2009]*(?:(\d+)|([\p{L}\p{M}]+)|([^\s\u00A0\u202F\u2009]))/uy;
const LETTER = /[\p{L}\p{M}]/u;

/** The lexeme starting at or after `pos` on the same line, or null at a line break or the end. */
export function nextLex(text: string, pos: number): Lexeme | null {
  NEXT.lastIndex = pos;
  const m = NEXT.exec(text);
  if (!m) return null;
  const end = NEXT.lastIndex;
  const surface = m[1] ?? m[2] ?? m[3]!;
  return { start: end - surface.length, end, low: surface.toLowerCase(), kind: m[1] ? 'num' : m[2] ? 'word' : 'punct' };
}

/** Longest word looked at backwards: longer runs are not words a rule cares about. */
const MAX_BACK = 40;

/** The lexeme ending at or before `pos` on the same line (skipping inline spaces), or null. */
export function prevLex(text: string, pos: number): Lexeme | null {
  let e = pos;
  while (e > 0 && INLINE_SPACE.test(text[e - 1]!)) e--;
  if (e === 0 || text[e - 1] === '\n' || text[e - 1] === '\r') return null;
  const c = text[e - 1]!;
  let s = e - 1;
  if (LETTER.test(c)) {
    while (s > 0 && e - s < MAX_BACK && LETTER.test(text[s - 1]!)) s--;
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
  return i >= 0 && i < text.length && LETTER.test(text[i]!);
}

/** True when the character at `i` is an ASCII digit. */
export function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
