// Where the speaker phrase of a cue lies: left of it ("Le ministre a déclaré"), after it ("a déclaré le
// ministre", "said Chris Weafer"), glued to it ("a-t-il déclaré"), or nowhere, when the clause carries the
// main clause's subject ("…, mais a averti que", "…, ajoutant que").
import type { Cue } from './cues.js';
import type { QuoteLexicon } from './lexicon.js';
import type { Found } from './speaker.js';
import type { Unit } from './unit.js';

/** How the speaker of one candidate is to be found. */
export type Who =
  | { t: 'phrase'; a: number; b: number }
  | { t: 'pronoun'; pron: string; at: number }
  | { t: 'carried'; before: number }
  | { t: 'previous' }
  | { t: 'found'; f: Found };

/** A subject never reaches further than this many words from its verb. */
const MAX_SUBJECT = 22;
/** Asides between an inverted cue and its subject. */
const ASIDES: readonly (readonly string[])[] = [['pour', 'sa', 'part'], ['pour', 'leur', 'part'], ['pour', 'son', 'compte'],
  ['de', 'son', 'côté'], ['de', 'leur', 'côté'], ['quant', 'à', 'lui'], ['quant', 'à', 'elle'], ['for', 'its', 'part'],
  ['for', 'his', 'part'], ['for', 'her', 'part'], ['for', 'their', 'part']];
/** Verbs that put out a statement, before "saying …" / "affirmant …". */
const STATEMENT_VERBS = new Set(['released', 'issued', 'published', 'posted', 'releasing', 'issuing', 'publishing', 'posting',
  'put', 'putting', 'publié', 'diffusé', 'publiant', 'diffusant', 'publie', 'diffuse']);
/** How far past a preposition an inverted subject may run to a name apposed after a comma. */
const APPOSED_REACH = 6;
/** Stops that end the subject for good: time words and conjunctions. */
const TIME_STOP = new Set(['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'hier', 'yesterday', 'today',
  "aujourd'hui", 'et', 'and', 'mais', 'but', 'ce', 'this', 'last', 'earlier', 'told', 'adding', 'ajoutant', 'qui', 'que', "qu'", 'that', 'who']);
/** The antecedent of "qui"/"who" is a short noun phrase right before it. */
const RELATIVE_REACH = 8;
/** Words that open a source phrase: the antecedent of a relative starts after them. */
const SOURCE_LEAD = new Set(['selon', 'par', 'avec', 'pour', 'according', 'to', 'by', 'with', 'for']);
/** Words that end an inverted subject: a prepositional phrase follows ("a déclaré X lors d'une conférence"). */
const RIGHT_STOP = new Set([
  'lors', 'pendant', 'dans', 'devant', 'à', 'au', 'aux', 'en', 'après', 'avant', 'sur', 'pour', 'selon', 'qui', 'que', "qu'",
  'during', 'in', 'at', 'on', 'to', 'after', 'before', 'while', 'when', 'from', 'that', 'who', 'as', 'about', 'for',
  'with', 'told', 'adding', 'ajoutant', 'dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'hier',
  'yesterday', 'today', 'aujourd\'hui', 'et', 'and', 'mais', 'but', 'ce', 'this', 'last', 'earlier',
]);
const ADDRESSEE = new Set(['à', 'au', 'aux', 'to']);
const STOP_MARKS = new Set(['.', ';', ':', '!', '?', '(', ')', '«', '»', '“', '”', '"', '—', '–', '[', ']']);

/** Articles that open a noun phrase; after a preposition they open a complement ("le ministre de la Défense"). */
const ARTICLES = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'the', 'a', 'an']);
const OF_LINKS = new Set(['de', 'du', 'des', "d'", 'à', 'au', 'aux', 'en', 'of', 'in', 'at', 'for', 'to', 'on']);

/** The start of the last noun phrase in words [a, b) that an article opens outside a complement, or `a`. */
function lastArticle(u: Unit, a: number, b: number): number {
  for (let i = b - 1; i > a; i--) if (ARTICLES.has(u.ws[i]!.w) && !OF_LINKS.has(u.ws[i - 1]!.w) && u.ws[i - 1]!.alpha) return i;
  return a;
}

/** A speaker noun or title ("président", "chef", "ceo"). */
const isTitle = (w: string, lex: QuoteLexicon): boolean => lex.speakerNouns.has(w) || lex.titles.has(w);

/** A word opening a predicate after "et"/"and" ("victime et estime", "chief and has said"), not a second title. */
const predicateAt = (w: string, lex: QuoteLexicon): boolean => !w || lex.cues.has(w) || lex.auxiliaries.has(w) || lex.pronouns.has(w) || lex.complementizers.has(w);

/** The speaker phrase to the left of cue `c`, or carried when a clause opener stands right before it. */
export function leftSubject(u: Unit, c: Cue, lex: QuoteLexicon): Who {
  if (c.inverted) return { t: 'pronoun', pron: c.inverted, at: u.ws[c.first]!.start };
  let b = c.first;
  let i = b - 1;
  // "le ministre, qui a déclaré que …": skip the relative pronoun and its comma
  let reach = MAX_SUBJECT;
  if (i >= 0 && lex.relatives.has(u.ws[i]!.w)) { i--; if (i >= 0 && u.ws[i]!.w === ',') i--; b = i + 1; reach = RELATIVE_REACH; }
  else if (i >= 0 && u.ws[i]!.w === ',') {
    // "Senator Ann Cole, who hails from the state where …, said": step over the relative clause between commas
    for (let r = i - 1; r > 0 && i - r <= MAX_SUBJECT; r--) {
      const w = u.ws[r]!.w;
      if (u.quoted[r] || STOP_MARKS.has(w)) break;
      if (lex.relatives.has(w) && u.ws[r - 1]!.w === ',') { i = r - 2; b = r - 1; reach = RELATIVE_REACH; break; }
    }
  }
  // "…, with Acme analyst Tom Fry saying “…”": a gerund's subject starts after "with"
  const gerund = u.ws[c.verb]!.w.endsWith(lex.participleSuffix);
  while (i >= 0 && b - i <= reach) {
    const w = u.ws[i]!;
    // "Howard Schultz, président et chef de la direction, a déclaré": "et" between two titles joins them
    const titles = (w.w === 'et' || w.w === 'and') && i > 0 && isTitle(u.ws[i - 1]!.w, lex) && !predicateAt(u.ws[i + 1]?.w ?? '', lex);
    if (!titles && (u.quoted[i] || STOP_MARKS.has(w.w) || lex.clauseOpeners.has(w.w) || lex.complementizers.has(w.w))) break;
    // "…, selon la police, qui précise": the antecedent of a relative is the noun phrase after the preposition
    if (reach === RELATIVE_REACH && SOURCE_LEAD.has(w.w)) break;
    if (gerund && (w.w === 'with' || w.w === 'avec')) break;
    i--;
  }
  const a = i + 1;
  let k = a;
  while (k < b && u.ws[k]!.w === ',') k++;
  // "The union issued a statement saying …": the subject stands before the verb that put the statement out;
  // "…, releasing a statement saying …" carries the main clause's subject
  if (gerund) {
    for (let j = k; j < b; j++) if (STATEMENT_VERBS.has(u.ws[j]!.w)) { b = j; break; }
  }
  // "se défend pour sa part le groupe, qui a affirmé": the antecedent is the last noun phrase, from its article
  if (reach === RELATIVE_REACH) k = lastArticle(u, k, b);
  if (k >= b) return { t: 'carried', before: c.first };
  if (b - k === 1 && lex.pronouns.has(u.ws[k]!.w)) return { t: 'pronoun', pron: u.ws[k]!.w, at: u.ws[k]!.start };
  return { t: 'phrase', a: k, b };
}

/** The inverted speaker phrase right of cue `c` ("a déclaré une représentante …, Oksana Kovrijnaïa"), or null. */
export function rightSubject(u: Unit, c: Cue, lex: QuoteLexicon): Who | null {
  let s = c.last;
  // "a confié, à Reuters, le directeur …", "a indiqué au Monde le premier substitut": skip the addressee
  if (u.ws[s]?.w === ',') s++;
  if (ADDRESSEE.has(u.ws[s]?.w ?? '')) {
    let k = s + 1;
    while (k < u.ws.length && k - s <= 4 && (u.ws[k]!.cap || u.ws[k]!.w === "l'" || u.ws[k]!.w === 'the')) k++;
    if (k > s + 1) s = u.ws[k]?.w === ',' ? k + 1 : k;
  }
  // "se défend pour sa part le groupe", "a indiqué de son côté la mairie": skip the aside
  for (const aside of ASIDES) if (aside.every((w, k) => u.ws[s + k]?.w === w)) { s += aside.length; break; }
  let e = s;
  while (e < u.ws.length && e - c.last < MAX_SUBJECT) {
    const w = u.ws[e]!;
    // "a précisé M. Di Giacomo": the dot of a courtesy title ends nothing
    if (w.w === '.' && e > s && lex.titles.has(u.ws[e - 1]!.w) && u.ws[e + 1]?.cap && u.ws[e + 1]!.start === w.end + 1) { e++; continue; }
    // "said Airbus President and CEO Tom Enders": a conjunction between titles stays in the subject
    if ((w.w === 'and' || w.w === 'et') && e > s && u.ws[e + 1]?.cap) { e++; continue; }
    if (u.quoted[e] || STOP_MARKS.has(w.w) || w.w === ',' || RIGHT_STOP.has(w.w) || lex.cues.has(w.w)) break;
    if (lex.code === 'en' && e > c.last && w.w.endsWith('ing')) break;
    e++;
  }
  if (e === s) return null;
  // "said chief analyst at Solaris Management, Tim Fry.": a name apposed at the sentence's end, past a preposition
  if (RIGHT_STOP.has(u.ws[e]?.w ?? '') && !TIME_STOP.has(u.ws[e]!.w)) {
    let k = e;
    while (k < u.ws.length && k - e <= APPOSED_REACH && u.ws[k]!.w !== ',' && !STOP_MARKS.has(u.ws[k]!.w) && !u.quoted[k]) k++;
    if (u.ws[k]?.w === ',') e = k;
  }
  // an apposed name after a comma: "une représentante du comité, Oksana Kovrijnaïa."
  if (u.ws[e]?.w === ',') {
    let f = e + 1;
    while (f < u.ws.length && u.ws[f]!.cap && u.ws[f]!.alpha) f++;
    if (f > e + 1 && (f === u.ws.length || !u.ws[f]!.alpha)) e = f;
  }
  if (e - s === 1 && lex.pronouns.has(u.ws[s]!.w)) return { t: 'pronoun', pron: u.ws[s]!.w, at: u.ws[s]!.start };
  return { t: 'phrase', a: s, b: e };
}
