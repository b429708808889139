// Who speaks: the subject phrase next to a cue, read as a name ("Le président russe Vladimir Poutine" →
// "Vladimir Poutine"), a pronoun ("a-t-il déclaré" → the person meant) or a description ("un témoin").
// Names are linked to the entities layer when it has them; without it the name phrase still stands.
import type { Entity, Speaker } from '../../types.js';
import type { QuoteLexicon } from './lexicon.js';
import type { Word } from './words.js';

/** A speaker with what the quote stage needs to resolve later pronouns. */
export interface Found extends Speaker {
  gender: 'm' | 'f' | null;
  /** Offset where the speaker was named (for recency). */
  at: number;
}

/** Words that may sit inside a name between capitalised words ("Ghaith al Ghaith", "Charles de Gaulle"). */
const PARTICLES = new Set(['de', 'du', 'des', 'da', 'di', 'do', 'dos', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ben', 'ibn', 'la', 'le', "d'", 'y']);
/** Function words that are capitalised only because they open the sentence. */
const NOT_NAME = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'il', 'elle',
  'ils', 'elles', 'on', 'nous', 'selon', 'pour', 'mais', 'et', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his',
  'her', 'their', 'its', 'he', 'she', 'they', 'we', 'it', 'according', 'but', 'and', 'in', 'on', 'after', 'when', 'dans',
  'après', 'lors', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'hier', 'aujourd\'hui', 'yesterday', 'today', 'mr', 'mrs', 'ms',
  'm', 'mme', 'also', 'aussi', 'both', 'all', 'tous', 'toutes', 'some', 'many', 'plusieurs', 'certains', 'other', 'autres',
]);
/** A name run right after these words names a place or an organisation, not the speaker ("le ministre des Transports"). */
const PREPOSITIONS = new Set(["de", "du", "des", "d'", 'of', 'à', 'au', 'aux', 'en', 'in', 'at', 'for', 'from', 'avec',
  'with', 'by', 'par', 'sur', 'on', 'to', 'dans', 'chez', 'near', 'près', 'contre', 'against', 'entre', 'between']);
const DOT_TITLE = /\.$/;

/** The speaker's name inside words [a, b): the last run of capitalised words not led by a preposition, titles dropped. */
export function nameIn(ws: readonly Word[], a: number, b: number, lex: QuoteLexicon): { s: number; e: number } | null {
  let best: { s: number; e: number } | null = null;
  let i = a;
  while (i < b) {
    const w = ws[i]!;
    if (!w.cap || !w.alpha || NOT_NAME.has(w.w) || lex.titles.has(w.w.replace(DOT_TITLE, ''))) { i++; continue; }
    let e = i + 1;
    while (e < b) {
      const x = ws[e]!;
      if (x.cap && x.alpha && !lex.titles.has(x.w)) { e++; continue; }
      // "Ghaith al Ghaith": a particle between two capitalised words
      if (PARTICLES.has(x.w) && e + 1 < b && ws[e + 1]!.cap && ws[e + 1]!.alpha) { e += 2; continue; }
      break;
    }
    const before = i > a ? ws[i - 1]!.w : '';
    // "USAF's chief of staff General Duncan McNab": a run cut by a title restarts after it
    if (!PREPOSITIONS.has(before) || (best === null && e === b)) best = { s: i, e };
    i = e;
  }
  return best;
}

/** Strips commas, conjunctions and quote marks from the ends of words [a, b). */
export function trimPhrase(ws: readonly Word[], a: number, b: number, lex: QuoteLexicon): [number, number] {
  while (a < b && (!ws[a]!.alpha || lex.clauseOpeners.has(ws[a]!.w))) a++;
  while (b > a && !ws[b - 1]!.alpha) b--;
  return [a, b];
}

/** Gender a phrase implies ("une représentante" → f), or null. */
function genderOf(ws: readonly Word[], a: number, b: number, lex: QuoteLexicon): 'm' | 'f' | null {
  for (let i = a; i < b && i < a + 3; i++) if (lex.feminine.has(ws[i]!.w.replace(DOT_TITLE, ''))) return 'f';
  return null;
}

/** The entity with a mention overlapping [s, e), people first; or one whose name ends with the text. */
export function linkEntity(entities: readonly Entity[], s: number, e: number, name: string): Entity | null {
  let best: Entity | null = null;
  const low = name.toLowerCase();
  for (const en of entities) {
    const hit = en.mentions.some((m) => m.start < e && m.end > s) || en.name.toLowerCase() === low ||
      (en.type === 'PER' && low.length > 2 && en.name.toLowerCase().endsWith(' ' + low));
    if (hit && (!best || (en.type === 'PER' && best.type !== 'PER'))) best = en;
  }
  return best;
}

/** The speaker named or described by words [a, b), or null when they hold nothing speaker-like. */
export function phraseSpeaker(text: string, ws: readonly Word[], a: number, b: number, lex: QuoteLexicon,
  entities: readonly Entity[]): Found | null {
  [a, b] = trimPhrase(ws, a, b, lex);
  if (a >= b) return null;
  const gender = genderOf(ws, a, b, lex);
  const n = nameIn(ws, a, b, lex);
  if (n) {
    let s = ws[n.s]!.start, e = ws[n.e - 1]!.end;
    if (text[e - 1] === "'" || text[e - 1] === '’') e--;
    const name = text.slice(s, e);
    const ent = linkEntity(entities, s, e, name);
    return { entity: ent?.id ?? null, text: ent && ent.type === 'PER' ? ent.name : name, via: 'named', gender, at: s };
  }
  if (b - a > 14) return null;
  const s = ws[a]!.start, e = ws[b - 1]!.end;
  return { entity: null, text: text.slice(s, e), via: 'description', gender, at: s };
}
