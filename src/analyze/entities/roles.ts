// Roles and gender of people. A role is the title phrase the article writes next to a name: "Le secrétaire
// général de l’OTAN, Jens Stoltenberg", "le président russe Vladimir Poutine", "Secretary-General Jens
// Stoltenberg". Recorded on the person (`roles`), so that a later "le secrétaire général de l’OTAN" or "le
// président russe" without a name resolves to them (resolveRole, for the quotes and events stages).
import type { Entity, Span } from '../../types.js';
import type { KbEntry } from './kb.js';
import { CIVILITIES, firstNameGender, TITLES } from './lexicon.js';
import { FEMININE_ROLES_FR } from '../../lang/fr/entities.js';
import { FEMININE_ROLES_EN } from '../../lang/en/entities.js';

/** How far before a mention a role or civility is looked for (characters): a title phrase is short. */
const LOOKBACK = 90;
/** Longest role phrase kept, in words ("secrétaire général adjoint de l'Organisation des Nations unies"). */
const MAX_ROLE_WORDS = 9;
const FEMININE = new Set([...FEMININE_ROLES_FR, ...FEMININE_ROLES_EN]);
const LINKERS = new Set(['de', 'du', 'des', 'la', 'le', "l'", 'l’', "d'", 'd’', 'of', 'the', 'for', 'aux', 'au', 'en', 'à', 'chargé', 'chargée', 'adjoint', 'adjointe', 'général', 'générale', 'délégué', 'déléguée']);
const DETS = /^(?:le|la|les|l['’]|the|un|une|a|an)$/i;

/** The words right before `at` in the same sentence (bounded look-back). */
function before(text: string, at: number): string[] {
  const w = text.slice(Math.max(0, at - LOOKBACK), at);
  const cut = Math.max(w.lastIndexOf('.'), w.lastIndexOf('!'), w.lastIndexOf('?'), w.lastIndexOf('\n'), w.lastIndexOf('«'), w.lastIndexOf('»'), w.lastIndexOf('"'));
  return w.slice(cut + 1).replace(/[,;:(]\s*$/, '').split(/\s+|(?<=['’])/u).filter(Boolean);
}

const bare = (w: string): string => w.toLowerCase().replace(/[’]/g, "'").replace(/[,;:()]+$/, '');

/** The role phrase written just before a mention starting at `at`, or null ("président russe"). */
export function roleBefore(text: string, at: number): string | null {
  const words = before(text, at);
  let k = -1;
  for (let i = words.length - 1; i >= 0 && words.length - i <= MAX_ROLE_WORDS; i--) {
    const w = bare(words[i]!);
    if (TITLES.has(w) || TITLES.has(w.replace(/^(?:l|d)'/, ''))) k = i;
    else if (!(LINKERS.has(w) || /^\p{Ll}/u.test(words[i]!) || /^(?:l|d)['’]?\p{Lu}/u.test(words[i]!) || /^\p{Lu}[\p{Lu}\p{Ll}'’-]*$/u.test(words[i]!))) break;
    else if (/[,;]$/.test(words[i]!)) break;
  }
  if (k < 0) return null;
  const phrase = words.slice(k).join(' ').replace(/\s+(['’])/g, '$1').replace(/(['’])\s+/g, '$1');
  return phrase.replace(/^(?:le|la|les|l['’]|the)\s*/i, '') || null;
}

/** Every role phrase written before one of the entity's mentions, lowercased and de-duplicated. */
export function rolesOf(text: string, e: Entity): string[] {
  const out = new Set<string>();
  for (const m of e.mentions) {
    const r = roleBefore(text, m.start);
    if (r) out.add(r.toLowerCase().replace(/[’]/g, "'"));
  }
  return [...out];
}

/** A person's gender from the KB, a civility or feminine role before a mention ("Mme", "la ministre"), or the first name. */
export function personGender(text: string, e: Entity, kb: KbEntry | null): 'm' | 'f' | null {
  if (kb?.gender) return kb.gender;
  for (const m of e.mentions) {
    const words = before(text, m.start);
    const last = words.length ? bare(words[words.length - 1]!) : '';
    const civ = CIVILITIES.get(last);
    if (civ) return civ;
    for (let i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
      const w = bare(words[i]!).replace(/^l'/, '');
      if (FEMININE.has(w) && i > 0 && /^(?:la|une|cette|the)$/i.test(words[i - 1]!)) return 'f';
      if (FEMININE.has(w) && w.endsWith('e') && !['ministre', 'secrétaire', 'porte-parole', 'juge', 'maire'].includes(w)) return 'f';
      if (TITLES.has(w) && i > 0 && /^(?:le|un|ce)$/i.test(words[i - 1]!)) return 'm';
    }
  }
  for (const m of e.mentions) {
    const first = m.text.split(/\s+/)[0]!.toLowerCase();
    const g = firstNameGender(first);
    if (g === 'm' || g === 'f') return g;
  }
  return null;
}

/**
 * The person a role phrase names (`text.slice(span)`, e.g. "le président russe", "the NATO chief"): the
 * entity whose recorded roles equal the phrase, or contain it as a prefix, preferring the one mentioned last
 * before the span. Null when no person of the article holds that role.
 */
export function resolveRole(entities: readonly Entity[], text: string, span: Span): Entity | null {
  const words = text.slice(span.start, span.end).toLowerCase().replace(/[’]/g, "'").split(/\s+|(?<=')/).filter(Boolean);
  while (words.length && DETS.test(words[0]!)) words.shift();
  const phrase = words.join(' ').replace(/' /g, "'");
  if (!phrase) return null;
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of entities) {
    const roles = (e as { roles?: string[] }).roles;
    if (e.type !== 'PER' || !roles?.some((r) => r === phrase || r.startsWith(phrase + ' '))) continue;
    const last = Math.max(...e.mentions.filter((m) => m.start < span.start).map((m) => m.start), -1);
    const at = last >= 0 ? last : -2 - e.mentions[0]!.start / 1e9;
    if (at > bestAt || !best) { best = e; bestAt = at; }
  }
  return best;
}
