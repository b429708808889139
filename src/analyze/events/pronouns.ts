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
/** And at most how many characters back (a run-on "sentence" of a megabyte stays linear). */
const LOOK_BACK = 2000;

/** A person's mention, for walking back from a pronoun. */
interface Mention { end: number; id: string }

/** Where a pronoun is read: the text, its sentences, quotes and the people it names, indexed once. */
export interface Scene {
  text: string;
  sentences: readonly Span[];
  /** Mentions of people, by end. */
  persons: Mention[];
  /** People by id, with how often the article names them. */
  people: Map<string, { e: Entity; n: number }>;
  /** Quotes with a person for speaker, by end. */
  quotes: { end: number; id: string }[];
}

/** Indexes a document for pronoun reading. */
export function sceneOf(text: string, sentences: readonly Span[], entities: readonly Entity[], quotes: readonly Quote[]): Scene {
  const people = new Map<string, { e: Entity; n: number }>();
  const persons: Mention[] = [];
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    // salience is how often the article names the person, before and after: the one it is about
    people.set(e.id, { e, n: e.mentions.length });
    for (const m of e.mentions) persons.push({ end: m.end, id: e.id });
  }
  persons.sort((a, b) => a.end - b.end);
  const qs = quotes.filter((q) => q.speaker?.entity && people.has(q.speaker.entity)).map((q) => ({ end: q.end, id: q.speaker!.entity! }));
  qs.sort((a, b) => a.end - b.end);
  return { text, sentences, persons, people, quotes: qs };
}

const genderOf = (e: Entity): Gender => (e as { gender?: Gender }).gender ?? null;
const fits = (e: Entity, g: Gender, exclude: ReadonlySet<string>) => !exclude.has(e.id) && !(g && genderOf(e) && genderOf(e) !== g);

/** The number of items whose end is ≤ at (binary search over items sorted by end). */
function upTo(items: readonly { end: number }[], at: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (items[mid]!.end <= at) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The person a pronoun at `at` in sentence `si` stands for, never one in `exclude`; null when none fits. */
export function resolveHere(sc: Scene, at: number, si: number, gender: Gender, exclude: ReadonlySet<string>): Entity | null {
  const sStart = sc.sentences[si]?.start ?? 0;
  const from = Math.max(sc.sentences[Math.max(0, si - SENTENCES_BACK)]?.start ?? 0, at - LOOK_BACK);
  let near: Entity | null = null, top: Entity | null = null, topN = 0;
  const seen = new Set<string>();
  // walking back, a person's first mention met is their last before the pronoun: the nearest comes first
  for (let i = upTo(sc.persons, at) - 1; i >= 0 && sc.persons[i]!.end >= from; i--) {
    const id = sc.persons[i]!.id;
    if (seen.has(id)) continue;
    seen.add(id);
    const p = sc.people.get(id)!;
    if (!fits(p.e, gender, exclude)) continue;
    if (!near && sc.persons[i]!.end >= sStart) near = p.e;
    if (p.n > topN) { top = p.e; topN = p.n; }
  }
  if (near) return near;
  for (let i = upTo(sc.quotes, at) - 1; i >= 0 && at - sc.quotes[i]!.end <= QUOTE_REACH; i--) {
    const e = sc.people.get(sc.quotes[i]!.id)!.e;
    if (fits(e, gender, exclude)) return e;
  }
  return top;
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
