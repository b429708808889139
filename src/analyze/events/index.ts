// events: who does what to whom, where and when, with CAMEO codes (French and English).
// Cascade: 1. triggers from the language's lexicon (verbs and nouns per CAMEO root); 2. gates — a negated,
// hypothetical or cancelled trigger ("pour empêcher une invasion") is dropped, an intended meeting becomes
// 03; 3. binding inside the trigger's own clause: actor = nearest participant before it (else the sentence's
// earlier subject), targets after it, place = a location after a place preposition, date = a dated timex;
// 4. triggers of one type in one clause are one event ("se rendra … à Bruxelles pour une réunion avec l'OTAN").
import type { Doc } from '../../doc.js';
import type { Stage } from '../../pipeline.js';
import type { Entity, Event, Quote, Span, Timex } from '../../types.js';
import { EN_EVENTS } from '../../lang/en/events.js';
import { FR_EVENTS } from '../../lang/fr/events.js';
import { clauses } from './clauses.js';
import type { EventLexicon, Trigger } from './lexicon.js';
import { groupPattern, participants, type Part } from './participants.js';
import { implicitAgent, pronounObject, pronounPatterns, pronounSubject, sceneOf, type Pronouns, type Scene } from './pronouns.js';

/** How far back the gates look before a trigger, in characters. */
const GATE_WINDOW = 60;
/** How far from its trigger an event binds participants, dates and places, in characters each side, inside its
 * clause: clauses are rarely longer, and a run-on "sentence" of a megabyte stays linear. */
const BIND_REACH = 300;
/** At most how many subjects coordinated before the actor join it ("A, B, C et D"): keeps the walk bounded. */
const MAX_COORDINATED = 8;

interface Bundle {
  /** Each trigger as a sticky regex, tried only where `any` says some trigger starts. */
  triggers: { t: Trigger; re: RegExp; then: RegExp | null }[];
  /** Zero-width: a position where at least one trigger matches. One scan instead of one per trigger. */
  any: RegExp;
  groups: RegExp;
  split: RegExp;
  place: RegExp;
  intent: RegExp;
  modal: RegExp;
  negation: RegExp;
  cancel: RegExp;
  conditional: RegExp;
  /** Global: searched from a trigger's end. */
  relative: RegExp;
  expected: RegExp;
  complementizer: RegExp;
  coordination: RegExp;
  conjunction: RegExp;
  pronouns: Pronouns;
  groupOrgs: Readonly<Record<string, string>>;
}

function bundle(lex: EventLexicon): Bundle {
  const tail = (src: string) => new RegExp(src, 'iu');
  return {
    triggers: lex.triggers.map((t) => ({ t, re: new RegExp(`(?<![\\p{L}])(?:${t.re})(?![\\p{L}])`, 'iuy'), then: t.then ? new RegExp(t.then, 'uy') : null })),
    any: new RegExp(`(?<![\\p{L}])(?=(?:${lex.triggers.map((t) => `(?:${t.re})`).join('|')})(?![\\p{L}]))`, 'giu'),
    groups: groupPattern(lex),
    split: new RegExp(lex.clauseSplit, 'gu'),
    place: tail(lex.placePrep), intent: tail(lex.intent), modal: tail(lex.modal),
    negation: tail(lex.negation), cancel: tail(lex.cancel), conditional: tail(lex.conditional),
    relative: new RegExp(lex.relative, 'giu'),
    expected: tail(lex.expected), complementizer: tail(lex.complementizer), coordination: tail(lex.coordination),
    conjunction: new RegExp(`(?<![\\p{L}])${lex.conjunction}(?![\\p{L}])`, 'iu'),
    pronouns: pronounPatterns(lex),
    groupOrgs: lex.groupOrgs ?? {},
  };
}

/** Lexicons per language, compiled once at load. */
const BUNDLES: Record<string, Bundle> = { fr: bundle(FR_EVENTS), en: bundle(EN_EVENTS) };

/** The index of the span holding `at`, by binary search over sorted spans, or -1. */
function find(spans: readonly Span[], at: number): number {
  let lo = 0, hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, s = spans[mid]!;
    if (at < s.start) hi = mid - 1; else if (at >= s.end) lo = mid + 1; else return mid;
  }
  return -1;
}

/** The index of the first item starting at or after `at` (items sorted by start). */
function from<T extends Span>(items: readonly T[], at: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (items[mid]!.start < at) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The items starting within [s.start, s.end), by binary search. */
function within<T extends Span>(items: readonly T[], s: Span): T[] {
  const out: T[] = [];
  for (let i = from(items, s.start); i < items.length && items[i]!.start < s.end; i++) out.push(items[i]!);
  return out;
}

/** The first participant of the sentence before `clause` that is not a place: its likely subject. */
function sentenceSubject(parts: readonly Part[], s: Span, clause: Span, isPlace: (p: Part) => boolean): Part | null {
  for (let i = from(parts, Math.max(s.start, clause.start - BIND_REACH)); i < parts.length && parts[i]!.start < clause.start; i++) {
    if (!isPlace(parts[i]!)) return parts[i]!;
  }
  return null;
}

interface Found { ev: Event; clause: number; sentence: number; alone: boolean }

/** Finds the events of `text`. `missing` collects KB ids a demonym named but the article has no entity for. */
export function findEvents(text: string, lang: string, sentences: readonly Span[], entities: readonly Entity[],
  timexes: readonly Timex[], quotes: readonly Quote[] = [], missing = new Set<string>()): Event[] {
  const b = BUNDLES[lang];
  if (!b || !entities.length) return [];
  const parts = participants(text, entities, b.groups, missing, b.groupOrgs);
  const direct = quotes.filter((q) => q.kind === 'direct').map((q) => ({ start: q.start, end: q.end })).sort((x, y) => x.start - y.start);
  const dated = timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && !t.value.endsWith('_REF'));
  const hits: { t: Trigger; start: number; end: number }[] = [];
  // each trigger's matches as its own global scan would find them (leftmost, not overlapping one another),
  // but the text is scanned once: a trigger is tried only where one starts, and after the end of its last match
  const lastEnd = new Array<number>(b.triggers.length).fill(0);
  b.any.lastIndex = 0;
  for (let m = b.any.exec(text); m; m = b.any.exec(text)) {
    const at = m.index;
    b.any.lastIndex = at + 1;
    b.triggers.forEach(({ t, re, then }, k) => {
      if (at < lastEnd[k]!) return;
      re.lastIndex = at;
      const h = re.exec(text);
      if (!h || h[0].length === 0) return;
      if (then) { then.lastIndex = at + h[0].length; if (!then.test(text)) return; }
      lastEnd[k] = at + h[0].length;
      hits.push({ t, start: at, end: at + h[0].length });
    });
  }
  hits.sort((x, y) => x.start - y.start);
  const clauseCache = new Map<number, Span[]>();
  const subject = new Map<number, Part>();    // the last actor of each sentence, for clauses without a subject
  const found: Found[] = [];
  const byKey = new Map<string, Found>();
  const scene: Scene = sceneOf(text, sentences, entities, quotes);
  const kbOf = new Map(entities.map((e) => [e.id, e.kb ?? null]));
  for (const h of hits) {
    if (find(direct, h.start) >= 0) continue;                     // words inside a direct quote are not deeds
    const si = find(sentences, h.start);
    if (si < 0) continue;
    let cs = clauseCache.get(si);
    if (!cs) clauseCache.set(si, (cs = clauses(text, sentences[si]!, b.split)));
    const ci = Math.max(0, find(cs, h.start)), clause = cs[ci]!;
    const span: Span = { start: Math.max(clause.start, h.start - BIND_REACH), end: Math.min(clause.end, h.end + BIND_REACH) };
    // 2. gates
    const pre = text.slice(Math.max(clause.start, h.start - GATE_WINDOW), h.start);
    if (b.negation.test(pre) || b.cancel.test(pre)) continue;
    let type = h.t.type, code = h.t.code;
    const firstWord = /^\S+/.exec(text.slice(h.start, h.end))?.[0] ?? '';
    const intended = b.intent.test(pre) || b.conditional.test(firstWord);
    if (intended && type === '04') { type = '03'; code = '036'; }
    else if (b.modal.test(pre) && type !== '13') {
      // "Il devrait rencontrer X" is expected news; "a déclaré que l'UE devrait s'entretenir avec X" is advice
      const sentence = sentences[si]!;
      if (!b.expected.test(pre) || b.complementizer.test(text.slice(Math.max(sentence.start, h.start - BIND_REACH), h.start))) continue;
    }
    // 3. binding
    const inClause = within(parts, span);
    const isPlace = (p: Part) => p.type === 'LOC' && b.place.test(text.slice(Math.max(0, p.start - 12), p.start));
    // a meeting is between people, organisations and countries (or a capital standing for one: the KB's places);
    // an unknown place ("piment d'Espelette", "place de la République") is met by nobody
    const meets = h.t.type === '04';
    const people = inClause.filter((p) => !isPlace(p) && !(meets && p.type === 'LOC' && !kbOf.get(p.id)));
    const places = inClause.filter(isPlace);
    let before = people.filter((p) => p.end <= h.start);
    // an incise between subject and verb names no subject: "Peru, speaking alongside Chile, praised the deal"
    const close = before.length > 1 && /^[^,]*,\s*$/.test(text.slice(before[before.length - 1]!.end, h.start))
      ? text.lastIndexOf(',', before[before.length - 1]!.start) : -1;
    if (close > span.start) {
      const k = before.findLastIndex((p) => p.end <= close && /^\s*$/.test(text.slice(p.end, close)));
      if (k >= 0) before = before.slice(0, k + 1);
    }
    const last = before[before.length - 1];
    // a pronoun nearer the trigger than any name is its subject ("Il devrait néanmoins rencontrer …", "a-t-il
    // affirmé lors d'une visite …"); no subject in the clause ("… et se rendra mercredi à Bruxelles"): the
    // sentence's earlier one
    const named = new Set(people.filter((p) => p.start >= h.start).map((p) => p.id));
    const actor = pronounSubject(scene, last ? last.end : span.start, h.start, si, named, b.pronouns)
      ?? last ?? subject.get(si) ?? sentenceSubject(parts, sentences[si]!, clause, isPlace)
      // an agentless meeting noun ("The announcement was made at a joint press conference with X"): the
      // person the article is about, as for a pronoun
      ?? (h.t.noun && meets ? implicitAgent(scene, h.start, si, named) : null);
    if (actor) subject.set(si, actor);
    b.relative.lastIndex = 0;
    const rel = b.relative.exec(text.slice(h.end, span.end));
    const stop = rel ? h.end + rel.index : span.end;
    const targets = h.t.mutual ? [] : [...new Set(people.filter((p) => p.start >= h.start && p.start < stop && p.id !== actor?.id).map((p) => p.id))];
    // "qui avait échangé avec lui": the person the object pronoun stands for, when no name follows
    if (!targets.length && type === '04') {
      const obj = pronounObject(scene, h.start, span.end, si, actor?.id ?? null, b.pronouns);
      if (obj) targets.push(obj.id);
    }
    // coordinated subjects all take part: "L'Égypte, l'Éthiopie et le Soudan reprendront leurs négociations" has
    // three actors; with a reciprocal verb ("la Russie et les États-Unis se sont rencontrés") they meet each other
    const coActors: string[] = [];
    if (actor && last === actor) {
      for (let i = before.length - 2, next = actor; i >= 0 && before.length - 1 - i <= MAX_COORDINATED; i--) {
        const other = before[i]!;
        const gap = text.slice(other.end, next.start);
        // the last link is a conjunction ("A, B et C"): "Selon la France, l'Allemagne rejette" coordinates nothing
        if (!b.coordination.test(gap) || (next === actor && !b.conjunction.test(gap))) break;
        if (other.id !== actor.id && !targets.includes(other.id) && !coActors.includes(other.id)) coActors.unshift(other.id);
        next = other;
      }
    }
    if (h.t.mutual) targets.unshift(...coActors.splice(0));
    const date = within(dated, span).find((t) => t.end <= span.end)?.value ?? null;
    const place = places[0]?.id ?? null;
    // a visit abroad is to its country: "la visite du président iranien en France" has France for a participant
    // (a town is where a visit is, not whom it meets: "sa visite à Romorantin" meets nobody)
    const placeKb = place ? kbOf.get(place) ?? '' : '';
    if (code === '042' && place && placeKb.startsWith('country:') && !targets.includes(place)) targets.push(place);
    // 4. one event per type and clause
    const key = `${si}:${ci}:${type}`;
    const same = byKey.get(key);
    if (same) {
      for (const id of targets) if (!same.ev.targets.includes(id) && !same.ev.actors.includes(id)) same.ev.targets.push(id);
      same.ev.place ??= place;
      same.ev.date ??= date;
      continue;
    }
    const n = (actor ? 1 + coActors.length : 0) + targets.length;
    // a group meeting among itself, named right in the clause and anchored by a place or a date: "les ministres
    // européens se retrouveront mercredi à Bruxelles"; a person alone ("Paul s'est retrouvé à Paris") is no meeting
    const gathers = n === 1 && !!h.t.gather && !!actor && actor === last && (actor.type === 'ORG' || !!actor.group) && !!(place || date);
    if (n === 0 || ((type === '04' || type === '03' || h.t.noun) && n < 2 && !gathers)) continue;
    // met somewhere that is none of the participants: CAMEO 044, "meet at a third location"
    if (code === '040' && place && place !== actor?.id && !targets.includes(place)) code = '044';
    const f: Found = { sentence: si, clause: ci, alone: gathers, ev: {
      type, code, trigger: { start: h.start, end: h.end, text: text.slice(h.start, h.end) },
      actors: actor ? [...coActors, actor.id] : [], targets, place, date,
    } };
    found.push(f);
    byKey.set(key, f);
  }
  return found.filter((f) => f.ev.actors.length + f.ev.targets.length >= (f.alone || !(f.ev.type === '04' || f.ev.type === '03') ? 1 : 2)).map((f) => f.ev);
}

/** Assigns `events`. */
export const eventsStage: Stage<'events'> = {
  name: 'events',
  requires: ['lang', 'sentences', 'tokens', 'entities', 'timexes', 'quotes'],
  assigns: 'events',
  run: (doc: Doc) => findEvents(doc.text, doc.get('lang').code, doc.get('sentences'), doc.get('entities'), doc.get('timexes'), doc.get('quotes')),
};
