// Language identification by function words: news text is dense in short grammatical words ("de", "the",
// "und", "het"), which tell the languages apart reliably from a dozen words on; distinctive endings
// ("-ing", "-ção") and letters ("ñ", "ß") are weaker clues for short sentences with few of them.
// No model file: the whole detector is a few hundred words of data (lang/<code>/stopwords.ts).
import { MAX_PACKED, packWord, PROFILES, SHORT_WEIGHTS, WORD_WEIGHTS } from './profiles.js';
import { letterLength, letterRunEnd } from './letters.js';


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
  const others: string[] = [];
  let words = 0;
  // words as /\p{L}+(?:['’](?=\p{L}))?/u would find them in text[from, to), read by hand (no regex exec and
  // match array per word): a run of letters, with a trailing apostrophe when a letter follows it
  // ("l'" in "l'OTAN", "don'" in "don't")
  for (let i = from; i < to;) {
    let e = letterRunEnd(text, i, to);
    if (e === i) { i++; continue; }
    const start = i;
    const apostrophe = e < to && (text.charCodeAt(e) === 39 || text.charCodeAt(e) === 0x2019) && letterLength(text, e + 1, to) > 0;
    if (apostrophe) e++;
    i = e;
    // a long text is decided long before the sample ends: stop once one language leads by far
    if (++words % CHECK_EVERY === 0 && decided(scores)) break;
    // short words of Latin-1 letters by packed key (no string); they are too short to count as endings
    const key = !apostrophe && e - start <= MAX_PACKED ? packWord(text, start, e) : -1;
    let w: string | null = null;
    let weights: Float64Array | undefined;
    if (key >= 0) weights = SHORT_WEIGHTS.get(key);
    else {
      w = text.slice(start, e).toLowerCase();
      if (apostrophe && w.charCodeAt(w.length - 1) === 0x2019) w = w.slice(0, -1) + "'";
      weights = WORD_WEIGHTS.get(w);
    }
    if (weights) {
      for (let k = 0; k < scores.length; k++) scores[k]! += weights[k]!;
    } else if (w !== null && w.length >= 5) others.push(w);
  }
  // endings and letters only matter when function words are few (a short sentence, a list of names)
  let top = 0;
  for (const v of scores) if (v > top) top = v;
  if (top >= ENOUGH_EVIDENCE) return { scores, words };
  for (const w of others) {
    // one lookup per ending length instead of every profile's endings in turn
    let endings = 0;
    for (const n of ENDING_LENGTHS) if (w.length >= n) endings |= ENDING_PROFILES.get(w.slice(w.length - n)) ?? 0;
    const special = ANY_LETTER.test(w);
    for (let k = 0; k < PROFILES.length; k++) {
      if (endings & (1 << k)) scores[k]! += SUFFIX_WEIGHT;
      if (special && PROFILES[k]!.letters && hasAny(w, PROFILES[k]!.letters)) scores[k]! += LETTER_WEIGHT;
    }
  }
  return { scores, words };
}

/** Each distinctive ending → the profiles listing it, one bit a profile (PROFILES order). */
const ENDING_PROFILES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  PROFILES.forEach((p, k) => { for (const e of p.suffixes) m.set(e, (m.get(e) ?? 0) | (1 << k)); });
  return m;
})();
/** The lengths of those endings. */
const ENDING_LENGTHS: readonly number[] = [...new Set([...ENDING_PROFILES.keys()].map((e) => e.length))].sort((a, b) => a - b);
/** Every profile's distinctive letters together (single code units): a word with none needs no per-profile look. */
const ANY_LETTER = new RegExp(`[${PROFILES.map((p) => p.letters).join('').replace(/[\\\]^-]/g, '\\$&')}]`);

/** True when the leader has DECIDED_EVIDENCE and the runner-up less than DECIDED_SHARE of it. */
function decided(scores: Float64Array): boolean {
  let top = 0, runner = 0;
  for (const v of scores) {
    if (v > top) { runner = top; top = v; } else if (v > runner) runner = v;
  }
  return top >= DECIDED_EVIDENCE && runner < top * DECIDED_SHARE;
}

function hasAny(w: string, letters: string): boolean {
  // the profiles' letters are all single code units ("ñ", "ß")
  for (let i = 0; i < letters.length; i++) if (w.includes(letters[i]!)) return true;
  return false;
}

/**
 * The language of `text` (a sentence or a whole body; at most MAX_SAMPLE characters are read), or of
 * `text[from, to)` when given: the same answer as for that slice, without building it.
 */
export function detectLanguage(text: string, from = 0, to = text.length): Detected {
  const { scores, words } = languageScores(text, from, Math.min(to, from + MAX_SAMPLE));
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
