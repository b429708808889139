// mt-artifact: traces of machine translation.
// 1. An untranslated function word left in brackets: "C’est autre chose [to] restrictions" in a French
//    text. Not "[sic]", "[…]", "[1]" nor an editor's insert in the body's own language ("[le président]").
// 2. A leaked sentence break: the source had two sentences, the output glued them and kept the capital,
//    "rejeter le dossier Une partie importante". A capitalised sentence opener between two lowercase words
//    with no punctuation; names and titles ("selon Le Monde", "à La Haye", "le film La vie est belle",
//    "plan A is") are kept apart by a capital after the opener, or by a title word or a word no sentence
//    ends on ("de", "comme", "of") before it.
import type { Flag } from '../../types.js';
import { EN_EDITORIAL, EN_LEAK_WORDS, EN_NOT_SENTENCE_END, EN_SENTENCE_OPENERS, EN_TITLE_WORDS } from '../../lang/en/quality.js';
import { isLowerAt } from '../language/letters.js';
import { FR_EDITORIAL, FR_LEAK_WORDS, FR_NOT_SENTENCE_END, FR_SENTENCE_OPENERS, FR_TITLE_WORDS } from '../../lang/fr/quality.js';

/** One to three short lowercase words in brackets (bounded: no backtracking over a long line). */
const BRACKETED = /\[(\p{Ll}{1,15}(?: \p{Ll}{1,15}){0,2})\]/gu;

interface MtLang {
  leak: ReadonlySet<string>;
  editorial: ReadonlySet<string>;
  openers: RegExp | null;
  /** Previous words that make the capital a title or a name: title words and words no sentence ends on. */
  titles: ReadonlySet<string>;
}

// A space and an opener followed by a space; the lowercase letters on either side are checked by hand. The
// whole test as one Unicode regex, "(?<=\p{Ll}[ \u00A0])(?:Une|…)(?=[ \u00A0]\p{Ll})", ran its look-behind at
// every position of the text and was the stage's slowest step.
const openerRe = (words: readonly string[]): RegExp => new RegExp(`[ \\u00A0](?:${words.join('|')})(?=[ \\u00A0])`, 'g');

const FR: MtLang = {
  leak: new Set(EN_LEAK_WORDS), editorial: new Set([...FR_EDITORIAL, ...EN_EDITORIAL]),
  openers: openerRe(FR_SENTENCE_OPENERS), titles: new Set([...FR_TITLE_WORDS, ...FR_NOT_SENTENCE_END]),
};
const EN: MtLang = {
  leak: new Set(FR_LEAK_WORDS), editorial: new Set([...EN_EDITORIAL, ...FR_EDITORIAL]),
  openers: openerRe(EN_SENTENCE_OPENERS), titles: new Set([...EN_TITLE_WORDS, ...EN_NOT_SENTENCE_END]),
};
/** Other body languages: English words in brackets are the leak; no opener list yet. */
const OTHER: MtLang = { leak: new Set(EN_LEAK_WORDS), editorial: new Set([...EN_EDITORIAL, ...FR_EDITORIAL]), openers: null, titles: new Set() };

/** Longest previous word looked at: longer lowercase runs are not words. */
const MAX_WORD = 30;
const LOWER = /\p{Ll}/u;
const LOWER_CHAR = /^\p{Ll}$/u;
const LETTER = /[\p{L}\p{M}]/u;

/** True when the code point starting at `i` is a lowercase letter. */
function lowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return LOWER_CHAR.test(text.slice(i, i + 2));
  return isLowerAt(text, i);
}

/** True when the code point ending at `end` is a lowercase letter. */
function lowerBefore(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) return LOWER_CHAR.test(text.slice(end - 2, end));
  return isLowerAt(text, end - 1);
}

/** Bracketed untranslated words. */
function bracketFlags(text: string, lang: MtLang): Flag[] {
  const out: Flag[] = [];
  if (!text.includes('[')) return out;
  BRACKETED.lastIndex = 0;
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const words = m[1]!.split(' ');
    if (words.some((w) => lang.editorial.has(w)) || !words.some((w) => lang.leak.has(w))) continue;
    out.push({ kind: 'mt-artifact', text: m[0], start: m.index, end: m.index + m[0].length, note: 'untranslated word in brackets' });
  }
  return out;
}

/** Capitalised sentence openers between lowercase words. */
function leakedBreakFlags(text: string, lang: MtLang): Flag[] {
  const re = lang.openers;
  if (!re) return [];
  const out: Flag[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // the opener, between a lowercase letter and its space and a space and a lowercase letter
    const os = m.index + 1, oe = m.index + m[0].length;
    if (!lowerBefore(text, m.index) || !lowerAt(text, oe + 1)) continue;
    // the previous word: wholly lowercase letters, at least two, not a title word
    const e = os - 1;
    let s = e;
    while (s > 0 && e - s < MAX_WORD && LOWER.test(text[s - 1]!)) s--;
    if (e - s < 2 || LETTER.test(text[s - 1] ?? '') || /[[(«“"'’\-]/.test(text[s - 1] ?? '')) continue;
    if (lang.titles.has(text.slice(s, e).toLowerCase())) continue;
    // the next word: lowercase, at least two letters ("plan A is" is caught by the title words)
    const ns = oe + 1;
    let ne = ns;
    while (ne < text.length && ne - ns < MAX_WORD && LETTER.test(text[ne]!)) ne++;
    if (ne - ns < 2) continue;
    out.push({ kind: 'mt-artifact', text: text.slice(s, ne), start: s, end: ne, note: 'sentence break lost in translation' });
  }
  return out;
}

/** `mt-artifact` flags for a body in language `code`. */
export function mtArtifactFlags(text: string, code: string): Flag[] {
  if (code === 'und') return [];
  const lang = code === 'fr' ? FR : code === 'en' ? EN : OTHER;
  return [...bracketFlags(text, lang), ...leakedBreakFlags(text, lang)];
}
