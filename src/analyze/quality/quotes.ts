// unbalanced-quote: quotation marks that open and never close within their paragraph (« … with no »), or
// close with nothing open, and an odd number of straight " in a paragraph. One pass over each paragraph
// with a stack, so 200 marks or deep nesting stay linear.
//
// Marks followed: « » and ‹ › (French), “ ” (English; also the French inner level), „ closed by “ or ”
// (German). Single ‘ ’ are not followed: ’ is the apostrophe of "l’OTAN" and "don’t".
// A French quotation running over paragraphs reopens each new paragraph with « (or »): a paragraph that
// ends inside a quotation is not flagged when the next paragraph starts with such a mark; the English
// convention (“ at the start of the next paragraph) is honoured likewise.
import type { Flag, Span } from '../../types.js';

const CLOSERS: Readonly<Record<string, string>> = { '«': '»', '‹': '›', '“': '”', '„': '”' };
const CLOSING = new Set(['»', '›', '”']);
/** Marks that may start a paragraph continuing an open quotation. */
const CONTINUATION = new Set(['«', '»', '“', '‹']);
/** A flag's text runs from the mark to the end of its sentence, at most this far. */
const MAX_FLAG_CHARS = 200;

interface Open { mark: string; at: number }

/** The end of the sentence holding `at`: the first of `sentences` ending after it, else the paragraph end. */
function sentenceEnd(sentences: readonly Span[], at: number, paraEnd: number): number {
  let lo = 0, hi = sentences.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sentences[mid]!.end <= at) lo = mid + 1; else hi = mid; }
  const s = sentences[lo];
  const end = s && s.start <= at ? Math.min(s.end, paraEnd) : paraEnd;
  return Math.min(end, at + MAX_FLAG_CHARS);
}

function firstMark(text: string, p: Span): string {
  let i = p.start;
  while (i < p.end && /\s/.test(text[i]!)) i++;
  return text[i] ?? '';
}

/** `unbalanced-quote` flags, at most one for an unclosed mark and one for a stray closer per paragraph. */
export function unbalancedQuoteFlags(text: string, paragraphs: readonly Span[], sentences: readonly Span[]): Flag[] {
  const out: Flag[] = [];
  const flag = (at: number, end: number, note: string): void => {
    out.push({ kind: 'unbalanced-quote', text: text.slice(at, end), start: at, end, note });
  };
  let carried: Open[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    const stack: Open[] = carried;
    let i = p.start;
    // the mark reopening a continued quotation is not a new opening
    if (stack.length && CONTINUATION.has(firstMark(text, p))) { while (/\s/.test(text[i]!)) i++; i++; }
    let stray = -1, inner = -1, straight = -1, straightCount = 0;
    for (; i < p.end; i++) {
      const c = text[i]!;
      if (c === '"') {
        // 12" is inches; otherwise straight quotes pair up in order
        if (i > 0 && text[i - 1]! >= '0' && text[i - 1]! <= '9') continue;
        straightCount++;
        straight = straightCount % 2 ? i : -1;
      } else if (c === '“' && stack.length && stack[stack.length - 1]!.mark === '„') {
        stack.pop();
      } else if (CLOSERS[c]) {
        stack.push({ mark: c, at: i });
      } else if (CLOSING.has(c)) {
        let k = stack.length - 1;
        while (k >= 0 && CLOSERS[stack[k]!.mark] !== c && !(c === '”' && stack[k]!.mark === '„')) k--;
        if (k < 0) { if (stray < 0) stray = i; continue; }
        // marks opened inside and never closed before this closer
        if (k < stack.length - 1 && inner < 0) inner = stack[k + 1]!.at;
        stack.length = k;
      }
    }
    const next = paragraphs[pi + 1];
    const continues = stack.length > 0 && next !== undefined && CONTINUATION.has(firstMark(text, next));
    if (stack.length && !continues) flag(stack[0]!.at, sentenceEnd(sentences, stack[0]!.at, p.end), `${stack[0]!.mark} not closed in its paragraph`);
    if (inner >= 0) flag(inner, sentenceEnd(sentences, inner, p.end), 'quotation mark not closed before the outer quotation ends');
    if (stray >= 0) {
      const from = Math.max(p.start, stray - MAX_FLAG_CHARS);
      let s = stray;
      while (s > from && !/[.!?]/.test(text[s - 1]!)) s--;
      while (s < stray && /\s/.test(text[s]!)) s++;
      flag(s, stray + 1, `${text[stray]} closes no open quotation`);
    }
    if (straight >= 0) flag(straight, sentenceEnd(sentences, straight, p.end), 'odd number of " in the paragraph');
    carried = continues ? stack.slice(0, 1) : [];
  }
  return out;
}
