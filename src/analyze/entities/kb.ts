// The knowledge base (data/kb/kb.json, built by scripts/build-kb.ts): countries, places, international
// organisations and newsmakers with their French and English names, demonyms and, for people, gender.
// Loaded once, lazily, and never changed after: the stage stays a pure function of its input.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nerTokenize } from './tokenize.js';

/** Gazetteer classes of a token, in bit order (features.ts reads them as bits). */
export const GAZ_BITS = ['B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'DEM'] as const;

/** One KB entry: `id` is stable across articles and languages ("country:ru", "org:nato", "person:putin"). */
export interface KbEntry {
  id: string;
  type: 'PER' | 'ORG' | 'LOC';
  /** Canonical French and English names. */
  fr: string;
  en: string;
  /** Every known name, both languages, acronyms included. */
  names: string[];
  gender?: 'm' | 'f';
  /** ISO 3166 code of the country (the country itself, or where a place is). */
  country?: string;
  demonyms?: { fr: string[]; en: string[] };
  role?: string;
}

/** The loaded KB with its indexes. */
export interface Kb {
  entries: readonly KbEntry[];
  byName: ReadonlyMap<string, KbEntry>;
  byDemonym: ReadonlyMap<string, KbEntry>;
  /** Normalised token → bit set of the gazetteer classes it takes part in (features.ts GAZ_BITS: "B-LOC", "I-ORG", "DEM"…). */
  tokenMask: ReadonlyMap<string, number>;
  /** Normalised first token → multi-word KB names (as normalised token lists) starting with it, longest first. */
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** The project root: the nearest folder above this file that holds data/kb (works from src/ and dist/src/). */
export function projectRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(d, 'data', 'kb', 'kb.json'))) return d;
    d = dirname(d);
  }
  throw new Error('veille: data/kb/kb.json not found above ' + fileURLToPath(import.meta.url));
}

/** Capitalised function words that never count as gazetteer tokens. */
const GAZ_SKIP = new Set(['le', 'la', 'les', "l'", 'l’', 'the', 'de', 'du', 'des', 'of', 'and', 'et', 'a']);

/** Words normName returns as they are. */
const PLAIN = /^[a-z0-9][a-z0-9.-]*$/;

/** A name as compared: no case, accents, curly apostrophes, leading article or trailing possessive. */
export function normName(s: string): string {
  // plain lowercase ASCII letters (most words): nothing to strip, skip the costly normalisation
  if (PLAIN.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim()
    .replace(/^(?:(?:the|le|la|les) |l')/, '').replace(/'s?$/, '').trim();
}

function build(entries: KbEntry[]): Kb {
  const byName = new Map<string, KbEntry>();
  const byDemonym = new Map<string, KbEntry>();
  const classes = new Map<string, Set<string>>();
  const add = (tok: string, c: string): void => {
    const k = normName(tok);
    if (!k) return;
    let s = classes.get(k);
    if (!s) classes.set(k, (s = new Set()));
    s.add(c);
  };
  const phrases = new Map<string, string[][]>();
  for (const e of entries) {
    for (const n of e.names) {
      const toks = nerTokenize(n).map((t) => normName(t.text) || t.text.toLowerCase());
      if (toks.length >= 3) { const l = phrases.get(toks[0]!) ?? []; l.push(toks); l.sort((a, b) => b.length - a.length); phrases.set(toks[0]!, l); }
      const k = normName(n);
      // the first entry listed keeps an ambiguous name ("Kremlin": the place, before the administration)
      if (k && !byName.has(k)) byName.set(k, e);
      // an article opening a name ("Le Monde", "La Mecque") is no gazetteer word: "Le" would mark "Le Pen", "Le Maire"
      nerTokenize(n).forEach((t, i) => { if (/\p{Lu}/u.test(t.text) && !GAZ_SKIP.has(t.text.toLowerCase())) add(t.text, `${i ? 'I' : 'B'}-${e.type}`); });
    }
    for (const d of [...(e.demonyms?.fr ?? []), ...(e.demonyms?.en ?? [])]) {
      const k = normName(d);
      if (!byDemonym.has(k)) byDemonym.set(k, e);
      add(d, 'DEM');
    }
  }
  const tokenMask = new Map<string, number>();
  for (const [k, s] of classes) tokenMask.set(k, [...s].reduce((m, c) => m | (1 << (GAZ_BITS as readonly string[]).indexOf(c)), 0));
  return { entries, byName, byDemonym, tokenMask, phrases };
}

let cached: Kb | null = null;
/** The KB, read from data/kb/kb.json on first use. */
export function loadKb(): Kb {
  if (!cached) {
    const raw = JSON.parse(readFileSync(join(projectRoot(), 'data', 'kb', 'kb.json'), 'utf8')) as { entries: KbEntry[] };
    cached = build(raw.entries);
  }
  return cached;
}

let byId: Map<string, KbEntry> | null = null;
/** The KB entry with id `id` ("person:macron"), or null. */
export function kbById(id: string): KbEntry | null {
  if (!byId) byId = new Map(loadKb().entries.map((e) => [e.id, e]));
  return byId.get(id) ?? null;
}

/** Acronyms this short match only when written in capitals ("EAU" the Emirates, not "l'Eau"; "UN", not "Un"). */
const CASED_ACRONYM = 3;
const ALL_CAPS = /^[\p{Lu}\d.&-]+$/u;

/** The entry `surface` names in `kb`, or null; a short all-capitals KB name only matches a surface in capitals. */
export function kbMatch(kb: Kb, surface: string): KbEntry | null {
  const k = normName(surface);
  const e = kb.byName.get(k);
  if (!e || ALL_CAPS.test(surface)) return e ?? null;
  return e.names.some((n) => normName(n) === k && !(ALL_CAPS.test(n) && n.replace(/\W/g, '').length <= CASED_ACRONYM)) ? e : null;
}

/** The KB entry a name refers to ("OTAN", "NATO", "Moscou", "Poutine"), or null. `lang` is accepted for symmetry. */
export function lookup(name: string, _lang?: string): KbEntry | null {
  return loadKb().byName.get(normName(name)) ?? null;
}

/** The country a demonym names ("russe", "russes", "Russian", "américaine" → the country's entry), or null. */
export function demonym(word: string, _lang?: string): KbEntry | null {
  return loadKb().byDemonym.get(normName(word)) ?? null;
}

/** The entry's names in the other language than `lang`, for `aliases` ("OTAN" in French → NATO, North Atlantic…). */
export function aliasesOf(e: KbEntry, lang: string): string[] {
  const other = lang === 'fr' ? e.en : e.fr;
  return [...new Set([other, ...e.names.filter((n) => n !== e.fr && n !== e.en)])].slice(0, 8);
}
