// Letter tests by code unit for the hand-written scanners that replace `/\p{L}+/gu` loops (a regex exec and a
// match array per word cost more than the word's whole analysis). They answer exactly what `\p{L}` answers:
// a fast path for ASCII and Latin-1/Latin Extended-A/B (every code in U+00C0–U+024F but × and ÷ is a
// letter), a memo for the rest of the BMP, and a regex for surrogate pairs.

const LETTER = /^\p{L}$/u;
const LOWER = /^\p{Ll}$/u;
/** Memo of LETTER / LOWER for BMP code units: 0 not yet asked, 1 yes, 2 no. A pure cache, filled on use. */
const LETTER_MEMO = new Uint8Array(0x10000);
const LOWER_MEMO = new Uint8Array(0x10000);

function memo(table: Uint8Array, re: RegExp, c: number): boolean {
  let v = table[c]!;
  if (v === 0) table[c] = v = re.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** Length in code units (1, or 2 for a surrogate pair) of the `\p{L}` letter at `i` (before `to`), or 0. */
export function letterLength(text: string, i: number, to = text.length): number {
  if (i >= to || i < 0) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    if (i + 1 >= to) return 0;
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff && LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return memo(LETTER_MEMO, LETTER, c) ? 1 : 0;
}

/** End of the run of `\p{L}` letters starting at `i` (i itself when there is no letter there), before `to`. */
export function letterRunEnd(text: string, i: number, to = text.length): number {
  for (let n = letterLength(text, i, to); n > 0; n = letterLength(text, i, to)) i += n;
  return i;
}

/** True when the code unit at `i` is a `\p{Ll}` lowercase letter of the BMP (a lone surrogate is not). */
export function isLowerAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 97 && c <= 122;
  return memo(LOWER_MEMO, LOWER, c);
}
