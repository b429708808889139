// Pronoun participants: "Il devrait néanmoins rencontrer François Fillon", "a-t-il affirmé lors d'une visite au
// Trésor", "Manuel Valls, qui avait échangé avec lui". A pronoun is resolved here for the event's needs, in
// three steps: a person named earlier in the same sentence ("Macron a déclaré qu'il parlerait avec Poutine"),
// else the speaker of a quote that has just ended ("… », a-t-il affirmé. Il devrait …"), else the person
// the article names most among those named in the three sentences before (the one it is about).
import type { Entity, Quote, Span } from '../../types.js';
import { pronounGender, type Gender } from '../entities/index.js';
import type { EventLexicon } from './lexicon.js';
import type { Part } from './participants.js';

/** Compiled pronoun patterns of one language. */
export interface Pronouns {
  subject: RegExp;
  impersonal: RegExp;
  object: RegExp;
}

/** Compiles a language's pronoun patterns once. */
export function pronounPatterns(lex: EventLexicon): Pronouns {
  return { subject: new RegExp(lex.subjectPronoun, 'giu'), impersonal: new RegExp(lex.impersonal, 'iu'), object: new RegExp(lex.objectPronoun, 'giu') };
}

/** How far after "il" the impersonal test reads ("il est nécessaire"). */
const IMPERSONAL_SPAN = 24;
/** How far before the pronoun a quote may end for its speaker to be meant (", a-t-il ainsi affirmé. "). */
const QUOTE_REACH = 120;
/** How many sentences before the pronoun's own are searched for the person meant. */
const SENTENCES_BACK = 3;

/** Where a pronoun is read: the text, the sentences and quotes around it. */
export interface Scene {
  text: string;
  entities: readonly Entity[];
  sentences: readonly Span[];
  quotes: readonly Quote[];
}

const genderOf = (e: Entity): Gender => (e as { gender?: Gender }).gender ?? null;
const fits = (e: Entity, g: Gender, exclude: ReadonlySet<string>) =>
  e.type === 'PER' && !exclude.has(e.id) && !(g && genderOf(e) && genderOf(e) !== g);

/** The person a pronoun at `at` in sentence `si` stands for, never one in `exclude`; null when none fits. */
export function resolveHere(sc: Scene, at: number, si: number, gender: Gender, exclude: ReadonlySet<string>): Entity | null {
  const sStart = sc.sentences[si]?.start ?? 0;
  const from = sc.sentences[Math.max(0, si - SENTENCES_BACK)]?.start ?? 0;
  let near: Entity | null = null, nearEnd = -1;
  let top: Entity | null = null, topN = 0, topEnd = -1;
  for (const e of sc.entities) {
    if (!fits(e, gender, exclude)) continue;
    // salience is how often the article names the person, before and after: the one it is about
    const n = e.mentions.length;
    let last = -1;
    for (const m of e.mentions) if (m.end <= at && m.end > last) last = m.end;
    if (last >= sStart && last > nearEnd) { near = e; nearEnd = last; }
    if (last >= from && (n > topN || (n === topN && last > topEnd))) { top = e; topN = n; topEnd = last; }
  }
  if (near) return near;
  let speaker: Entity | null = null, qEnd = -1;
  for (const q of sc.quotes) {
    if (q.end > at || at - q.end > QUOTE_REACH || q.end <= qEnd) continue;
    const e = q.speaker?.entity ? sc.entities.find((x) => x.id === q.speaker!.entity) : undefined;
    if (e && fits(e, gender, exclude)) { speaker = e; qEnd = q.end; }
  }
  return speaker ?? top;
}

/**
 * The person the last personal subject pronoun of [from, to) stands for, or null. Impersonal "il" ("il y a",
 * "il faut") names nobody. `exclude`: the names the clause gives after the verb ("il rencontrera Fillon" is
 * not Fillon meeting himself).
 */
export function pronounSubject(sc: Scene, from: number, to: number, si: number, exclude: ReadonlySet<string>, p: Pronouns): Part | null {
  if (to <= from) return null;
  const span = sc.text.slice(from, to);
  let last: RegExpExecArray | null = null;
  p.subject.lastIndex = 0;
  for (let m = p.subject.exec(span); m; m = p.subject.exec(span)) {
    const end = from + m.index + m[0].length;
    if (!p.impersonal.test(sc.text.slice(end, end + IMPERSONAL_SPAN))) last = m;
  }
  if (!last) return null;
  const at = from + last.index;
  const e = resolveHere(sc, at, si, pronounGender(last[0]), exclude);
  return e ? { start: at, end: at + last[0].length, id: e.id, type: e.type } : null;
}

/**
 * The person an object pronoun after a preposition in [from, to) stands for ("qui avait échangé avec lui",
 * "met with her"). It is never the clause's own subject (that would be "avec lui-même"), so `actor` is left out.
 */
export function pronounObject(sc: Scene, from: number, to: number, si: number, actor: string | null, p: Pronouns): Part | null {
  if (to <= from) return null;
  const span = sc.text.slice(from, to);
  p.object.lastIndex = 0;
  const m = p.object.exec(span);
  if (!m) return null;
  const at = from + m.index + m[0].length - m[1]!.length;
  const e = resolveHere(sc, at, si, pronounGender(m[1]!), new Set(actor ? [actor] : []));
  return e ? { start: at, end: at + m[1]!.length, id: e.id, type: e.type } : null;
}

/** The person an agentless event noun at `at` belongs to: resolved like a pronoun of no gender. */
export function implicitAgent(sc: Scene, at: number, si: number, exclude: ReadonlySet<string>): Part | null {
  const e = resolveHere(sc, at, si, null, exclude);
  return e ? { start: at, end: at, id: e.id, type: e.type } : null;
}
