// The words of one stretch of text, as the quote matchers see them: lower-cased, apostrophes unified,
// hyphenated inversions kept whole ("a-t-il", "dit-elle") so one look-up tells a cue from its subject.
import type { Span } from '../../types.js';

/** One word or punctuation mark of a unit. */
export interface Word extends Span {
  /** Lower case, ’ written ', surrounding dots kept off ("M." → "m" with `dot`). */
  w: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** A letter or digit word (false for punctuation and quotation marks). */
  alpha: boolean;
}

// a word with its inner hyphens and apostrophes ("porte-parole", "a-t-il", "aujourd'hui"), a number, or
// one other mark; an apostrophe followed by a letter or a space ends an elision ("qu'il", "l' Iran")
const WORD = /(?:\p{Lu}\.){2,}|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:[-‑][\p{L}\p{M}\p{N}]+)*(?:['’](?=[\p{L}\s]))?|\S/gu;
/** French elisions: "qu'", "l'" stay one word when the apostrophe ends them. */
const ELIDED = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]$/i;
const UPPER = /^\p{Lu}/u;
const ALNUM = /^[\p{L}\p{M}\p{N}]/u;

/** Splits text[from, to) into words. Linear: one regex pass. */
export function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let s = m[0];
    let end = m.index + s.length;
    if (end > to) { s = s.slice(0, to - m.index); end = to; }
    // "Iran' s" is not an elision: keep the apostrophe only on French elided words and mid-word
    if (s.length > 1 && (s.endsWith("'") || s.endsWith('’')) && !ELIDED.test(s) && text[end] !== undefined && /\s/.test(text[end]!)) {
      s = s.slice(0, -1);
      end--;
      WORD.lastIndex = end;
    }
    const low = s.toLowerCase();
    const c = s.charCodeAt(0);
    // ASCII fast paths; the Unicode tests only for other characters
    const alpha = c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : ALNUM.test(s);
    const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(s);
    out.push({ start: m.index, end, w: low.includes('’') ? low.replace(/’/g, "'") : low, cap, alpha });
  }
  return out;
}

/** The index of the first word starting at or after `pos` (binary search). */
export function wordAt(ws: readonly Word[], pos: number): number {
  let lo = 0, hi = ws.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (ws[mid]!.start < pos) lo = mid + 1; else hi = mid; }
  return lo;
}
