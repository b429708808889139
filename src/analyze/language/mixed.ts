// mixed-language: sentences clearly written in another language than the body ("Certified introvert.
// Devoted internet fanatic." in a French article), for the quality stage.
import type { Flag, Span } from '../../types.js';
import { detectLanguage } from './detect.js';
import { PROFILES, WORD_WEIGHTS } from './profiles.js';

/** A sentence needs this many words before its language is judged: shorter ones are names or titles. */
const MIN_WORDS = 4;
/** Detection confidence needed to call a sentence foreign. */
const MIN_CONFIDENCE = 0.5;
/** Function-word evidence for the body's language past which a sentence is taken as the body's own
 * without running the full detector (most sentences: "le", "de", "la" settle it at once). */
const BODY_EVIDENCE = 2;
const WORD = /\p{L}+/gu;

/** `mixed-language` flags for the sentences whose detected language is confidently not `bodyLang`. */
export function mixedLanguageFlags(text: string, sentences: readonly Span[], bodyLang: string): Flag[] {
  const body = PROFILES.findIndex((p) => p.code === bodyLang);
  if (body < 0) return [];
  const out: Flag[] = [];
  for (const s of sentences) {
    if (!needsDetection(text, s, body)) continue;
    const surface = text.slice(s.start, s.end);
    const d = detectLanguage(surface);
    if (d.code === 'und' || d.code === bodyLang || d.confidence < MIN_CONFIDENCE) continue;
    out.push({ kind: 'mixed-language', text: surface, start: s.start, end: s.end, note: `sentence in ${d.code}` });
  }
  return out;
}

/**
 * Cheap first look at a sentence: false when it is too short to judge, or when the body language's
 * function words already lead it (then the full detector could not call it foreign).
 */
function needsDetection(text: string, s: Span, body: number): boolean {
  const scores = new Float64Array(PROFILES.length);
  let words = 0;
  WORD.lastIndex = s.start;
  for (let m = WORD.exec(text); m && m.index < s.end; m = WORD.exec(text)) {
    words++;
    if (m[0].length > 4) continue;   // every function word of the known languages is short
    const w = WORD_WEIGHTS.get(m[0].toLowerCase());
    if (!w) continue;
    for (let i = 0; i < scores.length; i++) scores[i]! += w[i]!;
    if (words >= MIN_WORDS && scores[body]! >= BODY_EVIDENCE && leads(scores, body)) return false;
  }
  return words >= MIN_WORDS;
}

function leads(scores: Float64Array, body: number): boolean {
  for (let i = 0; i < scores.length; i++) if (i !== body && scores[i]! >= scores[body]!) return false;
  return true;
}
