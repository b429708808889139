// Direct quotes: a quoted span with its attribution after it (« … », a-t-il déclaré / “…,” X said), before
// it (X a déclaré : « … »), inside it (« A, a-t-il dit, B » → two quotes), or carried from the previous
// quote of the same speaker. A quoted span with none of these (« secondaire », a title, a slogan) is no quote.
import type { QuoteKind } from '../../types.js';
import type { Cue } from './cues.js';
import type { QuoteLexicon } from './lexicon.js';
import { nameIn } from './speaker.js';
import { leftSubject, rightSubject, type Who } from './subject.js';
import { cueFrom, LOOK_BACK, type Unit } from './unit.js';

/** A quote proposed by a matcher, its speaker still to resolve. */
export interface Candidate {
  kind: QuoteKind;
  start: number;
  end: number;
  who: Who | null;
  cue: Cue | null;
  /** Index of the unit's quote it stands on, when direct. */
  qi: number;
  /** The attribution was found next to the quote (not carried). */
  explicit: boolean;
}

/** How far after a closing mark the cue may start ("», a déclaré", "” Northrop Grumman CEO Ron Sugar said"). */
const AFTER_WINDOW = 7;
/** How many words may separate a cue from the opening mark it introduces ("said in an interview “…”"). */
const BEFORE_WINDOW = 8;
/** A quote standing alone in its unit (a continued statement) has at most this many other words beside it. */
const ALONE_SLACK = 2;
/** An incise inside a quote is short: "a expliqué le négociateur égyptien Karim Abdelfattah". */
const INCISE_MAX = 9;
const PUNCT = /^[,.;:!?…—–-]$/;
/** A cue spans at most this many words (auxiliaries, adverbs, the verb, a phrase's particles). */
const MAX_CUE_WORDS = 8;

/** The cue that attributes the quote ending before word `b`, looking right. In French only punctuation stands
 * between ("», a déclaré X"); in English a subject may ("” Northrop CEO Ron Sugar said"). A cue opening its own
 * clause ("…, affirmant qu'il …", "…, adding that") attributes nothing before it. */
export function cueAfter(u: Unit, b: number, lex: QuoteLexicon, qa = -1): Cue | null {
  for (let ci = cueFrom(u, b); ci < u.cues.length; ci++) {
    const c = u.cues[ci]!;
    if (c.first - b > AFTER_WINDOW) break;
    // "« … » cette décision, se défend le groupe": words may stand between when the quote opens the sentence
    // and a comma sets the cue off as an incise
    const lead = qa === 0 && u.ws[c.first - 1]?.w === ',';
    for (let i = b; i < c.first; i++) {
      const w = u.ws[i]!;
      // "“…” and described …": a conjunction starts a new predicate, not an attribution
      if (u.quoted[i] || w.w === '.' || w.w === ';' || (lex.code === 'fr' && w.alpha && !AS_SAID.has(w.w) && !lead) ||
        (lex.code === 'en' && lex.clauseOpeners.has(w.w) && !(w.w === 'as' && i === c.first - 1))) return null;
    }
    if (c.participial || compAfter(u, c, lex)) return null;
    return c;
  }
  return null;
}

/** "« … », comme l'a lancé X", "comme le souligne X": words of an incise that may precede a French cue. */
const AS_SAID = new Set(['comme', "l'", 'le', 'la', 'les']);

/** "the Daily Star quoted Tom Fry as saying": the speaker stands between these and "as saying". */
const QUOTED_AS = new Set(['quoted', 'quotes', 'quoting', 'cited', 'cites']);
/** How far back "quoted" may stand from "as saying". */
const QUOTED_AS_REACH = 6;

/** "X quoted Tom Fry as saying": the words naming the one quoted, or null. */
function quotedAs(u: Unit, c: Cue): Who | null {
  if (u.ws[c.first - 1]?.w !== 'as') return null;
  for (let i = c.first - 2; i >= 0 && c.first - i <= QUOTED_AS_REACH; i--) {
    if (QUOTED_AS.has(u.ws[i]!.w)) return i + 1 < c.first - 1 ? { t: 'phrase', a: i + 1, b: c.first - 1 } : null;
  }
  return null;
}

/** A que/that right after cue `c` ("affirmant qu'il", "said that"): the cue introduces a clause. */
function compAfter(u: Unit, c: Cue, lex: QuoteLexicon): boolean {
  for (let i = c.last; i < u.ws.length && i <= c.last + 1; i++) if (lex.complementizers.has(u.ws[i]!.w) && u.ws[i]!.w !== 'si' && u.ws[i]!.w !== 'if') return true;
  return false;
}

/** Words that may open the phrase between a cue and its quote without being its content: the occasion or the
 * addressee of speech ("a déclaré lors d'un point presse « … »", "said in a statement “…”", "told reporters “…”"). */
const BRIDGE = new Set(['à', 'au', 'aux', 'dans', 'lors', 'devant', 'sur', 'pendant', 'durant', 'après', 'en', 'to', 'in', 'at',
  'during', 'on', 'before', 'after', 'reporters', 'journalists', 'mardi', 'lundi', 'mercredi',
  'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'later', 'then', 'also', 'encore', 'ensuite', 'alors', 'of']);

/** Manner adverbs ("fermement", "strongly"). */
const MANNER = /^[\p{L}]{3,}(?:ment|ly)$/u;

/** The cue introducing a quote that opens at word `a`, looking left; null when a que/that clause or an object
 * stands between ("a affirmé avoir agi « … »", "said she was “deeply shocked”": a fragment of indirect speech). */
function cueBefore(u: Unit, a: number, lex: QuoteLexicon): Cue | null {
  let best: Cue | null = null;
  // the last cue ending at or before the mark, among the few that start within reach of it
  for (let ci = cueFrom(u, a - BEFORE_WINDOW - MAX_CUE_WORDS); ci < u.cues.length && u.cues[ci]!.first < a; ci++) {
    const c = u.cues[ci]!;
    if (c.last <= a && !c.bare) best = c;
  }
  if (!best || a - best.last > BEFORE_WINDOW) return null;
  for (let i = best.last; i < a; i++) {
    const w = u.ws[i]!.w;
    if (u.quoted[i] || lex.complementizers.has(w) || lex.pronouns.has(w) || w === '.' || w === ';') return null;
  }
  // a colon (or an English comma) right before the mark introduces the quote whatever stands before it
  const pw = u.ws[a - 1]?.w;
  if (pw === ':' || (pw === ',' && lex.code === 'en') || a === best.last) return best;
  let k = best.last;
  while (k < a && !u.ws[k]!.alpha) k++;
  return k === a || BRIDGE.has(u.ws[k]!.w) ? best : null;
}

/** "a dénoncé les « cures d'austérité »", "described the day as a “defining moment”": the cue's object holds a
 * quoted fragment, so the object is reported speech (a mixed quote). Returns the object's first word, or -1. */
export function quotedObject(u: Unit, c: Cue): number {
  let k = c.last;
  while (k < u.ws.length && u.ws[k]!.w === ',') k++;
  if (k >= u.ws.length || !u.ws[k]!.alpha || BRIDGE.has(u.ws[k]!.w)) return -1;
  // "a condamné fermement les « … »": a manner adverb is the writer's
  if (MANNER.test(u.ws[k]!.w) && u.ws[k + 1]?.alpha) k++;
  for (let i = k + 1; i < u.ws.length && i - k <= BEFORE_WINDOW; i++) {
    const w = u.ws[i]!.w;
    if (u.opensAt.has(i)) return k;
    if (u.quoted[i] || w === '.' || w === ';' || w === ':' || u.cueAt.has(i)) return -1;
  }
  return -1;
}

/** The speaker of a cue: glued, left or inverted. */
export function whoOf(u: Unit, c: Cue, lex: QuoteLexicon, leftEdge: number): Who {
  if (c.inverted) return { t: 'pronoun', pron: c.inverted, at: u.ws[c.first]!.start };
  const qa = quotedAs(u, c);
  if (qa) return qa;
  const left = c.first > leftEdge ? leftSubject(u, c, lex) : null;
  // "« … », comme l'a lancé X": an incise's "comme l'" names no one
  // "« … » cette décision, se défend le groupe": a left phrase naming no one gives way to the inverted subject
  const empty = left?.t === 'phrase' && (u.ws.slice(left.a, left.b).every((w) => !w.alpha || AS_SAID.has(w.w)) ||
    (leftEdge > 0 && !u.ws.slice(left.a, left.b).some((w) => w.cap || lex.speakerNouns.has(w.w))));
  if (left && !empty && left.t !== 'carried' && !(left.t === 'phrase' && left.a < leftEdge)) return left;
  const right = rightSubject(u, c, lex);
  // "et salué l'« immense courage »": words running into a quotation are its object, not an inverted subject
  // "… and described the deal as …": an inverted subject follows a comma or a quotation, never a word
  if (right?.t === 'phrase' && (u.opensAt.has(right.b) || (c.first > 0 && u.ws[c.first - 1]!.alpha && !AS_SAID.has(u.ws[c.first - 1]!.w)))) return { t: 'carried', before: c.first };
  return right ?? { t: 'carried', before: c.first };
}

/** Counts the letter words outside quotation marks among words [a, b). */
function alphaCount(u: Unit, a: number, b: number): number {
  return u.alphaBefore[b]! - u.alphaBefore[a]!;
}

/** What the units around say about who speaks next. */
export interface DirectContext {
  /** The previous unit ended "X a déclaré :". */
  colonWho: Who | null;
  /** A direct quote came in the last two units. */
  prevDirect: boolean;
  /** The person of a reporting verb in the previous unit that quoted nothing ("X a critiqué la presse."). */
  prevSpeech: Who | null;
  /** The next paragraph signs the quote ("— Jane Holt"). */
  signature: Who | null;
}

/** Direct quotes of one unit. `colonCue` is set when the previous unit ended "X a déclaré :". */
export function matchDirect(u: Unit, lex: QuoteLexicon, ctx: DirectContext): Candidate[] {
  const out: Candidate[] = [];
  u.quotes.forEach(({ q, a, b }, qi) => {
    const inner = q.inner;
    const after = cueAfter(u, b, lex, a);
    if (after) {
      out.push({ kind: 'direct', start: inner.start, end: inner.end, who: whoOf(u, after, lex, b), cue: after, qi, explicit: true });
      return;
    }
    // "« A », « B », ont affirmé des témoins": quotes in a comma-separated series share the cue after the last
    const series = seriesCue(u, qi, lex);
    if (series) {
      out.push({ kind: 'direct', start: inner.start, end: inner.end, who: series.who, cue: series.cue, qi, explicit: true });
      return;
    }
    const split = interrupted(u, a, b, inner.end, lex);
    if (split) {
      for (const s of split.parts) out.push({ kind: 'direct', start: s.start, end: s.end, who: split.who, cue: split.cue, qi, explicit: true });
      return;
    }
    const passive = passiveBy(u, a, b);
    if (passive) {
      out.push({ kind: 'direct', start: inner.start, end: inner.end, who: passive.who, cue: passive.cue, qi, explicit: true });
      return;
    }
    const before = cueBefore(u, a, lex);
    if (before) {
      out.push({ kind: 'direct', start: inner.start, end: inner.end, who: whoOf(u, before, lex, 0), cue: before, qi, explicit: true });
      return;
    }
    // "…, comme celle de Jane Holt, une analyste : « … »": a colon after a person's name introduces their words
    if (u.ws[a - 1]?.w === ':' && a >= 2) {
      let s0 = a - 2;
      while (s0 > 0 && a - s0 < LOOK_BACK && !u.quoted[s0 - 1] && u.ws[s0 - 1]!.w !== '.' && u.ws[s0 - 1]!.w !== ':') s0--;
      const n = nameIn(u.ws, s0, a - 1, lex, true);
      if (n && n.e - n.s >= 2) {
        out.push({ kind: 'direct', start: inner.start, end: inner.end, who: { t: 'phrase', a: n.s, b: n.e }, cue: null, qi, explicit: true });
        return;
      }
    }
    const pred = quotedPredicate(u, a, b, lex);
    if (pred) {
      out.push({ kind: 'direct', start: inner.start, end: inner.end, who: pred, cue: null, qi, explicit: true });
      return;
    }
    const alone = alphaCount(u, 0, a) + alphaCount(u, b, u.ws.length) <= ALONE_SLACK;
    const lead = ctx.signature ?? (qi === 0 ? ctx.colonWho : null);
    if (alone && lead) {
      out.push({ kind: 'direct', start: inner.start, end: inner.end, who: lead, cue: null, qi, explicit: true });
    } else if (alone && !ctx.prevDirect && ctx.prevSpeech && qi === 0) {
      // "Jane Holt a critiqué la presse. « … »": the words right after a speech act that quoted nothing are its own
      out.push({ kind: 'direct', start: inner.start, end: inner.end, who: ctx.prevSpeech, cue: null, qi, explicit: false });
    } else if (alone && (ctx.prevDirect || out.length > 0)) {
      // « … » standing alone right after another quote: the same speaker goes on
      out.push({ kind: 'direct', start: inner.start, end: inner.end, who: { t: 'previous' }, cue: null, qi, explicit: false });
    }
  });
  return out;
}

/** Longest subject before a quoted predicate, in words ("Le groupe allemand Airbus"). */
const PREDICATE_SUBJECT = 6;
/** Words that open a noun phrase, not a predicate: « la grande vague » after a name is a nickname or a title. */
const NP_OPENERS = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'ce', 'cet', 'cette', 'ces', 'son', 'sa',
  'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'notre', 'nos', 'the', 'a', 'an', 'this', 'his', 'her', 'their', 'its', 'our', 'my']);

/** "Airbus « coopère pleinement avec ces deux organismes ».": a sentence whose subject, a name, is followed by a
 * quoted predicate running to its end; the subject is the speaker. Null for other shapes. */
function quotedPredicate(u: Unit, a: number, b: number, lex: QuoteLexicon): Who | null {
  if (a < 1 || a > PREDICATE_SUBJECT || alphaCount(u, b, u.ws.length) > 0 || u.quoted[0]) return null;
  const first = u.ws[a + 1];
  // the quotation opens on a verb form: lower case, not a determiner
  if (!first || !first.alpha || first.cap || NP_OPENERS.has(first.w) || u.opensAt.has(a + 1)) return null;
  for (let i = 0; i < a; i++) if (!u.ws[i]!.alpha) return null;
  const n = nameIn(u.ws, 0, a, lex);
  // "Airbus", "Le ministre": a name ending the subject, or a speaker noun in it
  if (n && n.e === a) return { t: 'phrase', a: 0, b: a };
  for (let i = 0; i < a; i++) if (lex.speakerNouns.has(u.ws[i]!.w)) return { t: 'phrase', a: 0, b: a };
  return null;
}

/** Forms of être that make a participle cue passive ("est décrit comme", "sont qualifiés de"). */
const BE = new Set(['est', 'sont', 'était', 'étaient', 'été', 'is', 'are', 'was', 'were', 'been', 'being']);

/** "Le roman est décrit comme « … »": a passive cue (être + participle, not reflexive) has no speaker on its left. */
export function passiveBe(u: Unit, c: Cue): boolean {
  if (c.verb === c.first || !BE.has(u.ws[c.verb - 1]!.w)) return false;
  const f = u.ws[c.first]!.w;
  return f !== 'se' && f !== "s'";
}

/** "décrit comme « … »", "qualifié de « … »", "described as “…”": the words between a passive cue and its quote. */
const AS_WORDS = new Set(['comme', 'de', "d'", 'as']);
/** Longest agent after "par"/"by", in words ("par un ami d'enfance de la famille"). */
const AGENT_MAX = 8;
const AGENT_STOP = new Set([',', '.', ';', ':', '!', '?', 'qui', 'who', '(']);

/** "Le père est décrit comme « un gars normal » par un ami": the passive cue before the quote and the agent after
 * it, who said it; null for other shapes. */
function passiveBy(u: Unit, a: number, b: number): { cue: Cue; who: Who } | null {
  if (a < 2 || !AS_WORDS.has(u.ws[a - 1]!.w) || (u.ws[b]?.w !== 'par' && u.ws[b]?.w !== 'by')) return null;
  let cue: Cue | null = null;
  for (let ci = cueFrom(u, a - 2 - MAX_CUE_WORDS); ci < u.cues.length && u.cues[ci]!.first <= a - 2; ci++) if (u.cues[ci]!.verb === a - 2) cue = u.cues[ci]!;
  if (!cue || !passiveBe(u, cue)) return null;
  let e = b + 1;
  while (e < u.ws.length && e - b <= AGENT_MAX && !AGENT_STOP.has(u.ws[e]!.w) && !u.quoted[e] && !u.opensAt.has(e)) e++;
  return e > b + 1 ? { cue, who: { t: 'phrase', a: b + 1, b: e } } : null;
}

/** How many quotes a comma-separated series may hold ("« A », « B », « C », ont raconté des témoins"). */
const SERIES_MAX = 4;

/** The cue after the last quote of a series "« A », « B », a dit X" that quote `qi` opens, with its speaker, or null. */
function seriesCue(u: Unit, qi: number, lex: QuoteLexicon): { cue: Cue; who: Who } | null {
  let j = qi;
  while (j - qi < SERIES_MAX && u.ws[u.quotes[j]!.b]?.w === ',' && u.quotes[j + 1]?.a === u.quotes[j]!.b + 1) j++;
  if (j === qi) return null;
  const last = u.quotes[j]!;
  const cue = cueAfter(u, last.b, lex, u.quotes[qi]!.a);
  return cue ? { cue, who: whoOf(u, cue, lex, last.b) } : null;
}

/** « A, a-t-il dit, B » / « A, a expliqué Camille Rostand. B »: a cue between a comma and a comma or full stop inside
 * the quote splits it into two quotes of one speaker. */
function interrupted(u: Unit, a: number, b: number, innerEnd: number, lex: QuoteLexicon): { parts: { start: number; end: number }[]; who: Who; cue: Cue } | null {
  // cues inside quotes were filtered out of u.cues: look for one directly
  for (let i = a + 2; i < b - 2; i++) {
    if (u.ws[i - 1]!.w !== ',') continue;
    const cue = cueHere(u, i, lex);
    if (!cue) continue;
    let j = cue.last;
    while (j < b && u.ws[j]!.w !== ',' && u.ws[j]!.w !== '.' && j - cue.last < INCISE_MAX) j++;
    if (u.ws[j]?.w !== ',' && u.ws[j]?.w !== '.') continue;
    const who: Who = cue.inverted ? { t: 'pronoun', pron: cue.inverted, at: u.ws[i]!.start }
      : j > cue.last ? { t: 'phrase', a: cue.last, b: j } : { t: 'previous' };
    return {
      parts: [{ start: u.ws[a]!.end, end: u.ws[i - 1]!.start }, { start: u.ws[j]!.end, end: innerEnd }],
      who, cue,
    };
  }
  return null;
}

/** The cue starting at word `i` when it is one ("a-t-il dit", "a expliqué", "explique", "dit-elle"), else null. */
function cueHere(u: Unit, i: number, lex: QuoteLexicon): Cue | null {
  const w = u.ws[i]!.w;
  const parts = w.split(/[-‑]/);
  const pron = parts.length > 1 ? parts[parts.length - 1]! : '';
  const head = parts[0]!;
  const inverted = lex.pronouns.has(pron) ? pron : null;
  if (lex.cues.has(head) && (inverted || lex.code === 'fr')) return { first: i, last: i + 1, verb: i, inverted, participial: false, weak: false, bare: false };
  if (lex.auxiliaries.has(head) && u.ws[i + 1] && lex.cues.has(u.ws[i + 1]!.w)) {
    return { first: i, last: i + 2, verb: i + 1, inverted, participial: false, weak: false, bare: false };
  }
  return null;
}

/** True when `w` is a punctuation word. */
export function isPunct(w: string): boolean {
  return PUNCT.test(w);
}
