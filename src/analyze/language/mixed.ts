// mixed-language: sentences clearly written in another language than the body ("Certified introvert.
// Devoted internet fanatic." in a French article), for the quality stage.
import type { Flag, Span } from '../../types.js';
import { detectLanguage } from './detect.js';

/** A sentence needs this many words before its language is judged: shorter ones are names or titles. */
const MIN_WORDS = 4;
/** Detection confidence needed to call a sentence foreign. */
const MIN_CONFIDENCE = 0.5;
const WORDS = /\p{L}+/gu;

/** `mixed-language` flags for the sentences whose detected language is confidently not `bodyLang`. */
export function mixedLanguageFlags(text: string, sentences: readonly Span[], bodyLang: string): Flag[] {
  if (bodyLang === 'und') return [];
  const out: Flag[] = [];
  for (const s of sentences) {
    const surface = text.slice(s.start, s.end);
    let n = 0;
    for (const _ of surface.matchAll(WORDS)) if (++n >= MIN_WORDS) break;
    if (n < MIN_WORDS) continue;
    const d = detectLanguage(surface);
    if (d.code === 'und' || d.code === bodyLang || d.confidence < MIN_CONFIDENCE) continue;
    out.push({ kind: 'mixed-language', text: surface, start: s.start, end: s.end, note: `sentence in ${d.code}` });
  }
  return out;
}
