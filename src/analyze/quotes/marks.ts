// Quotation marks paired into quoted spans, paragraph by paragraph, in one linear pass. Nested quotes stay
// inside their outer span; a quote left open at a paragraph's end runs on when the next paragraph reopens
// it (« … ¶ « … » in French, “… ¶ “…” in English) or closes it, and otherwise stops at the paragraph's end.
import type { Span } from '../../types.js';

/** One outermost quoted span. */
export interface Quoted {
  /** Offset of the opening mark. */
  open: number;
  /** The words inside, without the marks. */
  inner: Span;
  /** Offset just after the closing mark (= inner.end when the quote was never closed). */
  close: number;
  /** True when no closing mark was found. */
  unclosed: boolean;
}

/** Closing mark expected for each opening mark. */
const CLOSER: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›', '‘': '’', '"': '"', '‚': '‘' };
/** Deeper nesting than this is read as stray marks (keeps the stack small on 200 marks in a row). */
const MAX_DEPTH = 6;
/** A quote runs on over at most this many paragraphs. */
const MAX_PARAGRAPHS = 12;
const LETTER = /[\p{L}\p{N}]/u;

interface Open { ch: string; at: number }

/** Pairs the quotation marks of `text` into outermost quoted spans. */
export function pairQuotes(text: string, paragraphs: readonly Span[]): Quoted[] {
  const out: Quoted[] = [];
  let carry: Open | null = null;
  let carried = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const stack: Open[] = [];
    let i = p.start;
    if (carry) {
      stack.push(carry);
      // the reopening mark of a continued quote is not a new quote
      const c = text[i];
      if (c === '«' || c === '»' || c === carry.ch) i++;
    }
    carry = null;
    for (; i < p.end; i++) {
      const c = text[i]!;
      if (!(c in CLOSER) && c !== '»' && c !== '”' && c !== '›' && c !== '’') continue;
      const prev = i > p.start ? text[i - 1]! : ' ';
      const next = i + 1 < p.end ? text[i + 1]! : ' ';
      // ’ is an apostrophe unless a ‘ is open and no letter follows; ‘ opens only after a non-letter
      if (c === '’' && (LETTER.test(next) || !stack.some((o) => o.ch === '‘'))) continue;
      if (c === '‘' && LETTER.test(prev)) continue;
      let k = -1;
      for (let j = stack.length - 1; j >= 0; j--) if (CLOSER[stack[j]!.ch] === c) { k = j; break; }
      // a straight " closes an open one unless it plainly opens a nested one (space before, letter after)
      const closes = k >= 0 && (c !== '"' || !(/\s/.test(prev) && LETTER.test(next)));
      if (closes) {
        if (k === 0) out.push({ open: stack[0]!.at, inner: { start: stack[0]!.at + 1, end: i }, close: i + 1, unclosed: false });
        stack.length = k;
      } else if (c in CLOSER && stack.length < MAX_DEPTH) {
        stack.push({ ch: c, at: i });
      }
    }
    if (!stack.length) { carried = 0; continue; }
    const open = stack[0]!;
    const np = paragraphs[pi + 1];
    if (np && carried < MAX_PARAGRAPHS && continues(text, open.ch, np)) {
      carry = open;
      carried++;
    } else {
      carried = 0;
      out.push({ open: open.at, inner: { start: open.at + 1, end: p.end }, close: p.end, unclosed: true });
    }
  }
  return out;
}

/** Does the quote opened with `ch` run on into paragraph `np`? It does when `np` reopens it or closes it first. */
function continues(text: string, ch: string, np: Span): boolean {
  const first = text[np.start];
  if (first === ch || (ch === '«' && first === '»')) return true;
  if (ch === '"') return false;
  const closer = CLOSER[ch]!;
  const c = text.indexOf(closer, np.start);
  if (c < 0 || c >= np.end) return false;
  const o = text.indexOf(ch, np.start);
  return o < 0 || o > c;
}
