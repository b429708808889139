// Reporting cues in a unit's words: "a déclaré", "a-t-il déclaré", "précise-t-elle", "fait savoir",
// "has said", "told", "pointed out". One pass over the words with set look-ups.
import type { QuoteLexicon } from './lexicon.js';
import type { Word } from './words.js';

/** One reporting cue found among the words. */
export interface Cue {
  /** Index of the first word of the cue (auxiliaries included) and one past its last word. */
  first: number;
  last: number;
  /** Index of the reporting verb itself. */
  verb: number;
  /** The subject pronoun glued to an inverted cue ("a-t-il déclaré" → "il"), or null. */
  inverted: string | null;
  /** A participle with no auxiliary, after a comma: "…, ajoutant que", "…, adding that". */
  participial: boolean;
  /** A cue that reports speech only next to a que/that clause or a quotation. */
  weak: boolean;
  /** The verb form needs an auxiliary before it and had none ("le prix annoncé"): usable only as an incise. */
  bare: boolean;
}

/** How many words of auxiliaries and adverbs may stand before a cue verb ("n'a pas non plus"). */
const MAX_AUX = 4;
const FR_PARTICIPLE = /(?:é|ée|és|ées)$/;
/** Participles of irregular verbs that never stand for a present tense ("la loi dite « Sapin 2 »"). */
const FR_BARE_IRREGULAR = new Set(['dite', 'dites', 'dits', 'écrite', 'écrites', 'écrits', 'promise', 'promises', 'admise', 'admises', 'reconnue', 'reconnues', 'reconnus']);
/** Conjunctions joining two participles under one auxiliary, and how far back the first cue may end. */
const COORD = new Set(['et', 'puis', 'mais']);
const COORD_REACH = 14;
/** English words after which a cue form is a noun ("to questions", "the report", "his claims"). */
const EN_NOUN_LEAD = new Set(['the', 'a', 'an', 'to', 'of', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'in', 'for', 'with', 'this', 'these', 'those', 'such', 'no']);
/** Words that make a participle passive ("écrit par", "told by"). */
const PASSIVE_BY = new Set(['par', 'by']);

/** The pronoun ending a hyphenated inversion ("a-t-il" → "il"), or null. */
function invertedPronoun(w: string, lex: QuoteLexicon): { head: string; pron: string } | null {
  if (!w.includes('-') && !w.includes('‑')) return null;
  const parts = w.split(/[-‑]/);
  if (parts.length < 2) return null;
  const pron = parts[parts.length - 1]!;
  if (!lex.pronouns.has(pron) && pron !== 'on') return null;
  return { head: parts[0]!, pron };
}

/** Every cue in `ws`, left to right. */
export function findCues(ws: readonly Word[], lex: QuoteLexicon): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < ws.length; i++) {
    const wd = ws[i]!;
    if (!wd.alpha) continue;
    let verb = -1, last = i + 1, inverted: string | null = null;
    const inv = invertedPronoun(wd.w, lex);
    if (inv && lex.cues.has(inv.head)) { verb = i; inverted = inv.pron; }
    else if (inv && lex.auxiliaries.has(inv.head)) {
      // "a-t-il déclaré", "a-t-elle également précisé"
      let j = i + 1;
      while (j < ws.length && j - i <= MAX_AUX && lex.auxiliaries.has(ws[j]!.w) && !lex.cues.has(ws[j]!.w)) j++;
      if (j < ws.length && lex.cues.has(ws[j]!.w)) { verb = j; inverted = inv.pron; last = j + 1; }
    } else if (lex.cues.has(wd.w)) verb = i;
    else if (lex.cuePhraseStarts.has(wd.w)) {
      for (const ph of lex.cuePhrases) {
        if (ph[0] !== wd.w) continue;
        let ok = true;
        for (let k = 1; k < ph.length; k++) if (ws[i + k]?.w !== ph[k]) { ok = false; break; }
        if (ok) { verb = i; last = i + ph.length; break; }
      }
    }
    if (verb < 0) continue;
    if (last < verb + 1) last = verb + 1;
    // "United States", "la loi Travail": a capitalised word inside a sentence is a name, not a verb
    if (ws[verb]!.cap && verb > 0 && ws[verb - 1]!.alpha) continue;
    // "in response to questions of whether", "his statement": after a determiner or preposition an English form is a noun
    if (lex.code === 'en' && i === verb && EN_NOUN_LEAD.has(ws[i - 1]?.w ?? '')) continue;
    // "écrit par des journalistes", "was told by": a passive has no speaker on its left
    if (PASSIVE_BY.has(ws[last]?.w ?? '')) continue;
    const vw = ws[verb]!.w.split(/[-‑]/)[0]!;
    // take in the auxiliaries and adverbs before the verb: "a déclaré", "n'a pas nié", "has also said"
    let first = i;
    while (first > 0 && i - first < MAX_AUX && lex.auxiliaries.has(ws[first - 1]!.w)) first--;
    const hasAux = first < i || inverted !== null && verb > i;
    // "…, ajoutant que", "…, adding that", "en affirmant que": no subject of its own
    const participial = !hasAux && vw.endsWith(lex.participleSuffix) && i > 0 && (ws[i - 1]!.w === ',' || ws[i - 1]!.w === 'en');
    // "a exprimé « … » et salué l'« … »": a participle coordinated with an earlier cue shares its auxiliary
    const prevCue = out[out.length - 1];
    const shared = prevCue !== undefined && !prevCue.bare && first - prevCue.last <= COORD_REACH && COORD.has(ws[first - 1]?.w ?? '');
    const bare = lex.code === 'fr' && !hasAux && !shared && (FR_PARTICIPLE.test(vw) || FR_BARE_IRREGULAR.has(vw)) && inverted === null;
    out.push({ first, last, verb, inverted, participial, weak: lex.weakCues.has(vw), bare });
    i = last - 1;
  }
  return out;
}
