// Who speaks: the subject phrase next to a cue, read as a name ("Le président russe Vladimir Poutine" →
// "Vladimir Poutine"), a pronoun ("a-t-il déclaré" → the person meant) or a description ("un témoin").
// Names are linked to the entities layer when it has them; without it the name phrase still stands.
import type { Entity, Speaker } from '../../types.js';
import { resolveRole } from '../entities/roles.js';
import type { QuoteLexicon } from './lexicon.js';
import { lastPersonWithin, lastStartBefore, linkEntity, type MentionIndex } from './mentions.js';
import type { Word } from './words.js';

/** A speaker with what the quote stage needs to resolve later pronouns. */
export interface Found extends Speaker {
  gender: 'm' | 'f' | null;
  /** Offset where the speaker was named (for recency). */
  at: number;
  /** Looks like a person (a PER entity, a full name, a person noun): what il/elle, he/she point back to. */
  person?: boolean;
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
  'm', 'mme', 'also', 'aussi', 'regarding', 'however', 'meanwhile', 'additionally', 'furthermore', 'moreover', 'while',
  'although', 'despite', 'during', 'following', 'before', 'as', 'earlier', 'later', 'last', 'speaking', 'asked', 'when',
  'response', 'cependant', 'toutefois', 'ailleurs', 'enfin', 'ainsi', 'pourtant', 'néanmoins', 'parmi', 'interrogé',
  'interrogée', 'vers', 'sous', 'depuis', 'dès', 'lors', 'if', 'so', 'then', 'still', 'yet', 'now', 'here', 'there',
  'malgré', 'environ', 'concernant', 'sans', 'grâce', 'suite', 'about', 'around', 'despite', 'concerning', 'without',
  'officials', 'police', 'i', 'you', 'je', "j'", 'vous', 'nous', 'what', 'this', 'ça', 'cela', 'ceci', 'quant', 'face', 'outre', 'both', 'all', 'tous', 'toutes', 'some', 'many', 'plusieurs', 'certains', 'other', 'autres',
]);
/** A name run right after these words names a place or an organisation, not the speaker ("le ministre des Transports"). */
const PREPOSITIONS = new Set(["de", "du", "des", "d'", 'of', 'à', 'au', 'aux', 'en', 'in', 'at', 'for', 'from', 'avec',
  'with', 'by', 'par', 'sur', 'on', 'to', 'dans', 'chez', 'near', 'avant', 'après', 'depuis', 'pendant', 'before', 'after', 'since', 'during', 'près', 'contre', 'against', 'entre', 'between']);
const DOT_TITLE = /\.$/;
/** French demonym endings ("Américain", "Allemande", "Finlandais", "Italienne", "Suédoise", "Britannique"). */
const DEMONYM = /(?:ain|aine|ais|aise|ois|oise|ien|ienne|and|ande|ol|ole|ique|éen|éenne|in|ine|ite|e)s?$/;
/** Hyphenated place modifiers before a name ("London-based", "Paris-born"). */
const MODIFIER_SUFFIX = /-(?:based|born|headquartered|listed)$/;
const ARTICLES = new Set(["l'", 'le', 'la', 'les', 'un', 'une']);
const NUMERALS = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'dix', 'two', 'three', 'four', 'five', 'ten', 'one', 'un', 'une']);

/** True when capitalised word `w` can start a name (not a sentence-initial function word, title or number). */
function nameStart(w: Word, lex: QuoteLexicon): boolean {
  return w.cap && w.alpha && !NOT_NAME.has(w.w) && !PREPOSITIONS.has(w.w) && !lex.clauseOpeners.has(w.w) &&
    !lex.titles.has(w.w.replace(DOT_TITLE, '')) && !lex.pronouns.has(w.w) && !NUMERALS.has(w.w);
}

/**
 * The speaker's name inside words [a, b): a run of capitalised words not led by a preposition ("le ministre
 * des Transports" names no one), titles dropped. A run of two words or more (a person's full name) wins over
 * a single word ("Ghaith al Ghaith, le PDG de la compagnie Flydubai"); among equals, the last one.
 */
export function nameIn(ws: readonly Word[], a: number, b: number, lex: QuoteLexicon, loose = false): { s: number; e: number } | null {
  let best: { s: number; e: number } | null = null;
  let bestLong = false;
  let i = a;
  while (i < b) {
    const w = ws[i]!;
    // "Turning to the budget, …", "Speaking to reporters, …": a sentence-opening gerund is no name
    if (!nameStart(w, lex) || (i === 0 && openingVerb(ws, lex))) { i++; continue; }
    let e = i + 1;
    while (e < b) {
      const x = ws[e]!;
      if (x.cap && x.alpha && !lex.titles.has(x.w)) { e++; continue; }
      // "Ghaith al Ghaith": a particle between two capitalised words
      if (PARTICLES.has(x.w) && e + 1 < b && ws[e + 1]!.cap && ws[e + 1]!.alpha) { e += 2; continue; }
      break;
    }
    // "Edinburgh-based Northwind Robotics", "Kenyan-born Ann Cole": a place modifier is no part of the name
    if (e - i >= 2 && MODIFIER_SUFFIX.test(w.w)) i++;
    // "l'Américaine Jane Holt", "le Finlandais Paavo Nurmi": a demonym noun before a full name is no part of it
    if (e - i >= 3 && lex.code === 'fr' && ARTICLES.has(i > a ? ws[i - 1]!.w : '') && DEMONYM.test(w.w)) i++;
    // "le ministère de l'Économie": look through an article to the preposition before it
    let before = i > a ? ws[i - 1]!.w : '';
    if ((before === "l'" || before === 'the' || before === 'la' || before === 'le') && i - 1 > a) before = ws[i - 2]!.w;
    const long = e - i >= 2;
    if ((loose ? long : !PREPOSITIONS.has(before)) && !possessed(ws, e, b) && (long || !bestLong)) {
      best = { s: i, e }; bestLong = long;
      // a full name with an apposition after its comma is the head ("General Arthur Lichte, head of USAF's
      // Mobility Command"); without a comma a name qualifies what follows ("JSA Research analyst Paul Nesbit")
      if (long && ws[e]?.w === ',' && e + 1 < b) return best;
    }
    i = e;
  }
  return best;
}

/** "USAF's chief of staff": a name with a possessive owns what follows, it is not the speaker. */
function possessed(ws: readonly Word[], e: number, b: number): boolean {
  const last = ws[e - 1]!.w;
  return e < b && (last.endsWith("'s") || last.endsWith("s'"));
}

/** Prepositions by which a name completes a noun ("la mère de X", "the lawyer of X"). */
const OF_WORDS = new Set(['de', 'du', "d'", 'des', 'of']);
/** Words after a sentence-opening gerund ("Turning to", "Speaking on", "Expanding on that point"). */
const GERUND_NEXT = new Set(['to', 'on', 'about', 'of', 'from', 'with', 'at', 'in', 'after', 'before', 'for', 'the', 'a', 'an', 'this', 'that', 'his', 'her', 'their']);
/** A sentence opening on a participle or gerund, no name: "Turning to …", "Affirmant qu'il …", "Interrogés, des proches …". */
function openingVerb(ws: readonly Word[], lex: QuoteLexicon): boolean {
  const w = ws[0]!.w, nx = ws[1]?.w ?? '';
  if (lex.code === 'en') return w.endsWith('ing') && GERUND_NEXT.has(nx);
  return (w.endsWith('ant') && !ws[1]?.cap) || (/(?:é|ée|és|ées)$/.test(w) && nx === ',');
}

const PREV_WORD = /([\p{L}]+['’]?)\s*$/u;
/** The word right before offset `at` (lower case, apostrophe unified), or ''. */
function wordBefore(text: string, at: number): string {
  const m = PREV_WORD.exec(text.slice(Math.max(0, at - 16), at));
  return m ? m[1]!.toLowerCase().replace(/’/g, "'") : '';
}

const DESC_CUT = new Set(['en', 'à', 'au', 'aux', 'dans', 'sur', 'chez', 'in', 'at', 'on', 'who', 'qui', 'speaking', "s'", 'exprimant', 'que', "qu'"]);
/** Words that trail a description without belonging to it ("d'autres sources cependant", "le club lui-même"). */
const DESC_TRAIL = new Set(['cependant', 'toutefois', 'pourtant', 'néanmoins', 'également', 'aussi', 'encore', 'même', 'lui-même',
  'elle-même', 'eux-mêmes', 'elles-mêmes', 'enfin', 'alors', 'ensuite', 'however', 'also', 'too', 'itself', 'himself', 'herself', 'themselves']);
/** A French past participle closing a description ("le patron de l'usine contacté", "les secours dépêchés sur place"). */
const FR_PARTICIPLE_END = /[^e](?:é|ée|és|ées)$/;
/** Nouns in -é that are not participles ("la sécurité", "le comité", "le député", "un employé", "le café"). */
const FR_E_NOUN = /(?:ité|iété|mité|nté|puté|légué|ployé|afé|ssé|été)s?$/;
/** Prepositions after which a participle closes a description ("dépêchés sur les lieux", "cité par"). */
const AFTER_PARTICIPLE = new Set(['par', 'sur', 'à', 'au', 'aux', 'dans', 'en', 'pour', 'lors', 'depuis']);

/** Word i is a past participle closing a French description: at its end or before a preposition. */
function participleEnd(ws: readonly Word[], i: number, b: number): boolean {
  const w = ws[i]!;
  if (w.cap || !FR_PARTICIPLE_END.test(w.w) || FR_E_NOUN.test(w.w)) return false;
  return i === b - 1 || AFTER_PARTICIPLE.has(ws[i + 1]!.w);
}

const DETERMINERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', "d'autres", 'plusieurs', 'divers', 'diverses', 'certains', 'certaines', 'nombreux', 'the', 'a', 'an', 'some',
  'several', 'one', 'two', 'many']);

/** "le ministère", "un témoin", "police officials": a phrase that can describe a speaker. */
function describes(ws: readonly Word[], a: number, b: number, lex: QuoteLexicon): boolean {
  if (DETERMINERS.has(ws[a]!.w) && b - a <= 6) return true;
  for (let i = a; i < b; i++) if (lex.speakerNouns.has(ws[i]!.w)) return true;
  return false;
}

/** True when words [a, b) hold a noun naming an organisation ("l'agence de presse", "the ministry"). */
function orgNoun(ws: readonly Word[], a: number, b: number, lex: QuoteLexicon): boolean {
  for (let i = Math.max(0, a - 1); i < b; i++) if (lex.orgNouns.has(ws[i]!.w)) return true;
  return false;
}

/** "a United Auto Workers negotiator": the name run only qualifies the lower-case noun after it. */
function modifier(ws: readonly Word[], e: number, b: number): boolean {
  if (e >= b || b - e > 4) return false;
  for (let i = e; i < b; i++) if (ws[i]!.cap || !ws[i]!.alpha) return false;
  return true;
}

/** Strips commas, conjunctions and quote marks from the ends of words [a, b). */
export function trimPhrase(ws: readonly Word[], a: number, b: number, lex: QuoteLexicon): [number, number] {
  while (a < b && (!ws[a]!.alpha || lex.clauseOpeners.has(ws[a]!.w) || ws[a]!.w === 'par' || ws[a]!.w === 'by')) a++;
  while (b > a && !ws[b - 1]!.alpha) b--;
  return [a, b];
}

/** Gender a phrase implies ("une représentante" → f), or null. */
function genderOf(ws: readonly Word[], a: number, b: number, lex: QuoteLexicon): 'm' | 'f' | null {
  for (let i = a; i < b && i < a + 3; i++) if (lex.feminine.has(ws[i]!.w.replace(DOT_TITLE, ''))) return 'f';
  return null;
}

const LEAD_ARTICLE = /^(?:le|la|les|l'|the)\s*/;

/** "le chef de l'État" → the person the article introduced as "le président français …": the entity holding a role
 * an epithet stands for, mentioned last before `at` (else first), or null. */
function roleBySynonym(ix: MentionIndex, phrase: string, at: number, lex: QuoteLexicon): Entity | null {
  const key = phrase.toLowerCase().replace(/’/g, "'").replace(LEAD_ARTICLE, '');
  let syns: readonly string[] | undefined;
  for (const [k, v] of lex.roleSynonyms) if (key === k || key.startsWith(k + ' ')) { syns = v; break; }
  if (!syns) return null;
  let best: Entity | null = null, bestAt = -Infinity;
  for (const e of ix.withRoles) {
    const roles = (e as { roles?: string[] }).roles ?? [];
    if (!roles.some((r) => syns.some((y) => r === y || r.startsWith(y + ' ')))) continue;
    const last = lastStartBefore(ix, e, at);
    const score = last >= 0 ? last : -1 - (ix.roleStarts.get(e)?.[0] ?? 0);
    if (score > bestAt) { best = e; bestAt = score; }
  }
  return best;
}

/** The speaker named or described by words [a, b), or null when they hold nothing speaker-like. */
export function phraseSpeaker(text: string, ws: readonly Word[], a: number, b: number, lex: QuoteLexicon,
  ix: MentionIndex): Found | null {
  [a, b] = trimPhrase(ws, a, b, lex);
  if (a >= b) return null;
  const gender = genderOf(ws, a, b, lex);
  // "Expanding on that point he stated": a pronoun right before the verb is the subject, whatever precedes it
  if (b - a > 1 && lex.pronouns.has(ws[b - 1]!.w)) return { entity: null, text: ws[b - 1]!.w, via: 'pronoun', gender: lex.pronouns.get(ws[b - 1]!.w) ?? null, at: -1 };
  const n = nameIn(ws, a, b, lex);
  if (n && !modifier(ws, n.e, b)) {
    const s = ws[n.s]!.start;
    let e = ws[n.e - 1]!.end;
    if (text[e - 1] === "'" || text[e - 1] === '’') e--;
    const name = text.slice(s, e);
    // the name phrase found here is the speaker's text; the entity, when one is mentioned there, gives the id
    const link = linkEntity(ix, s, e, name);
    // a single capitalised word may be a surname ("Stoltenberg") or a company: only nouns and acronyms rule it out
    const person = link ? link.type === 'PER' : !orgNoun(ws, a, n.s, lex) && !/\p{Lu}{2}/u.test(name);
    return { entity: link?.id ?? null, text: name, via: 'named', gender, at: s, person };
  }
  // the entities layer may know a name the capitalisation rule missed (all-caps text, a lower-case particle)
  const s0 = ws[a]!.start, e0 = ws[b - 1]!.end;
  // "la mère de Pascal Troadec": a name after "de" completes a description, it is not the speaker
  const pm = lastPersonWithin(ix, s0, e0, (at) => !OF_WORDS.has(wordBefore(text, at)));
  if (pm) return { entity: pm.ent.id, text: text.slice(pm.start, pm.end), via: 'named', gender, at: pm.start, person: true };
  // "…, il a déclaré": a pronoun nearest the verb is the subject
  for (let i = b - 1; i >= a; i--) if (lex.pronouns.has(ws[i]!.w)) return { entity: null, text: ws[i]!.w, via: 'pronoun', gender: lex.pronouns.get(ws[i]!.w) ?? null, at: -1 };
  // a description: the comma-separated part nearest the verb ("Après la réunion, le ministre"), without a
  // trailing place ("un diplomate européen en poste à Addis-Abeba" → "un diplomate européen")
  for (let i = b - 1; i > a; i--) if (ws[i]!.w === ',') { a = i + 1; break; }
  for (let i = a + 2; i < b; i++) if (DESC_CUT.has(ws[i]!.w) || (lex.code === 'fr' && participleEnd(ws, i, b))) { b = i; break; }
  while (b > a + 1 && (DESC_TRAIL.has(ws[b - 1]!.w) || !ws[b - 1]!.alpha)) b--;
  if (a >= b) return null;
  if (b - a > 14 || !describes(ws, a, b, lex)) return null;
  const s = ws[a]!.start, e = ws[b - 1]!.end;
  // "le secrétaire général de l'OTAN" → the person the article names so
  const role = resolveRole(ix.withRoles, text, { start: s, end: e }) ?? roleBySynonym(ix, text.slice(s, e), s, lex);
  if (role) return { entity: role.id, text: role.name, via: 'role', gender, at: s, person: true };
  return { entity: null, text: text.slice(s, e), via: 'description', gender, at: s, person: !orgNoun(ws, a, b, lex) };
}
