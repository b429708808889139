// unbalanced-quote: quotation marks that open and never close (« … with no »), or close with nothing open.
// One pass over the paragraphs with a bounded stack, so 200 marks, deep nesting or a 1 MB line stay linear.
//
// Marks followed: « » and ‹ › (French), “ ” (English; also the French inner level), „ closed by “ or ”
// (German), and straight " (each one closes an open " or opens one). Single ‘ ’ are not followed: ’ is the
// apostrophe of "l’OTAN" and "don’t".
// Quotations may run over paragraphs: the French convention reopens each new paragraph with « (or »), the
// English one with “ or ", and some texts put one sentence a line with no mark at all. So an open mark is
// carried into the next paragraphs, and flagged only when the same mark opens again before it closes, when
// CARRY_PARAGRAPHS paragraphs pass without its closer, or when the text ends.
import type { Flag, Span } from '../../types.js';

const CLOSERS: Readonly<Record<string, string>> = { '«': '»', '‹': '›', '“': '”', '„': '”', '"': '"' };
const CLOSING = new Set(['»', '›', '”']);
const QUOTE_MARK = /["«»‹›“”„]/g;
/** Marks that may start a paragraph continuing an open quotation. */
const CONTINUATION = new Set(['«', '»', '“', '‹', '"']);
/**
 * How many paragraphs an open quotation may run without a closer. Checked on wikinews-en-quotes (quotes
 * written one sentence a line run up to 4 lines) and winer-fr; the seed's unclosed « meets a new « first.
 */
const CARRY_PARAGRAPHS = 6;
/** Deeper nesting than this is garbage: the oldest mark is flagged and dropped, so each step stays O(1). */
const MAX_DEPTH = 16;
/** At most this many flags for one paragraph: 200 stray marks are one problem, not 200. */
const MAX_FLAGS_PER_PARAGRAPH = 3;
/** A flag's text runs from the mark to the end of its sentence, at most this far. */
const MAX_FLAG_CHARS = 200;

interface Open { mark: string; at: number; para: number }

/** The end of the sentence holding `at`: the first of `sentences` ending after it, else the paragraph end. */
function sentenceEnd(sentences: readonly Span[], at: number, paraEnd: number): number {
  let lo = 0, hi = sentences.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[mid]!.end <= at) lo = mid + 1; else hi = mid; }
  const s = sentences[lo];
  const end = s && s.start <= at ? Math.min(s.end, paraEnd) : paraEnd;
  return Math.min(end, at + MAX_FLAG_CHARS);
}

/** `unbalanced-quote` flags: unclosed openers (at most one per paragraph left open) and stray closers. */
export function unbalancedQuoteFlags(text: string, paragraphs: readonly Span[], sentences: readonly Span[]): Flag[] {
  const out: Flag[] = [];
  const paraEnds: number[] = [];
  const perPara = new Map<number, number>();
  const unclosed = (o: Open): void => {
    const n = perPara.get(o.para) ?? 0;
    if (n >= MAX_FLAGS_PER_PARAGRAPH) return;
    perPara.set(o.para, n + 1);
    const end = sentenceEnd(sentences, o.at, paraEnds[o.para]!);
    out.push({ kind: 'unbalanced-quote', text: text.slice(o.at, end), start: o.at, end, note: `${o.mark} never closed` });
  };
  const stack: Open[] = [];
  // the first mark found past the previous paragraph's end is kept for the next paragraphs (null when no
  // mark is left in the text): scanning again from each paragraph start would read a long quote-free
  // stretch once per paragraph
  let ahead: RegExpExecArray | null = null;
  let exhausted = false;
  // flags the bottom entry of a run being dropped; the marks above it are its consequences
  const drop = (from: number): void => { if (from < stack.length) unclosed(stack[from]!); stack.length = from; };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    paraEnds.push(p.end);
    let i = p.start;
    // quotations opened too long ago never closed
    let k = 0;
    while (k < stack.length && stack[k]!.para < pi - CARRY_PARAGRAPHS) k++;
    if (k > 0) { unclosed(stack[0]!); stack.splice(0, k); }
    // the mark reopening a continued quotation is not a new opening
    if (stack.length && CONTINUATION.has(text[i]!)) i++;
    let stray = -1;
    // jump from mark to mark: most of a text has none
    let m: RegExpExecArray | null = null;
    if (ahead && ahead.index >= i) { m = ahead; QUOTE_MARK.lastIndex = m.index + m[0].length; }
    else if (!exhausted) { QUOTE_MARK.lastIndex = i; m = QUOTE_MARK.exec(text); }
    for (; m && m.index < p.end; m = QUOTE_MARK.exec(text)) {
      i = m.index;
      const c = m[0];
      if (c === '"' && i > 0 && text[i - 1]! >= '0' && text[i - 1]! <= '9') continue; // 12" is inches
      if (c === '“' && stack.length && stack[stack.length - 1]!.mark === '„') { stack.pop(); continue; }
      const opens = CLOSERS[c] !== undefined;
      if (opens && c !== '"') {
        // the same mark opening again while an earlier paragraph's is still open: that one never closed
        const j = stack.findIndex((o) => o.mark === c && o.para < pi);
        if (j >= 0) drop(j);
        if (stack.length >= MAX_DEPTH) { unclosed(stack[0]!); stack.shift(); }
        stack.push({ mark: c, at: i, para: pi });
        continue;
      }
      if (!opens && !CLOSING.has(c)) continue;
      let j = stack.length - 1;
      while (j >= 0 && CLOSERS[stack[j]!.mark] !== c) j--;
      if (j < 0) {
        if (c === '"') { if (stack.length >= MAX_DEPTH) { unclosed(stack[0]!); stack.shift(); } stack.push({ mark: c, at: i, para: pi }); }
        else if (stray < 0) stray = i;
        continue;
      }
      // marks opened inside and never closed before this closer
      if (j < stack.length - 1) unclosed(stack[j + 1]!);
      stack.length = j;
    }
    ahead = m;
    exhausted = m === null;
    if (stray >= 0) {
      const from = Math.max(p.start, stray - MAX_FLAG_CHARS);
      let s = stray;
      while (s > from && !/[.!?]/.test(text[s - 1]!)) s--;
      while (s < stray && /\s/.test(text[s]!)) s++;
      out.push({ kind: 'unbalanced-quote', text: text.slice(s, stray + 1), start: s, end: stray + 1, note: `${text[stray]} closes no open quotation` });
    }
  }
  drop(0);
  return out.sort((a, b) => a.start - b.start);
}
