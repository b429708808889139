// Indirect and mixed quotes: a cue with its que/that clause ("a averti que …", "said that …", "ajoutant
// que …"), a French infinitive ("a annoncé se rendre …"), an English clause with no "that" ("he said the
// plan …"), content before an inverted cue ("…, a annoncé le ministère"), and "selon X" / "according to X".
// The clause is the reported content only; a clause holding a quoted fragment is one mixed quote.
import type { Cue } from './cues.js';
import { cueAfter, passiveBe, quotedObject, whoOf, type Candidate } from './direct.js';
import type { QuoteLexicon } from './lexicon.js';
import { leftSubject, rightSubject, type Who } from './subject.js';
import type { Unit } from './unit.js';

/** Longest reported clause, in words: sentences are shorter; a 1 MB line without a stop stays linear. */
const MAX_CLAUSE = 150;
/** How many words may stand between a cue and its que/that ("a annoncé, dimanche 24 janvier, que"). */
const COMP_WINDOW = 10;
/** Longest incise skipped between a cue and its content ("a affirmé, jeudi 26 janvier, être prêt"). */
const INCISE = 6;
/** Reported content shorter than this many words is dropped as noise. */
const MIN_CONTENT = 2;
/** An inverted cue ends its sentence within this many words of its subject ("…, a-t-il dit lors d'un point presse"). */
const TAIL_SLACK = 8;
const EN_CLAUSE_START = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'he', 'she',
  'it', 'they', 'we', 'i', 'there', 'some', 'no', 'all', 'many', 'most', 'more', 'several', 'both', 'nothing', 'everyone', 'people']);
const FR_INF = /^(?:avoir|être|se|s'|ne|n'|vouloir|pouvoir|devoir|faire|[\p{L}]{3,}(?:er|ir|re|oir))$/u;
const FR_NOT_INF = new Set(['premier', 'dernier', 'hier', 'leur', 'cher', 'fer', 'mer', 'hiver', 'contre', 'entre', 'notre', 'votre',
  'autre', 'ministre', 'titre', 'centre', 'lettre', 'pire', 'faire_', 'sire', 'mère', 'père', 'frère', 'membre', 'nombre', 'ordre', 'libre']);
const TRAILING = new Set([',', ';', ':', '.', '—', '–', '-', '(', '«', '“']);
/** Words opening a contrasting clause after a comma: the reported content ends before them. */
const CONTRAST = new Set(['alors', 'tandis', 'whereas', 'while', 'sans', 'without']);
const SOFT_END = new Set([';', '.', '!', '?']);
/** Occasions of speech: "après une réunion …", "lors d'une conférence de presse", "in an interview" attach to the cue, not the content. */
const OCCASIONS = new Set(['réunion', 'conférence', 'entretien', 'rencontre', 'interview', 'entrevue', 'discours', 'point',
  'communiqué', 'déclaration', 'sommet', 'allocution', 'émission', 'débat', 'audience', 'meeting', 'conference', 'statement',
  'speech', 'briefing', 'summit', 'address', 'hearing', 'session', 'release', 'press']);
const OCCASION_LEAD = new Set(['après', 'lors', 'pendant', 'au', 'à', 'durant', 'devant', 'after', 'during', 'at', 'in', 'following', 'before']);

/** "après une réunion extraordinaire …": a preposition opening a phrase about the occasion of speech. */
function occasionAt(u: Unit, i: number): boolean {
  if (!OCCASION_LEAD.has(u.ws[i]!.w)) return false;
  for (let k = i + 1; k < u.ws.length && k <= i + 4; k++) if (OCCASIONS.has(u.ws[k]!.w)) return true;
  return false;
}

/** Where a reported clause starting at word `from` ends (an exclusive word index). */
function clauseEnd(u: Unit, from: number, lex: QuoteLexicon): number {
  const { cueAt, opensAt } = u;
  const stop = Math.min(u.ws.length, from + MAX_CLAUSE);
  for (let i = from; i < stop; i++) {
    const w = u.ws[i]!.w;
    if (!u.quoted[i] && (SOFT_END.has(w) || (i > from + 2 && occasionAt(u, i)))) return i;
    // "…, with Acme analyst Tom Fry saying …": a new speaker takes over after ", with"
    if (!u.quoted[i] && i > from + 2 && (w === 'with' || w === 'avec') && u.ws[i - 1]!.w === ',' && gerundCueSoon(u, i, lex)) return i - 1;
    // "a annoncé que A et que B": the second clause is a quote of its own
    if (!u.quoted[i] && i > from + 1 && COORD_WORDS.has(w) && lex.complementizers.has(u.ws[i + 1]?.w ?? '') && u.ws[i + 1]!.w !== 'si' && u.ws[i + 1]!.w !== 'if') return i;
    // "…, mais se refusent à croire", "…, il a critiqué": a new predicate or a new subject after a comma
    if (!u.quoted[i] && i > from + 2 && u.ws[i - 1]!.w === ',' && (((w === 'mais' || w === 'but') && !lex.complementizers.has(u.ws[i + 1]?.w ?? '')) ||
      (lex.pronouns.has(w) && (lex.auxiliaries.has(u.ws[i + 1]?.w ?? '') || lex.cues.has(u.ws[i + 1]?.w ?? ''))))) return i - 1;
    // "…, alors que la mère du suspect avait …": a contrast after a comma is the writer's, not the speaker's
    if (!u.quoted[i] && i > from + 2 && CONTRAST.has(w) && u.ws[i - 1]!.w === ',' && (w !== 'alors' || u.ws[i + 1]?.w === 'que' || u.ws[i + 1]?.w === "qu'")) return i - 1;
    const qb = opensAt.get(i);
    // « … » introduced by a colon or followed by its own cue is a direct quote of its own
    if (qb !== undefined && (u.ws[i - 1]?.w === ':' || cueAfter(u, qb, lex))) return i - (u.ws[i - 1]?.w === ':' ? 1 : 0);
    const c = cueAt.get(i);
    if (!c || i === from) continue;
    const prev = u.ws[i - 1]!.w;
    const joined = prev === ',' || prev === 'et' || prev === 'mais' || prev === 'and' || prev === 'but';
    if (c.participial || (joined && hasComp(u, c, lex, 3)) || c.inverted || (prev === ',' && rightSubject(u, c, lex))) {
      let e = i;
      while (e > from && (!u.ws[e - 1]!.alpha || u.ws[e - 1]!.w === 'et' || u.ws[e - 1]!.w === 'and' || u.ws[e - 1]!.w === 'mais' || u.ws[e - 1]!.w === 'but')) e--;
      return e;
    }
  }
  return stop;
}

/** English finite auxiliaries that show a clause follows a bare "said" ("said prices would fall"). */
const EN_FINITE = new Set(['would', 'will', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'could', 'should', 'may', 'might', 'must', 'can']);
/** Words that open a question or an infinitive, not a reported clause ("said when the …", "spoke to …"). */
const EN_NOT_CLAUSE = new Set(['to', 'when', 'what', 'how', 'why', 'where', 'who', 'which', 'whether', 'if', 'of', 'about', 'for', 'with', 'by', 'from', 'and', 'but', 'or', 'so', 'as']);
/** How far into a bare English clause its auxiliary may stand ("said the two largest banks would …"). */
const FINITE_WINDOW = 5;

/** "said prices would fall": a lower-case noun phrase then a finite auxiliary within a few words. */
function finiteSoon(u: Unit, from: number): boolean {
  const first = u.ws[from];
  if (!first || !first.alpha || first.cap || OCCASION_LEAD.has(first.w) || EN_FINITE.has(first.w) || EN_NOT_CLAUSE.has(first.w)) return false;
  for (let i = from + 1; i < u.ws.length && i - from <= FINITE_WINDOW; i++) {
    const w = u.ws[i]!;
    if (!w.alpha) return false;
    if (EN_FINITE.has(w.w)) return true;
  }
  return false;
}

/** A gerund cue within a few words after word `i` ("with X saying", "avec X affirmant"). */
function gerundCueSoon(u: Unit, i: number, lex: QuoteLexicon): boolean {
  for (let k = i + 1; k < u.ws.length && k - i <= FINITE_WINDOW + 1; k++) {
    const c = u.cueAt.get(k);
    if (c) return u.ws[c.verb]!.w.endsWith(lex.participleSuffix);
  }
  return false;
}

/** Finite verbs and clitics that open the main clause's predicate after a relative clause ("…, est resté"). */
const MAIN_VERB = new Set(['est', 'a', 'ont', 'sont', 'était', 'avait', 'se', "s'", 'ne', "n'", 'is', 'was', 'has', 'had', 'were', 'are']);

/** A main-clause predicate opens at word `i` ("est resté", "et se tait"). */
function mainVerbAt(u: Unit, i: number): boolean {
  const w = u.ws[i]?.w ?? '';
  return MAIN_VERB.has(w) || ((w === 'et' || w === 'and') && MAIN_VERB.has(u.ws[i + 1]?.w ?? ''));
}

/** Conjunctions joining two reported clauses ("que A et que B"). */
const COORD_WORDS = new Set(['et', 'and']);
/** Marks after which an English cue is inverted ("…,” said X", "…, said X"). */
const INVERSION_LEAD = new Set([',', '”', '"', '’', '»']);
/** How many "et que …" clauses one cue may introduce after its first. */
const MAX_COORDINATED = 4;
/** "l'a confirmé ce jeudi": a time phrase is no reported object. */
const TIME_NOUNS = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'matin', 'soir', 'midi',
  'week-end', 'jour', 'mois', 'semaine', 'année', 'an', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'morning', 'evening', 'week', 'month', 'year', 'day', 'weekend']);
/** Words opening a time phrase between a cue and its object ("a annoncé jeudi l'ouverture", "a affirmé fin janvier avoir …"). */
const TIME_LEAD = new Set(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui",
  'fin', 'début', 'mi', 'mi-janvier', 'mi-février', 'mi-mars', 'mi-avril', 'mi-mai', 'mi-juin', 'mi-juillet', 'mi-août',
  'mi-septembre', 'mi-octobre', 'mi-novembre', 'mi-décembre', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'yesterday', 'today']);
/** Words that may follow a time phrase's first word within it ("jeudi soir", "fin janvier 2017", "mardi dernier"). */
const TIME_TAIL = new Set(['soir', 'matin', 'midi', 'après-midi', 'dernier', 'dernière', 'prochain', 'janvier', 'février',
  'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'morning', 'evening', 'night']);
/** Longest time phrase stepped over after a cue, in words. */
const TIME_MAX = 3;

/** The index after a short time phrase starting at word `i` ("jeudi", "fin janvier", "hier soir"), or `i`. */
function afterTime(u: Unit, i: number): number {
  const w = u.ws[i];
  if (!w || u.quoted[i] || !TIME_LEAD.has(w.w)) return i;
  let k = i + 1;
  while (k < u.ws.length && k - i < TIME_MAX && (TIME_TAIL.has(u.ws[k]!.w) || /^\d{4}$/.test(u.ws[k]!.w))) k++;
  // "fin" and "début" are time words only before a month ("fin janvier", not "a annoncé la fin des …")
  if ((w.w === 'fin' || w.w === 'début' || w.w === 'mi') && k === i + 1) return i;
  return k;
}

/** Short adverbs that may stand between a cue and its "de" + infinitive ("a promis entre autres de …"). */
const DE_SKIP = new Set(['entre', 'autres', 'notamment', 'également', 'aussi', 'encore', 'déjà', 'même', 'alors']);

/** "de faire passer …" at word `i` (after a few adverbs): the index of the infinitive, or -1. */
function deInfinitive(u: Unit, i: number): number {
  let k = i;
  while (k < u.ws.length && k - i < 3 && DE_SKIP.has(u.ws[k]!.w)) k++;
  const w = u.ws[k]?.w;
  if (w !== 'de' && w !== "d'") return -1;
  const inf = u.ws[k + 1];
  return inf && !u.quoted[k + 1] && FR_INF.test(inf.w) && !FR_NOT_INF.has(inf.w) && !inf.cap ? k + 1 : -1;
}

/** Index of the complementizer within `win` words after cue `c`, or -1. */
function hasComp(u: Unit, c: Cue, lex: QuoteLexicon, win: number): number {
  for (let i = c.last; i < u.ws.length && i - c.last <= win; i++) {
    const w = u.ws[i]!.w;
    if (u.quoted[i] || SOFT_END.has(w) || w === ':') return -1;
    if (lex.complementizers.has(w)) return (w === 'si' || w === 'if' || w === 'whether') && !c.weak ? -1 : i;
    if (i > c.last && lex.cues.has(w)) return -1;
  }
  return -1;
}

/** A candidate over words [a, b) or null when it is too short. */
function cand(u: Unit, a: number, b: number, who: Who | null, cue: Cue | null): Candidate | null {
  while (a < b && !u.ws[a]!.alpha && !u.quoted[a] && u.ws[a]!.w !== '«' && u.ws[a]!.w !== '“') a++;
  while (b > a && TRAILING.has(u.ws[b - 1]!.w) && !u.quoted[b - 1]) b--;
  let n = 0;
  let mixed = false;
  for (let i = a; i < b; i++) { if (u.ws[i]!.alpha) n++; if (u.quoted[i]) mixed = true; }
  if (n < MIN_CONTENT) return null;
  // "il affirme qu'« … »": content that is one whole quotation is a direct quote
  const qb = u.opensAt.get(a);
  if (qb !== undefined && qb >= b) {
    const q = u.quotes.find((x) => x.a === a);
    if (q) return { kind: 'direct', start: q.q.inner.start, end: q.q.inner.end, who, cue, qi: -1, explicit: true };
  }
  const start = u.ws[a]!.start;
  let end = u.ws[b - 1]!.end;
  return { kind: mixed ? 'mixed' : 'indirect', start, end, who, cue, qi: -1, explicit: true };
}

/** Cues with their reported clause after them. */
function clauseAfterCue(u: Unit, lex: QuoteLexicon, used: ReadonlySet<Cue>, out: Candidate[]): void {
  for (const c of u.cues) {
    if (used.has(c)) continue;
    let from = -1;
    const k = hasComp(u, c, lex, COMP_WINDOW);
    // "a affirmé, jeudi 26 janvier, être prêt …": look past a short incise between commas
    let nx = c.last;
    if (u.ws[nx]?.w === ',') {
      let j = nx + 1;
      while (j < u.ws.length && j - nx <= INCISE && u.ws[j]!.w !== ',' && !SOFT_END.has(u.ws[j]!.w)) j++;
      if (u.ws[j]?.w === ',') nx = j + 1;
    } else if (!c.bare) nx = afterTime(u, nx);
    const next = u.ws[nx];
    const vw = u.ws[c.verb]!.w;
    if (k >= 0) from = k + 1;
    else if (!c.weak && !c.participial && next && lex.code === 'fr' && !c.bare && FR_INF.test(next.w) && !FR_NOT_INF.has(next.w)) from = nx;
    // "avait promis entre autres de faire passer …", "a annoncé d'abandonner …": de + infinitive
    else if (!c.weak && !c.bare && lex.code === 'fr' && deInfinitive(u, nx) >= 0) from = deInfinitive(u, nx);
    // "a annoncé l'ouverture d'une enquête", "announced plans to …": the object is what was said
    // (not in an incise: in "…, a annoncé le ministère" the noun phrase is the speaker)
    else if (!c.bare && next && lex.npCues.has(vw) && lex.npStarts.has(next.w) && !u.quoted[nx] && u.ws[c.first - 1]?.w !== ',' && !TIME_NOUNS.has(u.ws[nx + 1]?.w ?? '')) from = nx;
    else if (!c.bare && next && lex.code === 'en' && !u.quoted[c.last] &&
      ((!c.weak && (EN_CLAUSE_START.has(next.w) || (next.cap && next.alpha && c.last > c.first))) || finiteSoon(u, c.last))) from = c.last;
    if (from < 0 && !c.bare && !passiveBe(u, c)) from = quotedObject(u, c);
    if (from < 0) continue;
    // "”¶said William Ford, chairman of …", "…, said Stephen Harper": in English an inverted cue is followed by its subject
    if (lex.code === 'en' && k < 0 && (c.first === 0 || INVERSION_LEAD.has(u.ws[c.first - 1]!.w)) && u.ws[from]?.cap) continue;
    if (c.bare && !c.participial) continue;
    const who: Who = c.participial ? { t: 'carried', before: c.first } : whoOf(u, c, lex, 0);
    let end = clauseEnd(u, from, lex);
    // "Le ministre, qui a affirmé être prêt, est resté": the comma closing the relative clause ends the content
    if (lex.relatives.has(u.ws[c.first - 1]?.w ?? '')) {
      for (let i = from + 1; i < end - 1; i++) if (u.ws[i]!.w === ',' && !u.quoted[i] && mainVerbAt(u, i + 1)) { end = i; break; }
    }
    const q = cand(u, from, end, who, c);
    if (q) out.push(q);
    // "que A et que B", "that A and that B": each clause is one quote, same speaker and cue
    for (let n = 0; n < MAX_COORDINATED && COORD_WORDS.has(u.ws[end]?.w ?? '') && lex.complementizers.has(u.ws[end + 1]?.w ?? ''); n++) {
      const f2 = end + 2;
      end = clauseEnd(u, f2, lex);
      const q2 = cand(u, f2, end, who, c);
      if (q2) out.push(q2);
    }
  }
}

/** "…, a annoncé le ministère." / "…, he said." / "…, said Smith.": the clause before an incise cue at the end. */
function clauseBeforeCue(u: Unit, lex: QuoteLexicon, used: ReadonlySet<Cue>, out: Candidate[]): void {
  for (const c of u.cues) {
    if (used.has(c) || c.weak || c.bare || c.participial || hasComp(u, c, lex, 4) >= 0) continue;
    let who: Who | null = null;
    let contentEnd = -1;
    const right = c.inverted ? null : rightSubject(u, c, lex);
    let subjEnd = c.last;
    if (c.inverted) { who = { t: 'pronoun', pron: c.inverted, at: u.ws[c.first]!.start }; contentEnd = c.first; }
    else if (right && right.t !== 'previous' && right.t !== 'carried' && u.ws[c.first - 1]?.w === ',') {
      // inverted subject: "…, a fait savoir la police russe", "…,” said Smith"
      who = right; contentEnd = c.first; subjEnd = right.t === 'phrase' ? right.b : c.last + 1;
      // ", a plaidé la relaxe": the words after the cue must name or describe someone to be its subject
      if (right.t === 'phrase' && !speakerLike(u, right.a, right.b, lex)) who = null;
    }
    if (lex.code === 'en' && !who) {
      // "…, the minister said." / "…, he said."
      const left = leftSubject(u, c, lex);
      if (left.t === 'phrase') {
        let k = left.b - 1;
        while (k >= left.a && u.ws[k]!.w !== ',') k--;
        if (k >= left.a && left.b - k - 1 <= 6 && left.b - k > 1) { who = { t: 'phrase', a: k + 1, b: left.b }; contentEnd = k; }
      }
      if (left.t === 'pronoun' && u.ws[c.first - 2]?.w === ',') { who = left; contentEnd = c.first - 1; }
    }
    if (!who || contentEnd <= 0) continue;
    // "Henry Paulson, the Treasury Secretary, said the plan …": the cue opens a clause or a quote, it ends nothing
    const nx = u.ws[subjEnd];
    if (nx && (nx.w === ':' || u.quoted[subjEnd] || u.opensAt.has(subjEnd) || EN_CLAUSE_START.has(nx.w))) continue;
    let rest = 0;
    for (let i = subjEnd; i < u.ws.length && rest <= TAIL_SLACK; i++) if (u.ws[i]!.alpha) rest++;
    if (rest > TAIL_SLACK) continue;
    // the content is the clause before, back to the unit's start or the previous strong break
    let a = contentEnd - 1;
    while (a > 0 && contentEnd - a < MAX_CLAUSE && !SOFT_END.has(u.ws[a - 1]!.w) && u.ws[a - 1]!.w !== ':') a--;
    if (u.quoted[contentEnd - 1] || u.quoted[contentEnd - 2] || u.ws[contentEnd - 1]?.w === '»' || u.ws[contentEnd - 2]?.w === '»') continue;
    const q = cand(u, a, contentEnd, who, c);
    if (q) out.push(q);
  }
}

/** "Selon X, …" / "…, selon X" / "according to X, …". */
function according(u: Unit, lex: QuoteLexicon, out: Candidate[]): void {
  for (let i = 0; i < u.ws.length; i++) {
    if (u.quoted[i]) continue;
    for (const ph of lex.according) {
      let ok = true;
      for (let k = 0; k < ph.length; k++) if (u.ws[i + k]?.w !== ph[k]) { ok = false; break; }
      if (!ok) continue;
      const s = i + ph.length;
      if (u.ws[s]?.w === 'que' || u.ws[s]?.w === "qu'") break;
      let e = s;
      while (e < u.ws.length && e - s < 12 && u.ws[e]!.alpha && !u.quoted[e]) e++;
      if (e === s) break;
      // "…, selon son porte-parole, Fraser Seitel.": a full name apposed after the source closes it
      if (u.ws[e]?.w === ',') {
        let f = e + 1;
        while (f < u.ws.length && f - e <= APPOSED_NAME && u.ws[f]!.cap && u.ws[f]!.alpha && !u.quoted[f]) f++;
        if (f - e > 2 && (f === u.ws.length || SOFT_END.has(u.ws[f]!.w))) e = f;
      }
      // "selon les informations que le procureur a confiées", "selon des documents obtenus par X": the source is X
      const src = sourceOf(u, s, e, lex);
      const who: Who = src ? src : e - s === 1 && (lex.pronouns.has(u.ws[s]!.w) || u.ws[s]!.w === 'lui' || u.ws[s]!.w === 'eux' || u.ws[s]!.w === 'him' || u.ws[s]!.w === 'her')
        ? { t: 'pronoun', pron: u.ws[s]!.w === 'her' ? 'she' : u.ws[s]!.w === 'lui' || u.ws[s]!.w === 'him' ? (lex.code === 'fr' ? 'il' : 'he') : u.ws[s]!.w, at: u.ws[s]!.start }
        : { t: 'phrase', a: s, b: e };
      let before = 0;
      for (let k = 0; k < i && before <= 1; k++) if (u.ws[k]!.alpha) before++;
      let after = 0;
      for (let k = e; k < u.ws.length && after < 3 && !SOFT_END.has(u.ws[k]!.w); k++) if (u.ws[k]!.alpha) after++;
      // "Selon X, …" → what follows; "…, selon X." → what precedes; "A, selon X, B" → the whole clause
      const rel = lex.relatives.has(u.ws[i - 1]?.w ?? '') || lex.relatives.has(u.ws[i - 2]?.w ?? '');
      // "Mais selon X, …" counts as opening the sentence; "Insuffisant selon X" does not
      const opens = before === 0 || (before === 1 && lex.clauseOpeners.has(u.ws[0]!.w));
      const q = opens || rel ? cand(u, e, clauseEnd(u, e, lex), who, null)
        : after >= 3 && u.ws[i - 1]?.w === ',' && u.ws[e]?.w === ',' && !lex.relatives.has(u.ws[e + 1]?.w ?? '') ? cand(u, 0, clauseEnd(u, e, lex), who, null)
        : cand(u, mainClause(u, Math.max(0, i - MAX_CLAUSE), i, lex), i, who, null);
      if (q) { q.cue = { first: i, last: s, verb: i, inverted: null, participial: false, weak: false, bare: false }; out.push(q); }
      i = e;
      break;
    }
  }
}

/** Words after an impersonal "il" ("il y a", "il faut", "il s'agit"). */
const IMPERSONAL = new Set(['y', 'faut', 'fallait', "s'agit", "s'agissait", 'semble', 'paraît']);

/** Longest name apposed after a "selon X," source, in words. */
const APPOSED_NAME = 4;

/** Where the clause before "…, selon X" starts within [a, i): after a leading adverbial closed by a comma that a
 * subject pronoun follows ("Malgré les apparences …, il ne s'agirait pas d'un attentat selon la police"). */
function mainClause(u: Unit, a: number, i: number, lex: QuoteLexicon): number {
  for (let k = i - 2; k > a; k--) {
    if (u.quoted[k]) continue;
    // "…, il y a quelques jours", "…, il faut": an impersonal "il" opens no main clause
    if (u.ws[k - 1]!.w === ',' && lex.pronouns.has(u.ws[k]!.w) && !u.quoted[k - 1] && !IMPERSONAL.has(u.ws[k + 1]?.w ?? '')) return k;
  }
  return a;
}

/** Nouns for information handed on: after "selon les …", the source is whoever gave it. */
const INFO_NOUNS = new Set(['informations', 'information', 'renseignements', 'documents', 'chiffres', 'données', 'propos',
  'déclarations', 'estimations', 'images', 'révélations', 'communiqué', 'figures', 'data', 'estimates', 'statement']);
const INFO_LINK = new Set(['par', 'de', 'du', 'des', "d'", 'que', "qu'", 'from', 'by', 'of']);

/** The source inside "les informations que le procureur a confiées" / "documents obtained by X", or null. */
function sourceOf(u: Unit, s: number, e: number, lex: QuoteLexicon): Who | null {
  if (!INFO_NOUNS.has(u.ws[s + 1]?.w ?? '')) return null;
  for (let i = s + 2; i < e; i++) {
    if (!INFO_LINK.has(u.ws[i]!.w)) continue;
    let j = i + 1;
    // "que le procureur a confiées": the subject stops at the verb
    while (j < e && !lex.auxiliaries.has(u.ws[j]!.w) && !(j > i + 2 && lex.cues.has(u.ws[j]!.w))) j++;
    return j > i + 1 ? { t: 'phrase', a: i + 1, b: j } : null;
  }
  return null;
}

/** "Pour le ministre, la situation est grave": an opinion attributed to a person or a speaker noun. */
function forOpinion(u: Unit, lex: QuoteLexicon, out: Candidate[]): void {
  // "Pour le ministre, …", "Mais, pour M. Goudet, …"
  let p0 = 0;
  if (u.ws.length && lex.clauseOpeners.has(u.ws[0]!.w)) p0 = u.ws[1]?.w === ',' ? 2 : 1;
  if (!lex.forWords.length || !u.ws[p0] || !lex.forWords.includes(u.ws[p0]!.w)) return;
  let e = p0 + 1;
  while (e < u.ws.length && e < p0 + 10 && u.ws[e]!.w !== ',') e++;
  if (u.ws[e]?.w !== ',' || e < p0 + 2) return;
  let person = false;
  for (let i = p0 + 1; i < e; i++) if (lex.speakerNouns.has(u.ws[i]!.w) || (u.ws[i]!.cap && i > p0 + 1)) person = true;
  if (!person) return;
  const q = cand(u, e + 1, clauseEnd(u, e + 1, lex), { t: 'phrase', a: p0 + 1, b: e }, { first: p0, last: p0 + 1, verb: p0, inverted: null, participial: false, weak: false, bare: false });
  if (q) out.push(q);
}

/** Words [a, b) hold a capitalised name or a speaker noun ("le ministère", "la police russe", "Jane Holt"). */
function speakerLike(u: Unit, a: number, b: number, lex: QuoteLexicon): boolean {
  for (let i = a; i < b; i++) if (u.ws[i]!.cap || lex.speakerNouns.has(u.ws[i]!.w)) return true;
  return false;
}

/** Indirect and mixed quotes of one unit; `used` are cues already attributing a direct quote. */
export function matchIndirect(u: Unit, lex: QuoteLexicon, used: ReadonlySet<Cue>): Candidate[] {
  const out: Candidate[] = [];
  clauseAfterCue(u, lex, used, out);
  clauseBeforeCue(u, lex, used, out);
  according(u, lex, out);
  forOpinion(u, lex, out);
  return out;
}
