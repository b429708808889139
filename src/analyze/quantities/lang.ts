// The shape of the language data the quantities stage reads (src/lang/<code>/quantities.ts), and the
// fallback used for a body in another language: the union of the French and English lists, digits only
// being ambiguous there ("1,200").
import type { Comparator } from '../../types.js';
import { FR_QUANTITIES } from '../../lang/fr/quantities.js';
import { EN_QUANTITIES } from '../../lang/en/quantities.js';

/** Language data for numbers, comparators and units. Every word is lower case. */
export interface QuantityLang {
  /** Number words 0–99 that build numerals ("trente", "cinq"; "twenty", "five"). */
  readonly units: Readonly<Record<string, number>>;
  /** Words worth 1 that count only before a scale or a round noun ("un million", "a dozen"). */
  readonly ones: readonly string[];
  /** Hundreds words ("cent", "hundred"): multiply what comes before. */
  readonly hundreds: readonly string[];
  /** Scale words and their value ("mille" 1e3, "milliard" 1e9; "billion" is 1e12 in French, 1e9 in English). */
  readonly scales: Readonly<Record<string, number>>;
  /** Words joining tens and units or hundreds and tens ("vingt et un", "two hundred and five"). */
  readonly connectors: readonly string[];
  /** Round nouns in the singular, an approximation: "une centaine de" ~100, "a dozen" ~12. */
  readonly roundNouns: Readonly<Record<string, number>>;
  /** Round nouns in the plural, a lower bound: "des centaines de" >100, "dozens of" >12. */
  readonly roundPlurals: Readonly<Record<string, number>>;
  /** True when a singular round noun needs "de"/"of" after it ("une quarantaine de", not "en quarantaine"). */
  readonly roundNeedsOf: boolean;
  /** Words before a bare scale that make it a lower bound ("plusieurs centaines", "several hundred"). */
  readonly fewWords: readonly string[];
  /** "de", "d", "of": what joins a scale or round noun to the counted noun. */
  readonly of: readonly string[];
  /** Comparator phrases written before the number, lower case ("plus de", "more than"). */
  readonly comparators: readonly (readonly [string, Comparator])[];
  /** Words that cannot be the counted noun: determiners, pronouns, prepositions, auxiliaries. */
  readonly notUnits: readonly string[];
  /** Time units: a number of them is a duration or a clock time, which the time stage owns. */
  readonly timeUnits: readonly string[];
  /** Month names and abbreviations: a number beside one is a date. */
  readonly months: readonly string[];
  /** Words after which a number is an identifier ("article 5", "page 3", "vol 370"). */
  readonly identifiers: readonly string[];
  /** Words after which a four-digit number is a year ("en 2021", "since 2014"). */
  readonly yearWords: readonly string[];
  /** Adjectives that may stand between a number and its noun ("3 000 nouveaux emplois", "300 more troops"). */
  readonly preAdjectives: readonly string[];
  /** Words joining the two ends of a range ("entre 5 et 10 morts", "84 ou 86 ans", "5 to 10 people"). */
  readonly rangeWords: readonly string[];
  /** Percent written out ("pour cent", "per cent"); the unit is then "%". */
  readonly percentWords: readonly string[];
  /** Currency symbols and codes → the unit written out ("€" → "euros"). */
  readonly currencies: Readonly<Record<string, string>>;
  /** True when "1,200" groups thousands (English) rather than marks a decimal (French). */
  readonly commaGroups: boolean;
  /** True when an English-style capitalised adjective may precede the noun ("100,000 Russian troops"). */
  readonly adjectiveBeforeNoun: boolean;
}

function union(a: QuantityLang, b: QuantityLang): QuantityLang {
  const l = <T>(x: readonly T[], y: readonly T[]): T[] => [...new Set([...x, ...y])];
  return {
    units: { ...b.units, ...a.units }, ones: l(a.ones, b.ones), hundreds: l(a.hundreds, b.hundreds),
    scales: { ...b.scales, ...a.scales }, connectors: l(a.connectors, b.connectors), roundNouns: { ...b.roundNouns, ...a.roundNouns },
    roundPlurals: { ...b.roundPlurals, ...a.roundPlurals }, roundNeedsOf: true, fewWords: l(a.fewWords, b.fewWords),
    of: l(a.of, b.of), comparators: [...a.comparators, ...b.comparators], notUnits: l(a.notUnits, b.notUnits),
    timeUnits: l(a.timeUnits, b.timeUnits), months: l(a.months, b.months), identifiers: l(a.identifiers, b.identifiers),
    yearWords: l(a.yearWords, b.yearWords), preAdjectives: l(a.preAdjectives, b.preAdjectives),
    percentWords: l(a.percentWords, b.percentWords), rangeWords: l(a.rangeWords, b.rangeWords), currencies: { ...b.currencies, ...a.currencies },
    commaGroups: false, adjectiveBeforeNoun: false,
  };
}

/**
 * The language data as the stage reads it, built once at load: every word list turned into a set, every
 * word table into a map (a plain object looked up with a word also answers for "constructor", and its
 * look-ups with fresh strings were several times slower).
 */
export type Lang = {
  readonly [K in keyof QuantityLang]: QuantityLang[K] extends readonly unknown[]
    ? (QuantityLang[K] extends readonly string[] ? ReadonlySet<string> : QuantityLang[K])
    : QuantityLang[K] extends Readonly<Record<string, infer V>> ? ReadonlyMap<string, V> : QuantityLang[K];
};

function compile(l: QuantityLang): Lang {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(l)) {
    if (Array.isArray(v)) out[k] = v.every((x) => typeof x === 'string') ? new Set(v) : v;
    else out[k] = typeof v === 'object' && v !== null ? new Map(Object.entries(v)) : v;
  }
  return out as Lang;
}

/** Language data by body language; other languages get digits with the union of both word lists. */
export const QUANTITY_LANGS: Readonly<Record<string, Lang>> = {
  fr: compile(FR_QUANTITIES),
  en: compile(EN_QUANTITIES),
  other: compile(union(FR_QUANTITIES, EN_QUANTITIES)),
};
