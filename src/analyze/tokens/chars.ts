// Character classes for the tokenizer, by code unit, with an ASCII/Latin fast path: the tokenizer asks
// these once per character, so they must not build strings or run a regex for common letters.

const LETTER_RE = /^[\p{L}\p{M}]$/u;
const PUNCT_RE = /^\p{P}$/u;

/** True for white space, including no-break spaces (U+00A0, U+202F) and the other Unicode spaces. */
export function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x205f || c === 0x1680 || c === 0x85;
}

/** True for an ASCII digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when the code unit at `i` starts a letter (or combining mark), surrogate pairs included. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // Latin-1 and Latin Extended-A/B letters (é, ç, œ, ł, ș…), except × and ÷
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_RE.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return LETTER_RE.test(text[i]!);
}

/** True for a letter or digit at `i`. */
export function isAlnumAt(text: string, i: number): boolean {
  return isDigit(text.charCodeAt(i)) || isLetterAt(text, i);
}

/** True for a hyphen that may join the parts of one word ("Jean-Yves", "a-t-il"). */
export function isJoiner(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** True for an apostrophe: straight ' or typographic ’. */
export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** True for a space that may separate digit groups ("100 000", "1 500 000"): space, NBSP, narrow NBSP, thin space. */
export function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** True when the character is punctuation (else it is a symbol: €, +, emoji, and "%" "‰" which go with numbers). */
export function isPunct(ch: string): boolean {
  return ch !== '%' && ch !== '‰' && PUNCT_RE.test(ch);
}
