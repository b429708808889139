// quotes: direct, indirect and mixed quotes with their speaker (who said what).
// Order of work, per unit (a sentence, merged across quotation marks):
//   1. pair quotation marks over the whole body (marks.ts), once;
//   2. direct matchers: a quoted span with its cue after, before, inside, or carried (direct.ts);
//   3. indirect matchers on the cues the direct ones did not use (indirect.ts);
//   4. refine: overlapping candidates keep the explicit, then the longer one (a mixed quote swallows its fragment);
//   5. resolve speakers in text order, so pronouns see every speaker named before them (resolve.ts).
import type { Stage } from '../../pipeline.js';
import type { Entity, Quote, Span } from '../../types.js';
import type { Cue } from './cues.js';
import { matchDirect, whoOf, type Candidate } from './direct.js';
import { matchIndirect } from './indirect.js';
import { lexiconFor, type QuoteLexicon } from './lexicon.js';
import { indexMentions, type MentionIndex } from './mentions.js';
import { pairQuotes, type Quoted } from './marks.js';
import { resolveWho, toSpeaker, type ResolveState } from './resolve.js';
import { phraseSpeaker, type Found } from './speaker.js';
import { words } from './words.js';
import type { Who } from './subject.js';
import { rightSubject } from './subject.js';
import { buildUnit, mergeUnits, type Unit } from './unit.js';

/** Overlapping candidates: the explicit one wins, then the longer (a mixed clause over its quoted fragment). */
function refine(cands: Candidate[]): Candidate[] {
  cands.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Candidate[] = [];
  for (const c of cands) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) { out.push(c); continue; }
    const better = (c.explicit && !last.explicit) || (c.explicit === last.explicit && c.end - c.start > last.end - last.start);
    if (better) out[out.length - 1] = c;
  }
  return out;
}

/** The speaker of "X a déclaré :" ending a unit, for the quote that opens the next one. */
function colonSpeaker(u: Unit, lex: QuoteLexicon, st: ResolveState): Who | null {
  const n = u.ws.length;
  if (!n || u.ws[n - 1]!.w !== ':' || u.quotes.some((q) => q.b >= n - 1)) return null;
  const c = u.cues[u.cues.length - 1];
  if (!c || c.last < n - 5) return null;
  const f = resolveWho(whoOf(u, c, lex, 0), u, st, null);
  return f ? { t: 'found', f } : null;
}

/** Longest signature line under a quote ("— Porte-parole des marins-pompiers"), in words. */
const SIGNATURE_MAX = 8;
const DASH_LINE = /^[—–]\s*/;

/** "« … »¶— Jane Holt": the speaker named by a dash line right after the quote, or null. */
function signatureOf(text: string, next: Span | undefined, lex: QuoteLexicon, mentions: MentionIndex): Who | null {
  if (!next || !DASH_LINE.test(text.slice(next.start, next.start + 2))) return null;
  const ws = words(text, next.start, next.end);
  if (ws.length < 2 || ws.length > SIGNATURE_MAX + 1 || ws.some((w) => OPENERS.has(w.w))) return null;
  const f = phraseSpeaker(text, ws, 1, ws.length, lex, mentions);
  return f && f.via !== 'pronoun' ? { t: 'found', f } : null;
}
const OPENERS = new Set(['«', '“', '"', '»', '”']);

/** "“…”¶said Ann Cole, chair of …": the next unit opens on an inverted cue naming the quote's speaker, or null. */
function nextCueWho(text: string, next: Span | undefined, lex: QuoteLexicon, mentions: MentionIndex): Who | null {
  if (!next) return null;
  const ws = words(text, next.start, Math.min(next.end, next.start + NEXT_CUE_CHARS));
  if (!ws.length || ws[0]!.cap || !lex.cues.has(ws[0]!.w)) return null;
  const u = buildUnit(text, { start: next.start, end: ws[ws.length - 1]!.end }, [], lex);
  const c = u.cues[0];
  if (!c || c.first !== 0) return null;
  const r = rightSubject(u, c, lex);
  if (!r || r.t !== 'phrase') return null;
  const f = phraseSpeaker(text, u.ws, r.a, r.b, lex, mentions);
  return f && f.via !== 'pronoun' ? { t: 'found', f } : null;
}
/** How much of the next unit is read for its opening cue. */
const NEXT_CUE_CHARS = 200;

/** Trims white space off a span of `text`. */
function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** All quotes of a body, given its paragraphs, sentences and entities. Linear in the text. */
export function findQuotes(text: string, paragraphs: readonly Span[], sentences: readonly Span[], langCode: string,
  entities: readonly Entity[]): Quote[] {
  return quotesWith(text, paragraphs, sentences, langCode, indexMentions(entities));
}

/** findQuotes over an entity index built by the caller (a test reads its `steps`). */
export function quotesWith(text: string, paragraphs: readonly Span[], sentences: readonly Span[], langCode: string,
  mentions: MentionIndex): Quote[] {
  const lex = lexiconFor(langCode, text);
  const marks = pairQuotes(text, paragraphs);
  const units = mergeUnits(sentences.length ? sentences : paragraphs, marks);
  const st: ResolveState = { text, lex, mentions, history: [], lastDirect: null, prev: null };
  const out: Quote[] = [];
  let mi = 0;
  let colonWho: Who | null = null;
  let prevSpeech: Who | null = null;
  let lastDirectUnit = -10;
  units.forEach((span, ui) => {
    while (mi < marks.length && marks[mi]!.open < span.start) mi++;
    const mine: Quoted[] = [];
    for (let k = mi; k < marks.length && marks[k]!.open < span.end; k++) mine.push(marks[k]!);
    const u = buildUnit(text, span, mine, lex);
    const direct = matchDirect(u, lex, { colonWho, prevDirect: ui - lastDirectUnit <= 2, prevSpeech, signature: signatureOf(text, units[ui + 1], lex, mentions) ?? nextCueWho(text, units[ui + 1], lex, mentions) });
    const used = new Set<Cue>();
    for (const d of direct) if (d.cue) used.add(d.cue);
    const cands = refine([...direct, ...matchIndirect(u, lex, used)]);
    let unitFound: Found | null = null;
    for (const c of cands) {
      const f = resolveWho(c.who, u, st, unitFound);
      const sp = trimSpan(text, c.start, c.end);
      if (sp.end <= sp.start) continue;
      const cue = c.cue ? text.slice(u.ws[c.cue.first]!.start, u.ws[c.cue.last - 1]!.end) : null;
      out.push({ kind: c.kind, text: text.slice(sp.start, sp.end), start: sp.start, end: sp.end, speaker: f ? toSpeaker(f) : null, cue });
      if (f) {
        unitFound = f;
        if (f.via === 'named' || f.via === 'description' || f.via === 'role') st.history.push(f);
        // "He stated that … He added that …": a pronoun chain keeps its referent the most recent one
        else if (f.via === 'pronoun' || f.via === 'carried') st.history.push({ ...f, at: sp.start });
        if (c.kind === 'direct') { st.lastDirect = f; lastDirectUnit = ui; }
      }
    }
    colonWho = colonSpeaker(u, lex, st);
    prevSpeech = null;
    const lastCue = u.cues[u.cues.length - 1];
    if (!cands.length && !u.quotes.length && lastCue) {
      const f = resolveWho(whoOf(u, lastCue, lex, 0), u, st, null);
      if (f && f.via === 'named' && f.person) prevSpeech = { t: 'found', f };
    }
    st.prev = u;
  });
  return out;
}

/** Assigns `quotes`: who said what, direct, indirect and mixed, with the speaker and the cue. */
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['lang', 'paragraphs', 'sentences', 'tokens', 'entities'],
  assigns: 'quotes',
  run: (doc) => findQuotes(doc.text, doc.get('paragraphs'), doc.get('sentences'), doc.get('lang').code, doc.get('entities')),
};
