// A role written without a name → the person the article gave that role: "le chef de l'État" → the head of state
// it names, "son porte-parole" / "the spokesman" → the spokesperson named earlier, "the company's chief executive"
// → the named CEO, "la ministre" → a woman introduced as minister. Both the query and each recorded role are read
// into a signature — an office key ("président", "spokesperson", "head-of-state"), the country, the organisations
// and other words tying it down, past office, gender — and a role matches when it says at least what the query says.
import type { Entity, Span } from '../../types.js';
import { ROLE_KEYS_EN } from '../../lang/en/entities.js';
import { ROLE_KEYS_FR } from '../../lang/fr/entities.js';
import { demonym, kbById, kbMatch, loadKb, normName } from './kb.js';
import { bare, COMPLEMENT, DET_F, DET_M, DETS, FEMININE_HEADS, FORMER, INDEFINITE, isHead, masculine, MASCULINE_HEADS, ROLE_PRE, words } from './role-words.js';

/** What a role phrase says. */
interface Sig {
  key: string;
  country: string | null;
  orgs: string[];
  words: string[];
  former: boolean;
  gender: 'm' | 'f' | null;
  indefinite: boolean;
}

/** Office phrases by their first (masculine) word, longest first. */
const KEYS = new Map<string, { ws: string[]; key: string }[]>();
for (const [p, key] of [...ROLE_KEYS_FR, ...ROLE_KEYS_EN]) {
  const ws = words(p).map((w) => masculine(bare(w)));
  const l = KEYS.get(ws[0]!) ?? [];
  l.push({ ws, key });
  l.sort((a, b) => b.ws.length - a.ws.length);
  KEYS.set(ws[0]!, l);
}
/** Longest role phrase resolved (characters): a longer span is a clause, and reading it would cost its length per quote. */
const MAX_QUERY_CHARS = 200;
/** How many words may stand before the head ("the former Russian", "l'ancien"). */
const MAX_PRE = 4;

/** The country a word names as a demonym ("russe", "française", "Russian"), or null. */
const countryOfDemonym = (w: string): string | null => demonym(w.replace(/['’]s$/, ''))?.country ?? null;

/** The country a capitalised name names ("US", "France"), or null. */
function countryOfName(w: string): string | null {
  if (!/^\p{Lu}/u.test(w)) return null;
  const e = kbMatch(loadKb(), w.replace(/['’]s$/, ''));
  return e?.type === 'LOC' && e.id.startsWith('country:') ? e.country ?? null : null;
}

/** The office phrase starting at `i` in masculine forms `ns` (demonyms inside skipped: "ministre russe des affaires étrangères"). */
function officeAt(ns: readonly string[], raw: readonly string[], i: number): { key: string; end: number; country: string | null } | null {
  for (const { ws, key } of KEYS.get(ns[i]!) ?? []) {
    let j = i, country: string | null = null, ok = true;
    for (const w of ws) {
      // "chef de la diplomatie russe", "the top US diplomat": a country inside the office phrase
      for (let c: string | null; j < ns.length && ns[j] !== w && (c = countryOfDemonym(raw[j]!) ?? countryOfName(raw[j]!)); j++) country = c;
      if (ns[j] !== w) { ok = false; break; }
      j++;
    }
    if (ok) return { key, end: j, country };
  }
  return null;
}

/** Reads a role phrase ("le président français", "NATO's secretary-general", "la ministre de la Santé"). */
function parse(phrase: string): Sig | null {
  const ws = words(phrase.replace(/’/g, "'"));
  const ns = ws.map((w) => masculine(bare(w)));
  const sig: Sig = { key: '', country: null, orgs: [], words: [], former: false, gender: null, indefinite: false };
  let i = 0;
  for (; i < ws.length; i++) {
    const b = bare(ws[i]!);
    if (INDEFINITE.has(b) && i === 0) sig.indefinite = true;
    if (DET_F.has(b)) sig.gender = 'f';
    else if (DET_M.has(b)) sig.gender = 'm';
    // "the company's chief executive": a common-noun owner only says which company the article means
    if (!DETS.has(b) && !/^\p{Ll}+['’]s$/u.test(ws[i]!)) break;
  }
  const start = i;
  for (; i < ws.length && i - start < MAX_PRE; i++) {
    const b = bare(ws[i]!);
    if (isHead(b) || KEYS.has(ns[i]!)) break;
    if (b.startsWith('ex-') && isHead(b.slice(3))) break;
    if (FORMER.has(b)) sig.former = true;
    else if (ROLE_PRE.has(b)) continue;
    else if (/^\p{Lu}/u.test(ws[i]!)) tie(sig, ws[i]!.replace(/['’]s$/, ''));
    else return null;
  }
  if (i >= ws.length) return null;
  let b = bare(ws[i]!);
  if (b.startsWith('ex-')) { sig.former = true; b = b.slice(3); ns[i] = masculine(b); }
  if (FEMININE_HEADS.has(b)) sig.gender = 'f';
  else if (MASCULINE_HEADS.has(b)) sig.gender = 'm';
  const office = officeAt(ns, ws, i);
  let j: number;
  if (office) { sig.key = office.key; sig.country = office.country ?? sig.country; j = office.end; }
  else if (isHead(b)) { sig.key = ns[i]!; j = i + 1; }
  else return null;
  for (; j < ws.length; j++) {
    const w = ws[j]!, wb = bare(w);
    if (COMPLEMENT.has(wb) || DETS.has(wb) || ROLE_PRE.has(wb)) continue;
    if (/^\p{Lu}/u.test(w)) {
      let k = j + 1;   // a run of capitalised words is one name ("Commission européenne" keeps its adjective)
      while (k < ws.length && (/^\p{Lu}/u.test(ws[k]!) || (/^\p{Ll}/u.test(ws[k]!) && !COMPLEMENT.has(bare(ws[k]!)) && countryOfDemonym(ws[k]!) === null && !isHead(bare(ws[k]!))))) k++;
      tie(sig, ws.slice(j, k).join(' ').replace(/['’]s$/, ''));
      j = k - 1;
    } else {
      const c = countryOfDemonym(wb);
      if (c) sig.country = c;
      else sig.words.push(ns[j]!);
    }
  }
  return sig;
}

/** Records what a capitalised name in a role says: a country ("de la France", "Russian") or an organisation ("de l'OTAN"). */
function tie(sig: Sig, name: string): void {
  const c = countryOfDemonym(name);
  if (c) { sig.country = c; return; }
  const e = kbMatch(loadKb(), name);
  if (e?.type === 'LOC' && e.id.startsWith('country:')) sig.country = e.country ?? null;
  else if (e && e.type !== 'PER') sig.orgs.push(e.id);
  else sig.orgs.push(normName(name));
}

/** Whether a role phrase keeps the head of state reading: "président" alone or with its country. */
const headOfState = (s: Sig): boolean => s.key === 'head-of-state' || (s.key === 'président' && !s.orgs.length && !s.words.length);

/**
 * How well recorded role `r` fits query `q`: 0 when they contradict; 1 for the same office, +1 when the query's
 * words are all in the role, +1 when country and organisations agree exactly.
 */
function fit(q: Sig, r: Sig): number {
  if (q.former !== r.former) return 0;
  if (!(q.key === r.key || (q.key === 'head-of-state' && headOfState(r)) || (r.key === 'head-of-state' && headOfState(q)))) return 0;
  if (q.country && r.country && q.country !== r.country) return 0;
  // "le président français" is not "le président du club"
  if (q.country && !r.country && (r.orgs.length || r.words.length)) return 0;
  for (const o of q.orgs) if (!r.orgs.some((x) => x === o || x.startsWith(o + ' '))) return 0;
  const words = q.words.every((w) => r.words.includes(w));
  // "le président du club" is not "le président du tribunal"; but "le patron de la chaîne de café" may describe
  // in common nouns the organisation a role names ("président de Starbucks")
  if (!words && (r.words.length || !r.orgs.length)) return 0;
  return 1 + (words ? 1 : 0) + (q.country === r.country && q.orgs.length === r.orgs.length ? 1 : 0);
}

/** Parsed roles per entity object: roles are read once per article however many quotes ask (a memo of a pure function). */
const memo = new WeakMap<Entity, { sig: Sig; fromKb: boolean }[]>();
function sigsOf(e: Entity): { sig: Sig; fromKb: boolean }[] {
  let out = memo.get(e);
  if (!out) {
    const kbRole = e.kb ? kbById(e.kb)?.role?.toLowerCase() : undefined;
    out = [];
    for (const r of (e as { roles?: string[] }).roles ?? []) {
      // "président et chef de la direction de Starbucks": each office, the second with the shared complement
      const parts = r.split(/ (?:et|and) (?=\S)/u);
      for (const p of parts.length > 1 ? [r, ...parts.slice(1)] : [r]) {
        const sig = parse(p);
        if (sig) out.push({ sig, fromKb: r.toLowerCase() === kbRole });
      }
    }
    memo.set(e, out);
  }
  return out;
}

/**
 * The person a role phrase names (`text.slice(span)`, e.g. "le président russe", "son porte-parole", "the
 * company's chief executive"): among the people of `entities` whose recorded roles fit the phrase (same office,
 * nothing contradicting its country, organisation, words or gender), the one the article ties it to — a role the
 * article wrote before one from the KB, a role saying exactly as much before a fuller one — then the one mentioned
 * last before the span (else first after it). Null when nobody holds the role, or for a new referent ("un
 * porte-parole", "a spokeswoman").
 */
export function resolveRole(entities: readonly Entity[], text: string, span: Span): Entity | null {
  if (span.end - span.start > MAX_QUERY_CHARS) return null;
  const q = parse(text.slice(span.start, span.end));
  if (!q || q.indefinite) return null;
  let best: Entity | null = null;
  let bestTier = 0, bestAt = -Infinity;
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    const g = (e as { gender?: 'm' | 'f' | null }).gender ?? null;
    if (q.gender && g && g !== q.gender) continue;
    let tier = 0;
    for (const { sig, fromKb } of sigsOf(e)) { const f = fit(q, sig); if (f) tier = Math.max(tier, (fromKb ? 0 : 4) + f); }
    if (!tier) continue;
    let last = -1, first = Infinity;
    for (const m of e.mentions) { if (m.start < span.start) last = Math.max(last, m.start); first = Math.min(first, m.start); }
    const at = last >= 0 ? last : -1 - first / 1e9;
    if (tier > bestTier || (tier === bestTier && at > bestAt)) { best = e; bestTier = tier; bestAt = at; }
  }
  return best;
}
