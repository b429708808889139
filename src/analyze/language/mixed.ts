// mixed-language: sentences clearly written in another language than the body ("Certified introvert.
// Devoted internet fanatic." in a French article), for the quality stage.
import type { Flag, Span } from '../../types.js';
import { detectLanguage } from './detect.js';
import { packWord, PROFILES, SHORT_WEIGHTS, WORD_WEIGHTS } from './profiles.js';
import { letterRunEnd } from './letters.js';

/** A sentence needs this many words before its language is judged: shorter ones are names or titles. */
const MIN_WORDS = 4;
/** Detection confidence needed to call a sentence foreign. */
const MIN_CONFIDENCE = 0.5;
/** Function-word evidence for the body's language past which a sentence is taken as the body's own
 * without running the full detector (most sentences: "le", "de", "la" settle it at once). */
const BODY_EVIDENCE = 2;
/** Longest function word of the known languages: longer words are not looked up. */
const MAX_FUNCTION_WORD = 4;

/** `mixed-language` flags for the sentences whose detected language is confidently not `bodyLang`. */
export function mixedLanguageFlags(text: string, sentences: readonly Span[], bodyLang: string): Flag[] {
  const body = PROFILES.findIndex((p) => p.code === bodyLang);
  if (body < 0) return [];
  const out: Flag[] = [];
  for (const s of sentences) {
    if (!needsDetection(text, s, body)) continue;
    const d = detectLanguage(text, s.start, s.end);
    if (d.code === 'und' || d.code === bodyLang || d.confidence < MIN_CONFIDENCE) continue;
    out.push({ kind: 'mixed-language', text: text.slice(s.start, s.end), start: s.start, end: s.end, note: `sentence in ${d.code}` });
  }
  return out;
}

/**
 * Cheap first look at a sentence: false when it is too short to judge, or when the body language's
 * function words already lead it (then the full detector could not call it foreign).
 */
function needsDetection(text: string, s: Span, body: number): boolean {
  const scores: number[] = new Array<number>(PROFILES.length).fill(0);
  let words = 0;
  // words are runs of letters (/\p{L}+/u), read by hand: a regex exec per word cost more than the lookup;
  // like that regex, a start inside a surrogate pair steps back to the pair's first half
  let from = s.start;
  if (from > 0 && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from--;
  for (let i = from; i < s.end;) {
    const e = letterRunEnd(text, i);
    if (e === i) { i++; continue; }
    const start = i;
    i = e;
    words++;
    if (e - start > MAX_FUNCTION_WORD) continue;   // every function word of the known languages is short
    const k = packWord(text, start, e);
    const w = k >= 0 ? SHORT_WEIGHTS.get(k) : WORD_WEIGHTS.get(text.slice(start, e).toLowerCase());
    if (!w) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
    if (words >= MIN_WORDS && scores[body]! >= BODY_EVIDENCE && leads(scores, body)) return false;
  }
  return words >= MIN_WORDS;
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function leads(scores: readonly number[], body: number): boolean {
  for (let i = 0; i < scores.length; i++) if (i !== body && scores[i]! >= scores[body]!) return false;
  return true;
}
