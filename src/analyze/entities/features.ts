// Features of the entity tagger (Ratinov & Roth 2009): word identity, shape, affixes, capitalisation in
// context, neighbouring words and their language-neutral classes, gazetteer (KB) membership, first names,
// document-level evidence (is the same word written in lowercase, or capitalised mid-sentence, elsewhere in
// the article?), context aggregation (the words around the other occurrences of the same capitalised word) and,
// at decoding time, the labels the word already received earlier in the article (prediction history).
// Shared by `npm run train` and the stage. Features are 32-bit hashes (hash.ts) written into a buffer: no
// string is built per feature, which kept the old string features' garbage collector busy.
import { GAZ_BITS, normName, type Kb } from './kb.js';
import { f1, f2, hashRange } from './hash.js';
import { firstNameGender, wordClass } from './lexicon.js';
import type { NerToken } from './tokenize.js';

/** Per-document facts the features read, computed once per document. */
export interface DocView {
  tokens: readonly NerToken[];
  lower: string[];
  /** The token opens a sentence (or a heading line, or follows an opening quotation mark that does). */
  initial: boolean[];
  /** The token starts with an uppercase letter. */
  cap: boolean[];
  /** The token has an uppercase letter or is in a shouted sentence: it may start a name. */
  maybe: Uint8Array;
  /** Hash of the lowercase word, of its shape ("Xx", "XX", "Xx-Xx", "dd"), word class id, gazetteer bits. */
  wh: Uint32Array;
  sh: Uint32Array;
  cls: Uint8Array;
  gaz: Uint8Array;
  /** Writes the static (label-independent) features of token i into `out` from `at`; returns the new end. */
  statics: (i: number, out: Uint32Array, at: number) => number;
}

/** `statics` writes first this many features that read neighbouring words' identities (training may hide them). */
export const CONTEXT_FEATURES = 6;
/** Slot of the previous-label × word feature among those `dynamics` writes (a context identity too). */
export const PLW_SLOT = 3;

const SENT_END = new Set(['.', '!', '?', '…', ':', ';']);
const OPENERS = new Set(['«', '"', '“', '(', '—', '–', '-', '[', '‘', '\'']);
/** A sentence is all capitals (a shouted headline) when at least this share of its words are: then case tells nothing. */
const ALLCAPS_SHARE = 0.7;
/** Other occurrences of a word read by context aggregation: bounds the work per token. */
const MAX_AGG = 6;
const NON_ASCII = /[^\x00-\x7f]/;

// feature templates (numbers mixed into the hashes; renumbering one invalidates the shipped model)
const enum T {
  PW, NW, PPW, NNW, PWW, WNW,   // context identities: first, so that training can hide them (CONTEXT)
  B, W, SH, SI, P3, S3, S4, PSH, NSH, C, PC, PPC, NC, G, PG, NG, FN, PFN, DL, DC, AGP, AGN, AGC, NFN,
  PL, PL2, PLSH, PLW, HIST, HMAJ,
}

const CLASS_IDS = new Map<string, number>([['civ', 1], ['title', 2], ['loc', 3], ['org', 4], ['say', 5], ['det', 6], ['stop', 7], ['place', 8]]);
const BOS = 0x5eed0001, EOS = 0x5eed0002, UPSHAPE = 0x5eed0003;

/** Per-token character counts that shapeInto fills. */
interface Counts { sh: Uint32Array; upper: Uint16Array; lower: Uint16Array; letters: Uint16Array }

/** Shape hash of `w` (X upper, x lower, d digit, other characters kept; runs longer than 2 shortened) and letter counts, into slot i. */
function shapeInto(w: string, lw: string, i: number, c: Counts): void {
  let h = 0x811c9dc5, last = -1, run = 0, len = 0, upper = 0, lower = 0;
  for (let j = 0; j < w.length; j++) {
    const code = w.charCodeAt(j);
    let k: number;
    if (code >= 48 && code <= 57) k = 100;
    else if (code !== lw.charCodeAt(j)) { k = 88; upper++; }
    else if ((code >= 97 && code <= 122) || (code >= 0xc0 && (code < 0x2000 || code > 0x2bff))) { k = 120; lower++; }
    else k = code;
    if (k === last) { if (++run > 2) continue; } else { last = k; run = 1; }
    if (len++ > 8) continue;
    h = Math.imul(h ^ k, 0x01000193);
  }
  c.sh[i] = h >>> 0;
  c.upper[i] = Math.min(upper, 65535); c.lower[i] = Math.min(lower, 65535); c.letters[i] = Math.min(upper + lower, 65535);
}

/** Builds the document view. Linear in the number of tokens. */
export function viewOf(text: string, tokens: readonly NerToken[], kb: Kb): DocView {
  const n = tokens.length;
  const lower: string[] = new Array(n);
  const cap: boolean[] = new Array(n);
  const initial: boolean[] = new Array(n);
  const maybe = new Uint8Array(n), cls = new Uint8Array(n), gaz = new Uint8Array(n), fn = new Uint8Array(n);
  const wh = new Uint32Array(n), sh = new Uint32Array(n);
  const nUpper = new Uint16Array(n), nLower = new Uint16Array(n), nLetters = new Uint16Array(n);
  const counts: Counts = { sh, upper: nUpper, lower: nLower, letters: nLetters };
  let nl = text.indexOf('\n');   // the next line break: one pointer moving forward keeps this linear
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    const lw = t.toLowerCase();
    lower[i] = lw;
    wh[i] = hashRange(lw, 0, lw.length);
    shapeInto(lw.length === t.length ? t : lw, lw, i, counts);
    cap[i] = t.charCodeAt(0) !== lw.charCodeAt(0);
    maybe[i] = nUpper[i]! > 0 ? 1 : 0;
    cls[i] = CLASS_IDS.get(wordClass(lw) ?? '') ?? 0;
    // skip back over opening marks (at most 3) to the token that tells whether a sentence starts here
    let j = i - 1;
    for (let k = 0; k < 3 && j >= 0 && OPENERS.has(tokens[j]!.text); k++) j--;
    const from = j >= 0 ? tokens[j]!.end : 0;
    while (nl >= 0 && nl < from) nl = text.indexOf('\n', from);
    initial[i] = j < 0 || SENT_END.has(tokens[j]!.text) || (nl >= 0 && nl < tokens[i]!.start);
  }
  // shouted sentences: shape tells nothing there, and any word may start a name
  for (let s = 0; s < n; ) {
    let e = s + 1;
    while (e < n && !initial[e]) e++;
    let words = 0, caps = 0;
    for (let i = s; i < e; i++) if (nLetters[i]! >= 2) { words++; if (nLower[i] === 0) caps++; }
    if (words >= 4 && caps >= ALLCAPS_SHARE * words) for (let i = s; i < e; i++) { sh[i] = UPSHAPE; maybe[i] = 1; }
    s = e;
  }
  // gazetteer and first names, on words that may be names
  for (let i = 0; i < n; i++) {
    if (!maybe[i]) continue;
    const lw = lower[i]!;
    gaz[i] = kb.tokenMask.get(lw) ?? (NON_ASCII.test(lw) || lw.includes("'") ? kb.tokenMask.get(normName(lw)) ?? 0 : 0);
    fn[i] = firstNameGender(lw) ? 1 : 0;
  }
  // document evidence: lowercase elsewhere, capitalised mid-sentence elsewhere, other occurrences
  const lowSeen = new Set<number>(), capMid = new Set<number>();
  const occ = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (nUpper[i] === 0 && nLetters[i]! > 0) lowSeen.add(wh[i]!);
    else if (cap[i]) {
      if (!initial[i] && sh[i] !== UPSHAPE) capMid.add(wh[i]!);
      const l = occ.get(wh[i]!);
      if (!l) occ.set(wh[i]!, [i]); else if (l.length < MAX_AGG + 1) l.push(i);
    }
  }
  const view: DocView = { tokens, lower, initial, cap, maybe, wh, sh, cls, gaz, statics };
  function statics(i: number, out: Uint32Array, at: number): number {
    let k = at;
    const w = wh[i]!, s = sh[i]!, lw = lower[i]!;
    const p = i > 0 ? wh[i - 1]! : BOS, nx = i + 1 < n ? wh[i + 1]! : EOS;
    out[k++] = f1(T.PW, p); out[k++] = f1(T.NW, nx); out[k++] = f2(T.PWW, p, w); out[k++] = f2(T.WNW, w, nx);
    out[k++] = f1(T.PPW, i > 1 ? wh[i - 2]! : BOS); out[k++] = f1(T.NNW, i + 2 < n ? wh[i + 2]! : EOS);
    out[k++] = f1(T.B, 0); out[k++] = f1(T.W, w); out[k++] = f1(T.SH, s); out[k++] = f2(T.SI, initial[i] ? 1 : 0, s);
    if (lw.length > 3) { out[k++] = f1(T.P3, hashRange(lw, 0, 3)); out[k++] = f1(T.S3, hashRange(lw, lw.length - 3, lw.length)); }
    if (lw.length > 5) out[k++] = f1(T.S4, hashRange(lw, lw.length - 4, lw.length));
    out[k++] = f2(T.PSH, i > 0 ? sh[i - 1]! : BOS, s); out[k++] = f2(T.NSH, s, i + 1 < n ? sh[i + 1]! : EOS);
    const c0 = cls[i]!, cp = i > 0 ? cls[i - 1]! : 0, cpp = i > 1 ? cls[i - 2]! : 0, cn = i + 1 < n ? cls[i + 1]! : 0;
    if (c0) out[k++] = f1(T.C, c0);
    if (cp) out[k++] = f2(T.PC, cp, s);
    if (cpp) out[k++] = f1(T.PPC, cpp);
    if (cn) out[k++] = f1(T.NC, cn);
    for (let b = 0; b < GAZ_BITS.length; b++) {
      if (gaz[i]! & (1 << b)) out[k++] = f1(T.G, b);
      if (i > 0 && gaz[i - 1]! & (1 << b)) out[k++] = f1(T.PG, b);
      if (i + 1 < n && gaz[i + 1]! & (1 << b)) out[k++] = f1(T.NG, b);
    }
    if (cap[i]) {
      if (fn[i]) out[k++] = f1(T.FN, 0);
      if (i > 0 && cap[i - 1] && fn[i - 1]) out[k++] = f1(T.PFN, 0);
      if (fn[i] && i + 1 < n && cap[i + 1]) out[k++] = f1(T.NFN, 0);
      const ini = initial[i] ? 1 : 0;
      out[k++] = f2(T.DL, lowSeen.has(w) ? 1 : 0, ini);
      out[k++] = f2(T.DC, capMid.has(w) ? 1 : 0, ini);
      // context aggregation: what surrounds this word where else it appears ("président Poutine" there → PER here)
      const others = occ.get(w);
      // (each feature once: ten "l’OTAN" must not weigh ten times one)
      if (others && others.length > 1) {
        const from = k;
        const add = (x: number): void => { for (let q = from; q < k; q++) if (out[q] === x) return; out[k++] = x; };
        for (const j of others) {
          if (j === i) continue;
          if (j > 0) { add(f1(T.AGP, wh[j - 1]!)); if (cls[j - 1]) add(f1(T.AGC, cls[j - 1]!)); }
          if (j + 1 < n) add(f1(T.AGN, wh[j + 1]!));
        }
      }
    }
    return k;
  }
  return view;
}

/** Most features one token can have: the size of the buffer `statics` writes into. */
export const MAX_FEATURES = 128;

/** Writes the label-dependent features of token i given the two previous labels; returns the new end. */
export function dynamics(v: DocView, i: number, pl: number, ppl: number, out: Uint32Array, at: number): number {
  out[at] = f1(T.PL, pl);
  out[at + 1] = f2(T.PL2, pl, ppl);
  out[at + 2] = f2(T.PLSH, pl, v.sh[i]!);
  out[at + 3] = f2(T.PLW, pl, v.wh[i]!);
  return at + 4;
}

/**
 * Prediction history (Ratinov & Roth's "extended prediction history"): the entity types this word already got
 * earlier in the article. `hist` holds, per capitalised word hash, counts of O, PER, ORG, LOC, MISC so far.
 */
export function history(v: DocView, i: number, hist: Map<number, Uint16Array>, out: Uint32Array, at: number): number {
  const h = v.cap[i] ? hist.get(v.wh[i]!) : undefined;
  if (!h) return at;
  let best = 0;
  for (let t = 0; t < 5; t++) {
    if (h[t]! > h[best]!) best = t;
    if (t > 0 && h[t]) out[at++] = f1(T.HIST, t);
  }
  out[at++] = f1(T.HMAJ, best);
  return at;
}

/** Records that token i got label type `type` (0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC) for the history. */
export function remember(v: DocView, i: number, type: number, hist: Map<number, Uint16Array>): void {
  if (!v.cap[i]) return;
  let h = hist.get(v.wh[i]!);
  if (!h) hist.set(v.wh[i]!, (h = new Uint16Array(5)));
  if (h[type]! < 65535) h[type]!++;
}

/**
 * True when the tagger may skip token i and call it O: after an O, a word without any capital never starts a
 * name, except the few lowercase heads that the training data shows starting names ("armée syrienne",
 * "université de Manchester", "désert syrien"): `starters`, word hashes learned by train-ner.ts.
 */
export function skippable(v: DocView, i: number, pl: number, starters: ReadonlySet<number>): boolean {
  return pl === 0 && !v.maybe[i] && !starters.has(v.wh[i]!);
}
