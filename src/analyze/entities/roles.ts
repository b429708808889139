// Roles and gender of people. A role is the title phrase the article writes next to a name: before it ("Le
// secrétaire général de l'OTAN, Jens Stoltenberg", "le président russe Vladimir Poutine", "NATO Secretary-General
// Jens Stoltenberg") or apposed after it ("Jens Stoltenberg, secrétaire général de l'OTAN, a…"). Recorded on the
// person (`roles`), so that a later "le secrétaire général" or "son porte-parole" without a name resolves to them
// (resolveRole in role-match.ts, for the quotes and events stages).
import type { Entity } from '../../types.js';
import { demonym, kbMatch, loadKb, type KbEntry } from './kb.js';
import { CIVILITIES, firstNameGender, TITLES } from './lexicon.js';
import { bare, COMPLEMENT, DETS, FEMININE_HEADS, isHead, ROLE_BREAKS, ROLE_PRE, words } from './role-words.js';

export { resolveRole } from './role-match.js';

/** How far before a mention a role or civility is looked for (characters): a title phrase is short. */
const LOOKBACK = 90;
/** How far after a mention an apposed role is looked for ("…, cheffe du département de la conjoncture de l'institut,"). */
const LOOKAHEAD = 110;
/** Longest role phrase kept, in words ("secrétaire général adjoint de l'Organisation des Nations unies"). */
const MAX_ROLE_WORDS = 9;
/** Longest apposed role, in words: its closing comma bounds it ("président et chef de la direction de la chaîne de café"). */
const MAX_APPOSED_WORDS = 14;
/** Words that are a role only with a noun ("la présidente-directrice générale" read from "générale" alone). */
const NEVER_ALONE = new Set(['générale', 'premier', 'première', 'prime', 'vice', 'head']);
/** Chief/chef glued by "en"/"in" ("économiste en chef", "editor in chief"). */
const CHIEF = new Set(['chef', 'chief']);
const ALL_CAPS = /^[\p{Lu}\d.&-]+$/u;
const CUT = /[.!?\n«»"“”]/;

/** The words right before `at` in the same sentence (bounded look-back), and whether a comma ends them. */
function before(text: string, at: number): { ws: string[]; comma: boolean } {
  const w = text.slice(Math.max(0, at - LOOKBACK), at);
  let cut = -1;
  for (let i = w.length - 1; i >= 0; i--) if (CUT.test(w[i]!) && !(w[i] === '.' && /\p{Lu}/u.test(w[i - 1] ?? '') && !/\s/.test(w[i + 1] ?? ' '))) { cut = i; break; }
  const ws = words(w.slice(cut + 1));
  // "L'avocat du prévenu, Me Antoine Roussel": the civility belongs to the name, not the role
  if (ws.length && CIVILITIES.has(bare(ws[ws.length - 1]!))) ws.pop();
  const comma = ws.length > 0 && /[,:(]$/.test(ws[ws.length - 1]!);
  if (comma) ws[ws.length - 1] = ws[ws.length - 1]!.replace(/[,:(]+$/, '');
  return { ws: ws.filter(Boolean), comma };
}

/** A capitalised word that may stand before an English head: a demonym, a KB name, an acronym or a possessive ("Russian", "NATO", "Apple's"). */
function capitalPre(w: string): boolean {
  if (!/^\p{Lu}/u.test(w)) return false;
  if (ALL_CAPS.test(w) || /['’]s$/.test(w)) return true;
  return demonym(w) !== null || kbMatch(loadKb(), w) !== null;
}

/** A capitalised word after a plain lowercase word: another person's name ("le président ukrainien Volodymyr"), not a complement. */
function nameAt(ws: readonly string[], i: number): boolean {
  const w = ws[i]!, p = ws[i - 1];
  if (!p || !/^\p{Lu}/u.test(w) || !/^\p{Ll}/u.test(p)) return false;
  const b = bare(p);
  if (COMPLEMENT.has(b) || DETS.has(b)) return false;
  // a first name or a known person; "l'entreprise lyonnaise Valmétal" stays a complement
  const kb = kbMatch(loadKb(), w.replace(/['’]s$/, ''));
  return kb ? kb.type === 'PER' : firstNameGender(w.toLowerCase()) !== undefined;
}

/** The role phrase as stored: lexicon words in lower case, names and acronyms as written ("secrétaire général de l'OTAN"). */
function phraseOf(ws: readonly string[]): string | null {
  const out = ws.map((w) => {
    const b = bare(w);
    return isHead(b) || ROLE_PRE.has(b) || COMPLEMENT.has(b) || DETS.has(b) ? b : w.replace(/’/g, "'").replace(/[,;:()]+$/, '');
  }).join(' ').replace(/' /g, "'");
  if (!out || NEVER_ALONE.has(out)) return null;
  return out;
}

/** Start index in `ws` of the role phrase ending `ws`, or -1; `comma` when a comma parts it from the name. */
function roleStart(ws: readonly string[], comma: boolean): number {
  let k = -1, pending = false;
  for (let i = ws.length - 1; i >= 0 && ws.length - i <= MAX_ROLE_WORDS; i--) {
    const w = ws[i]!, b = bare(w);
    if (/[,;:)]$/.test(w)) break;
    if (isHead(b)) { k = i; pending = false; continue; }
    if (k < 0) { if (ROLE_BREAKS.has(b) || nameAt(ws, i)) break; continue; }   // between the head and the name: complements, adjectives
    if ((b === 'en' || b === 'in') && CHIEF.has(bare(ws[i + 1] ?? ''))) { pending = true; continue; }
    if (ROLE_PRE.has(b) || capitalPre(w)) { if (!pending) k = i; continue; }
    // "le porte-parole du président russe, Dmitri Peskov": after a comma the whole phrase is the name's;
    // without one ("le porte-parole du président Poutine") the name is the nearer head's
    if (DETS.has(b)) { if (comma && i > 0 && COMPLEMENT.has(bare(ws[i - 1]!))) { pending = true; continue; } break; }
    if (COMPLEMENT.has(b)) { if (comma) { pending = true; continue; } break; }
    if (pending && /^\p{Ll}/u.test(w) && !ROLE_BREAKS.has(b)) continue;
    // "chief operating officer": a modifier between two heads
    if (/^\p{Ll}/u.test(w) && !ROLE_BREAKS.has(b) && i > 0 && isHead(bare(ws[i - 1]!))) continue;
    break;
  }
  return k;
}

/** The role phrase written just before a mention starting at `at`, or null ("président russe"). */
export function roleBefore(text: string, at: number): string | null {
  const { ws, comma } = before(text, at);
  const k = roleStart(ws, comma);
  return k < 0 ? null : phraseOf(ws.slice(k));
}

/** A role apposed after a mention ending at `end` ("Jens Stoltenberg, secrétaire général de l'OTAN, a…"), or null. */
export function roleAfter(text: string, end: number): string | null {
  const w = text.slice(end, end + LOOKAHEAD);
  const open = /^\s*,\s*/.exec(w);
  if (!open) return null;
  const rest = w.slice(open[0].length);
  const close = /[,;:.!?()«»"“”\n]/.exec(rest.replace(/\b\p{Lu}\./gu, 'X_'));
  if (!close && end + LOOKAHEAD < text.length) return null;   // no end within reach: a clause, not an apposition
  const ws = words(close ? rest.slice(0, close.index) : rest);
  let i = 0;
  while (i < ws.length && DETS.has(bare(ws[i]!))) i++;
  const from = i;
  // "the former", "Apple's", "a division chief", "a finance official": short modifiers before the head
  while (i < ws.length && i - from < 3 && !isHead(bare(ws[i]!)) && (ROLE_PRE.has(bare(ws[i]!)) || capitalPre(ws[i]!) || (/^\p{Ll}+$/u.test(ws[i]!) && !ROLE_BREAKS.has(ws[i]!)))) i++;
  if (i >= ws.length || !isHead(bare(ws[i]!))) return null;
  let j = i + 1;
  for (; j < ws.length; j++) {
    const b = bare(ws[j]!);
    if ((b === 'en' || b === 'in') && CHIEF.has(bare(ws[j + 1] ?? ''))) continue;
    if ((b === 'a' || b === 'an') && COMPLEMENT.has(bare(ws[j - 1]!))) continue;   // "an economist at a Stockholm bank"
    if ((b === 'et' || b === 'and') && isHead(bare(ws[j + 1] ?? ''))) continue;     // "président et chef de la direction de Starbucks"
    // "the Indonesian diplomat chairing the negotiations": a participle starts a clause
    if (ROLE_BREAKS.has(b) || /^\p{Ll}{3,}ing$/u.test(ws[j]!)) break;
  }
  if (j - from > MAX_APPOSED_WORDS) return null;
  for (let x = i + 1; x < j; x++) if (nameAt(ws, x)) return null;   // "X, le président ukrainien Volodymyr Zelensky et…": a list
  return phraseOf(ws.slice(from, j));
}

/** Whether the text after a mention ending at `end` closes an apposition (", Jens Stoltenberg," / "Jens Stoltenberg."). */
function closesApposition(text: string, end: number): boolean {
  return /^\s*(?:[,.;:!?)»"“”—–-]|$)/u.test(text.slice(end, end + 4));
}

/** Every role phrase written before or apposed after one of the entity's mentions, de-duplicated (case kept). */
export function rolesOf(text: string, e: Entity): string[] {
  const out = new Map<string, string>();
  const add = (r: string | null): void => { if (r && !out.has(r.toLowerCase())) out.set(r.toLowerCase(), r); };
  for (const m of e.mentions) {
    const { ws, comma } = before(text, m.start);
    const k = roleStart(ws, comma);
    // "Interrogé par le président du tribunal, Bernard Mével a reconnu": a role parted by a comma is the
    // name's only when the name closes the apposition
    if (k >= 0 && (!comma || closesApposition(text, m.end))) add(phraseOf(ws.slice(k)));
    add(roleAfter(text, m.end));
  }
  return [...out.values()];
}

/** A person's gender from the KB, a civility or feminine role ("Mme", "la ministre", "présidente"), or the first name. */
export function personGender(text: string, e: Entity, kb: KbEntry | null, roles: readonly string[] = []): 'm' | 'f' | null {
  if (kb?.gender) return kb.gender;
  for (const m of e.mentions) {
    const raw = before(text, m.start).ws, ws = raw.map(bare);
    const last = ws.length ? ws[ws.length - 1]! : '';
    const civ = CIVILITIES.get(last) ?? CIVILITIES.get(bare(text.slice(Math.max(0, m.start - 6), m.start).trim().split(/\s+/).pop() ?? ''));
    if (civ) return civ;
    for (let i = ws.length - 1; i >= Math.max(0, ws.length - 4); i--) {
      const w = ws[i]!;
      if (i < ws.length - 1 && /[,;]$/.test(raw[i]!)) break;   // "pour la première fois, Jean Dupont": another phrase
      if ((FEMININE_HEADS.has(w) || TITLES.has(w)) && i > 0 && /^(?:la|une|cette|sa)$/.test(ws[i - 1]!)) return 'f';
      if (FEMININE_HEADS.has(w)) return 'f';
      if (TITLES.has(w) && i > 0 && /^(?:le|un|ce)$/.test(ws[i - 1]!)) return 'm';
    }
  }
  for (const r of roles) for (const w of words(r).slice(0, 3)) if (FEMININE_HEADS.has(bare(w))) return 'f';
  for (const m of e.mentions) {
    const first = m.text.split(/\s+/)[0]!.toLowerCase();
    const g = firstNameGender(first);
    if (g === 'm' || g === 'f') return g;
  }
  return null;
}
