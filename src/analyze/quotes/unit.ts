// Units: the sentences of the body, merged where a quotation runs across a sentence or paragraph break,
// each with its words, its cues and the outermost quotes that open inside it.
import type { Span } from '../../types.js';
import { findCues, type Cue } from './cues.js';
import type { QuoteLexicon } from './lexicon.js';
import type { Quoted } from './marks.js';
import { words, wordAt, type Word } from './words.js';

/** One unit with everything the matchers read. */
export interface Unit extends Span {
  ws: Word[];
  /** Cues outside quotation marks. */
  cues: Cue[];
  /** Quotes opening in this unit, with the word index of the opening mark and the first word after the closing one. */
  quotes: { q: Quoted; a: number; b: number }[];
  /** For each word, true when it lies inside quotation marks. */
  quoted: boolean[];
  /** Cue by the index of its first word. */
  cueAt: Map<number, Cue>;
  /** For each opening mark's word index, the index of the first word after its quote. */
  opensAt: Map<number, number>;
  /** alphaBefore[i]: how many letter words outside quotation marks stand before word i (length ws.length + 1). */
  alphaBefore: Int32Array;
}

/** How far back look-backs over a unit reach, in words: a 1 MB line without a full stop stays linear. */
export const LOOK_BACK = 80;

/** Index of the first cue of `u` starting at or after word `i` (binary search). */
export function cueFrom(u: Unit, i: number): number {
  let lo = 0, hi = u.cues.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (u.cues[mid]!.first < i) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Sentences merged so that no quote is cut (« A. B », a-t-il dit is one unit). Linear in sentences + quotes. */
export function mergeUnits(sentences: readonly Span[], quotes: readonly Quoted[]): Span[] {
  const out: Span[] = [];
  let qi = 0;
  for (const s of sentences) {
    while (qi < quotes.length && quotes[qi]!.close <= s.start) qi++;
    const q = quotes[qi];
    const cur = out[out.length - 1];
    if (cur && q && q.open < s.start && q.open >= cur.start) cur.end = Math.max(cur.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Builds the unit over `span`. */
export function buildUnit(text: string, span: Span, quotes: readonly Quoted[], lex: QuoteLexicon): Unit {
  const ws = words(text, span.start, span.end);
  const quoted = new Array<boolean>(ws.length).fill(false);
  const qs: Unit['quotes'] = [];
  for (const q of quotes) {
    const a = wordAt(ws, q.open);
    const b = wordAt(ws, q.close);
    for (let i = a + 1; i < b; i++) quoted[i] = true;
    qs.push({ q, a, b });
  }
  const cues = findCues(ws, lex).filter((c) => !quoted[c.verb]);
  const cueAt = new Map<number, Cue>();
  for (const c of cues) cueAt.set(c.first, c);
  const opensAt = new Map<number, number>();
  for (const { a, b } of qs) opensAt.set(a, b);
  const alphaBefore = new Int32Array(ws.length + 1);
  for (let i = 0; i < ws.length; i++) alphaBefore[i + 1] = alphaBefore[i]! + (ws[i]!.alpha && !quoted[i] ? 1 : 0);
  return { start: span.start, end: span.end, ws, cues, quotes: qs, quoted, cueAt, opensAt, alphaBefore };
}
