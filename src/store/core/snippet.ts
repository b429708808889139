// Search snippets: ~180 characters of body around the first query word, accents and case ignored ("geneve" finds
// "GENÈVE"). The body is compared through its folded form, one UTF-16 unit for one (fold), so an index in the folded
// text is an index in the body. A word that folds to plain ASCII, as most do, is looked for without folding: a
// regular expression whose classes hold every unit that folds to each of its letters (3 µs for a 2,000-character
// lead against 10 µs to fold it, on the bench's queries), same index.
import { norm } from '../link/norm.js';

/** Characters of body a snippet looks for a matched word in. */
export const SNIPPET_SOURCE_CHARS = 20_000;

/** Characters of context each side of the first matched word. */
export const SNIPPET_CONTEXT = 90;

/** Characters folded first while looking for a non-ASCII word; each further chunk doubles what is folded (a word is
 *  usually in the first lines). */
const FOLD_CHUNK = 256;

/** Folded forms of the non-ASCII characters met (bounded: a text in an unusual script must not grow it for ever). */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 4096;

/** A character of the text that is not ASCII (each half of a surrogate pair alone: no `u` flag). */
const NON_ASCII = /[^\x00-\x7f]/g;

/** The folded form of one UTF-16 unit: its base letter, lower case, when it has one; else itself. */
function foldOne(ch: string): string {
  const c = ch.charCodeAt(0);
  // half of a surrogate pair stays as it is
  const n = c >= 0xd800 && c <= 0xdfff ? ch : ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return n.length === 1 ? n : ch;
}

/** foldOne, remembered. */
function foldUnit(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    f = foldOne(ch);
    if (FOLDED.size < FOLDED_MAX) FOLDED.set(ch, f);
  }
  return f;
}

/** Folds each character alone (accent and case removed), keeping indices: "Genève" → "geneve". The non-ASCII
 *  characters go first, one by one, then the native lower-casing does the rest; a text where that would move
 *  indices (a character whose lower case is longer) is folded a unit at a time. */
export function fold(s: string): string {
  const f = s.replace(NON_ASCII, foldUnit).toLowerCase();
  if (f.length === s.length) return f;
  let out = '';
  for (const ch of s) out += ch.length === 1 ? foldUnit(ch).toLowerCase() : ch;
  return out;
}

/** Unicode blocks holding every non-ASCII UTF-16 unit that folds to an ASCII character (Latin, Greek punctuation,
 *  Latin Extended Additional and Greek Extended, letterlike symbols such as the Kelvin sign, negated relations such
 *  as "≠"); the tests check this against all 65,536 units. */
export const TO_ASCII_BLOCKS: readonly (readonly [number, number])[] = [[0x80, 0x400], [0x1e00, 0x2000], [0x2100, 0x2300]];

/** For each ASCII code, the units that fold to it, itself first. */
export function asciiPreimages(blocks: readonly (readonly [number, number])[] = TO_ASCII_BLOCKS): string[][] {
  const out = Array.from({ length: 0x80 }, (_, c) => [String.fromCharCode(c)]);
  for (let c = 0x41; c <= 0x5a; c++) out[c + 32]!.push(String.fromCharCode(c));
  for (const [lo, hi] of blocks) {
    for (let c = lo; c < hi; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const f = foldOne(String.fromCharCode(c));
      if (f.length === 1 && f.charCodeAt(0) < 0x80) out[f.charCodeAt(0)]!.push(String.fromCharCode(c));
    }
  }
  return out;
}

/** Regular-expression classes of asciiPreimages, built on first use. */
let classes: string[] | null = null;

/** Patterns of the ASCII words met (bounded as FOLDED is). */
const PATTERNS = new Map<string, RegExp>();

/** A pattern matching `n` (a folded word) wherever the folded text holds it, or null when `n` is not ASCII. */
function wordPattern(n: string): RegExp | null {
  let re = PATTERNS.get(n);
  if (re) return re;
  if (/[^\x00-\x7f]/.test(n)) return null;
  const hex = (u: string): string => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`;
  classes ??= asciiPreimages().map((us) => (us.length === 1 ? hex(us[0]!) : `[${us.map(hex).join('')}]`));
  re = new RegExp([...n].map((ch) => classes![ch.charCodeAt(0)]!).join(''));
  if (PATTERNS.size >= FOLDED_MAX) PATTERNS.clear();
  PATTERNS.set(n, re);
  return re;
}

/** ~180 characters around the first query word found (accents and case ignored), else the beginning. */
export function snippet(body: string, words: readonly string[]): string {
  return snippetOf(body, needles(words));
}

/** snippet() for words already made needles (a search makes them once for its whole page). */
export function snippetOf(body: string, ns: readonly string[]): string {
  const text = body.slice(0, SNIPPET_SOURCE_CHARS);
  return cut(text, findWord(text, ns).at);
}

/** What is looked for of each query word: its first word, folded ("Genève-Ville" → "geneve"); words with no letter or
 *  digit are left out. */
export function needles(words: readonly string[]): string[] {
  return words.map((w) => norm(w).split(' ')[0]!).filter((n) => n !== '');
}

/** Where the first of the needles that `text` holds first occurs (accents and case ignored), or -1; `first` when it
 *  is the first needle. */
export function findWord(text: string, ns: readonly string[]): { at: number; first: boolean } {
  // folded as far as needed only, and only for a needle that is not ASCII
  let folded = '';
  const grow = (): void => { folded += fold(text.slice(folded.length, folded.length + Math.max(FOLD_CHUNK, folded.length))); };
  let first = true;
  for (const n of ns) {
    const re = wordPattern(n);
    if (re) {
      const m = re.exec(text);
      if (m) return { at: m.index, first };
    } else {
      for (let from = 0; ;) {
        if (folded.length < text.length && folded.length - from < n.length) grow();
        const i = folded.indexOf(n, from);
        if (i >= 0) return { at: i, first };
        if (folded.length >= text.length) break;
        from = Math.max(0, folded.length - n.length + 1);
        grow();
      }
    }
    first = false;
  }
  return { at: -1, first: false };
}

/** The snippet of `text` around index `at` (-1: the beginning), with an ellipsis where text was left out. */
export function cut(text: string, at: number): string {
  const base = at < 0 ? 0 : Math.max(0, at - SNIPPET_CONTEXT);
  const out = text.slice(base, base + 2 * SNIPPET_CONTEXT).replace(/\s+/g, ' ').trim();
  return (base > 0 ? '…' : '') + out + (base + 2 * SNIPPET_CONTEXT < text.length ? '…' : '');
}
