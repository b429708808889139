// Turns a candidate's speaker clue into a speaker: a phrase read as a name or description, a pronoun
// resolved to the most recent compatible speaker (or, failing that, the entities layer's resolver, then the
// last name written), or the speaker carried over from the main clause or the previous quote.
import type { Speaker } from '../../types.js';
import type { QuoteLexicon } from './lexicon.js';
import { pronounTarget, type MentionIndex } from './mentions.js';
import { nameIn, phraseSpeaker, type Found } from './speaker.js';
import type { Who } from './subject.js';
import { LOOK_BACK, type Unit } from './unit.js';
import { wordAt } from './words.js';

/** A pronoun prefers the last speaker when it was named within this many characters (about two paragraphs). */
const SPEAKER_REACH = 1500;
/** A carried subject is named within the first words of its sentence ("Le président Jean Roux a …, ajoutant"). */
const SUBJECT_HEAD = 8;
/** How many earlier speakers a pronoun looks through for one of its gender. */
const HISTORY_LOOKBACK = 8;

/** What resolution reads and updates while the stage walks the article. */
export interface ResolveState {
  readonly text: string;
  readonly lex: QuoteLexicon;
  /** The entities layer, its mentions sorted for binary search. */
  readonly mentions: MentionIndex;
  /** Speakers found so far, oldest first. */
  history: Found[];
  /** The speaker of the last direct quote. */
  lastDirect: Found | null;
  /** The unit before the current one (for names a pronoun may point back to). */
  prev: Unit | null;
}

const PRONOUN_GENDER: Record<string, 'm' | 'f' | null> = { lui: 'm', eux: 'm', him: 'm', her: 'f' };

/** The speaker meant by `who` in unit `u`; `unitFound` is the last speaker resolved in this unit. */
export function resolveWho(who: Who | null, u: Unit, st: ResolveState, unitFound: Found | null): Found | null {
  if (!who) return null;
  switch (who.t) {
    case 'found': return who.f;
    case 'previous': return st.lastDirect ? { ...st.lastDirect, via: 'carried' } : null;
    case 'phrase': {
      const f = phraseSpeaker(st.text, u.ws, who.a, who.b, st.lex, st.mentions);
      // "…, il a déclaré": the phrase held only a pronoun as its subject
      if (f && f.via === 'pronoun') {
        let k = who.b - 1;
        while (k > who.a && !st.lex.pronouns.has(u.ws[k]!.w)) k--;
        return antecedent(u.ws[k]!.start, f.gender, u, st);
      }
      return f ?? carried(u, u.ws.length, st, unitFound);
    }
    case 'carried': return carried(u, who.before, st, unitFound);
    case 'pronoun': {
      const g = st.lex.pronouns.get(who.pron) ?? PRONOUN_GENDER[who.pron] ?? null;
      return antecedent(who.at, PLURAL.has(who.pron) ? null : g, u, st);
    }
  }
}

/** "…, mais a averti que" / "…, ajoutant que": the speaker of the main clause. */
function carried(u: Unit, before: number, st: ResolveState, unitFound: Found | null): Found | null {
  if (unitFound) return { ...unitFound, via: 'carried' };
  // "Affirmant qu'il …, il a critiqué …": a sentence-opening participle's subject follows its clause
  if (before === 0) {
    for (let i = 1; i < u.ws.length && i < LOOK_BACK; i++) {
      const w = u.ws[i]!;
      if (w.w === ',' && !u.quoted[i] && st.lex.pronouns.has(u.ws[i + 1]?.w ?? '')) return antecedent(u.ws[i + 1]!.start, st.lex.pronouns.get(u.ws[i + 1]!.w) ?? null, u, st);
    }
  }
  // "He declined to …, stating that": the main clause's pronoun subject
  const w0 = u.ws[0];
  if (w0 && st.lex.pronouns.has(w0.w) && before > 0) return antecedent(w0.start, st.lex.pronouns.get(w0.w) ?? null, u, st);
  // a participle's subject opens the sentence; a phrase naming no one falls back on any name in the unit
  const lim = Math.min(before, u.ws.length);
  const n = nameIn(u.ws, before < u.ws.length ? 0 : Math.max(0, lim - LOOK_BACK), before < u.ws.length ? Math.min(lim, SUBJECT_HEAD) : lim, st.lex);
  if (n && !u.quoted[n.s]) {
    const f = phraseSpeaker(st.text, u.ws, n.s, n.e, st.lex, st.mentions);
    if (f) return { ...f, via: 'carried' };
  }
  const last = st.history[st.history.length - 1];
  return last ? { ...last, via: 'carried' } : null;
}

/** Plural pronouns: "ils", "they" may point back to a body (the union, the staff), not only to people. */
const PLURAL = new Set(['ils', 'elles', 'eux', 'they']);

/** Is a speaker of gender `f` compatible with a pronoun of gender `g`? `anyone` lifts the person test. */
function fits(f: Found, g: 'm' | 'f' | null, anyone = false): boolean {
  if (g === null) return true;
  return (anyone || f.person !== false) && (f.gender === null || f.gender === g);
}

/** The person a pronoun at `at` points to. */
function antecedent(at: number, g: 'm' | 'f' | null, u: Unit, st: ResolveState): Found | null {
  let recent: Found | null = null;
  for (let i = st.history.length - 1; i >= 0 && i >= st.history.length - HISTORY_LOOKBACK; i--) {
    const f = st.history[i]!;
    if (f.at < at && fits(f, g)) { recent = f; break; }
  }
  // a person named in this sentence or the one before, after the last speaker, is nearer ("Me Antoine Roussel a
  // plaidé la relaxe. « … », a-t-il reconnu")
  // (a speaker found in these two sentences stays the better guess: "Stoltenberg a noté que … Moscou …")
  const near = recent !== null && recent.at >= (st.prev?.start ?? u.start);
  const local = near ? null : localName(at, g, u, st);
  if (local && (!recent || local.at > recent.at)) return local;
  if (recent && at - recent.at < SPEAKER_REACH) return { ...recent, via: 'pronoun' };
  const e = pronounTarget(st.mentions, at, g);
  if (e) return { entity: e.id, text: e.name, via: 'pronoun', gender: g, at };
  if (recent) return { ...recent, via: 'pronoun' };
  // nothing person-like: "Il dénonçait …" after "le syndicat a demandé …" points to the body named last
  return local ?? localName(at, g, u, st, true);
}

/** The last person-like name written before `at` in unit `u` or the one before it, or null. */
function localName(at: number, g: 'm' | 'f' | null, u: Unit, st: ResolveState, anyone = false): Found | null {
  for (const unit of [u, st.prev]) {
    if (!unit) continue;
    const b = wordAt(unit.ws, at);
    // names inside quotation marks are not speakers
    const n = nameIn(unit.ws, Math.max(0, b - LOOK_BACK), b, st.lex);
    if (!n || unit.quoted[n.s]) continue;
    const f = phraseSpeaker(st.text, unit.ws, n.s, n.e, st.lex, st.mentions);
    if (f && f.via === 'named' && fits(f, g, anyone)) return { ...f, via: 'pronoun' };
  }
  return null;
}

/** The public speaker of a found one. */
export function toSpeaker(f: Found): Speaker {
  return { entity: f.entity, text: f.text, via: f.via ?? 'named' };
}
