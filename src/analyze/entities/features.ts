// Features of the entity tagger (Ratinov & Roth 2009): word identity, shape, affixes, capitalisation in
// context, neighbouring words and their language-neutral classes, gazetteer (KB) membership, first names, and
// document-level evidence (is the same word written in lowercase, or capitalised mid-sentence, elsewhere in
// the article?). Shared by `npm run train` and the stage: what is computed here must not depend on anything else.
import type { Kb } from './kb.js';
import { normName } from './kb.js';
import { firstNameGender, wordClass } from './lexicon.js';
import type { NerToken } from './tokenize.js';

/** Per-document facts the features read, computed once per document. */
export interface DocView {
  tokens: readonly NerToken[];
  lower: string[];
  shape: string[];
  /** The token opens a sentence (or a heading line, or follows an opening quotation mark that does). */
  initial: boolean[];
  /** The token starts with an uppercase letter. */
  cap: boolean[];
  /** Static feature strings of each token (label-independent), computed on first request (most tokens never need them). */
  statics: (i: number) => string[];
}

const UPPER = /\p{Lu}/u;
const LOWER_ONLY = /^[\p{Ll}\p{M}'’-]+$/u;
const SENT_END = new Set(['.', '!', '?', '…', ':', ';']);
const OPENERS = new Set(['«', '"', '“', '(', '—', '–', '-', '[', '‘', '\'']);
/** A sentence is all capitals (a shouted headline) when at least this share of its words are: then case tells nothing. */
const ALLCAPS_SHARE = 0.7;

/** The word's shape: X upper, x lower, d digit, other characters kept; runs longer than 2 shortened ("Xxx", "XX-Xxx"). */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length <= 8; i++) {
    const ch = w[i]!;
    const code = w.charCodeAt(i);
    const c = code >= 48 && code <= 57 ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : code > 127 && /\p{L}/u.test(ch) ? 'l' : ch;
    if (c === last) { if (++run > 2) continue; } else { last = c; run = 1; }
    out += c;
  }
  return out;
}

/** Builds the document view and every token's static features. */
export function viewOf(text: string, tokens: readonly NerToken[], kb: Kb): DocView {
  const n = tokens.length;
  const lower = tokens.map((t) => t.text.toLowerCase());
  const cap = tokens.map((t) => UPPER.test(t.text.charAt(0)));
  const initial: boolean[] = new Array(n);
  let nl = text.indexOf('\n');   // the next line break: one pointer moving forward keeps this linear
  for (let i = 0; i < n; i++) {
    // skip back over opening marks (at most 3) to the token that tells whether a sentence starts here
    let j = i - 1;
    for (let k = 0; k < 3 && j >= 0 && OPENERS.has(tokens[j]!.text); k++) j--;
    const from = j >= 0 ? tokens[j]!.end : 0;
    while (nl >= 0 && nl < from) nl = text.indexOf('\n', from);
    initial[i] = j < 0 || SENT_END.has(tokens[j]!.text) || (nl >= 0 && nl < tokens[i]!.start);
  }
  // shouted sentences: shape tells nothing there
  const shape = tokens.map((t) => shapeOf(t.text));
  for (let s = 0; s < n; ) {
    let e = s + 1;
    while (e < n && !initial[e]) e++;
    let words = 0, caps = 0;
    for (let i = s; i < e; i++) if (/\p{L}{2}/u.test(tokens[i]!.text)) { words++; if (!/\p{Ll}/u.test(tokens[i]!.text)) caps++; }
    if (words >= 4 && caps >= ALLCAPS_SHARE * words) for (let i = s; i < e; i++) shape[i] = 'UP';
    s = e;
  }
  // document evidence
  const lowSeen = new Set<string>();
  const capMid = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!.text;
    if (LOWER_ONLY.test(t)) lowSeen.add(t);
    else if (cap[i] && !initial[i] && shape[i] !== 'UP') capMid.add(lower[i]!);
  }
  const cls = (i: number): string | undefined => wordClass(lower[i]!);
  const gaz = (i: number): readonly string[] | undefined => (cap[i] || shape[i] === 'UP' ? kb.tokenClasses.get(normName(lower[i]!)) : undefined);
  const memo: (string[] | undefined)[] = new Array(n);
  const statics = (i: number): string[] => memo[i] ?? (memo[i] = staticsOf(i));
  const staticsOf = (i: number): string[] => {
    const w = lower[i]!;
    const sh = shape[i]!;
    const f: string[] = ['b', 'w=' + w, 'sh=' + sh, 'si=' + (initial[i] ? 1 : 0) + sh];
    if (w.length > 3) f.push('p3=' + w.slice(0, 3), 's3=' + w.slice(-3));
    if (w.length > 5) f.push('s4=' + w.slice(-4));
    const p = i > 0 ? lower[i - 1]! : '<s>', nx = i + 1 < n ? lower[i + 1]! : '</s>';
    f.push('pw=' + p, 'nw=' + nx, 'pww=' + p + '|' + w);
    f.push('ppw=' + (i > 1 ? lower[i - 2]! : '<s>'), 'nnw=' + (i + 2 < n ? lower[i + 2]! : '</s>'));
    f.push('psh=' + (i > 0 ? shape[i - 1]! : '<s>') + '|' + sh, 'nsh=' + sh + '|' + (i + 1 < n ? shape[i + 1]! : '</s>'));
    const c0 = cls(i), cp = i > 0 ? cls(i - 1) : undefined, cpp = i > 1 ? cls(i - 2) : undefined, cn = i + 1 < n ? cls(i + 1) : undefined;
    if (c0) f.push('c=' + c0);
    if (cp) f.push('pc=' + cp + '|' + sh);
    if (cpp) f.push('ppc=' + cpp);
    if (cn) f.push('nc=' + cn);
    for (const g of gaz(i) ?? []) f.push('g=' + g);
    if (i > 0) for (const g of gaz(i - 1) ?? []) f.push('pg=' + g);
    if (i + 1 < n) for (const g of gaz(i + 1) ?? []) f.push('ng=' + g);
    if (cap[i]) {
      const fn = firstNameGender(w);
      if (fn) f.push('fn');
      if (i > 0 && cap[i - 1] && firstNameGender(lower[i - 1]!)) f.push('pfn');
      f.push('dl=' + (lowSeen.has(w) ? 1 : 0) + (initial[i] ? 1 : 0), 'dc=' + (capMid.has(w) ? 1 : 0) + (initial[i] ? 1 : 0));
    }
    return f;
  };
  return { tokens, lower, shape, initial, cap, statics };
}

/** The label-dependent features of token i given the two previous labels. */
export function dynamics(v: DocView, i: number, pl: string, ppl: string): string[] {
  return ['pl=' + pl, 'pl2=' + pl + '|' + ppl, 'plsh=' + pl + '|' + v.shape[i], 'plw=' + pl + '|' + v.lower[i]];
}

/** True when the tagger may skip token i and call it O: after an O, a word without any capital never starts a name. */
export function skippable(v: DocView, i: number, pl: string): boolean {
  return pl === 'O' && !v.cap[i] && v.shape[i] !== 'UP' && !UPPER.test(v.tokens[i]!.text);
}
