// Language identification by function words: news text is dense in short grammatical words ("de", "the",
// "und", "het"), which tell the languages apart reliably from a dozen words on; distinctive endings
// ("-ing", "-ção") and letters ("ñ", "ß") are weaker clues for short sentences with few of them.
// No model file: the whole detector is a few hundred words of data (lang/<code>/stopwords.ts).
import { PROFILES, WORD_WEIGHTS } from './profiles.js';

/** A word, with a trailing apostrophe when one follows it ("l'" in "l'OTAN", "don'" in "don't"). */
const WORD = /\p{L}+(?:['’](?=\p{L}))?/gu;

/** Weight of a distinctive ending or letter, against 1 for a function word. */
const SUFFIX_WEIGHT = 0.5;
const LETTER_WEIGHT = 0.5;
/** Below this many words nothing is decided ("Paris", "OK merci"). */
const MIN_WORDS = 3;
/** The winner needs this much evidence (in function-word units) … */
const MIN_EVIDENCE = 1.5;
/** … and this confidence (margin over the runner-up, scaled by evidence); else 'und'. */
const MIN_CONFIDENCE = 0.2;
/** Function-word evidence past which endings and letters are not read (they could not change the outcome much). */
const ENOUGH_EVIDENCE = 12;
/** Evidence at which confidence stops growing with the amount of evidence. */
const FULL_EVIDENCE = 4;
/** Early stop: checked every CHECK_EVERY words; decided at DECIDED_EVIDENCE function words with the
 * runner-up under DECIDED_SHARE of the leader (on winer-fr every article is decided within ~150 words). */
const CHECK_EVERY = 50;
const DECIDED_EVIDENCE = 25;
const DECIDED_SHARE = 0.4;
/** Detection reads at most this many characters: enough for any article, and keeps the stage fast. */
export const MAX_SAMPLE = 4000;

/** A detected language: ISO 639-1 code ('und' when unsure) and a confidence from 0 to 1. */
export interface Detected {
  code: string;
  confidence: number;
}

/** Per-language evidence for a text: scores in PROFILES order and the number of words read. */
export function languageScores(text: string, from = 0, to = Math.min(text.length, from + MAX_SAMPLE)): { scores: Float64Array; words: number } {
  const scores = new Float64Array(PROFILES.length);
  const sample = text.slice(from, to);
  const others: string[] = [];
  let words = 0;
  for (const m of sample.matchAll(WORD)) {
    // a long text is decided long before the sample ends: stop once one language leads by far
    if (++words % CHECK_EVERY === 0 && decided(scores)) break;
    const w = m[0].toLowerCase().replace('’', "'");
    const weights = WORD_WEIGHTS.get(w);
    if (weights) {
      for (let i = 0; i < scores.length; i++) scores[i]! += weights[i]!;
    } else if (w.length >= 5) others.push(w);
  }
  // endings and letters only matter when function words are few (a short sentence, a list of names)
  if (Math.max(...scores) >= ENOUGH_EVIDENCE) return { scores, words };
  for (const w of others) {
    for (let i = 0; i < PROFILES.length; i++) {
      const p = PROFILES[i]!;
      if (p.suffixes.some((s) => w.endsWith(s))) scores[i]! += SUFFIX_WEIGHT;
      if (p.letters && hasAny(w, p.letters)) scores[i]! += LETTER_WEIGHT;
    }
  }
  return { scores, words };
}

/** True when the leader has DECIDED_EVIDENCE and the runner-up less than DECIDED_SHARE of it. */
function decided(scores: Float64Array): boolean {
  let top = 0, runner = 0;
  for (const v of scores) {
    if (v > top) { runner = top; top = v; } else if (v > runner) runner = v;
  }
  return top >= DECIDED_EVIDENCE && runner < top * DECIDED_SHARE;
}

function hasAny(w: string, letters: string): boolean {
  for (const c of letters) if (w.includes(c)) return true;
  return false;
}

/** The language of `text` (a sentence or a whole body; at most MAX_SAMPLE characters are read). */
export function detectLanguage(text: string): Detected {
  const { scores, words } = languageScores(text);
  if (words < MIN_WORDS) return { code: 'und', confidence: 0 };
  let best = 0, second = -1;
  for (let i = 1; i < scores.length; i++) {
    if (scores[i]! > scores[best]!) { second = best; best = i; }
    else if (second < 0 || scores[i]! > scores[second]!) second = i;
  }
  const top = scores[best]!, runner = second < 0 ? 0 : scores[second]!;
  if (top < MIN_EVIDENCE) return { code: 'und', confidence: 0 };
  const confidence = ((top - runner) / top) * Math.min(1, top / FULL_EVIDENCE);
  if (confidence < MIN_CONFIDENCE) return { code: 'und', confidence };
  return { code: PROFILES[best]!.code, confidence: Math.round(confidence * 1000) / 1000 };
}
