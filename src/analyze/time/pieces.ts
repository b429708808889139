// Regex pieces and word lookups built once from a language's time data (src/lang/<code>/time.ts).
import type { TimeLexicon, Unit } from './lexicon.js';

/** No letter or digit just before / after: word edges that work for "été" and "août" (\b does not). */
export const L = '(?<![\\p{L}\\p{N}])';
export const R = '(?![\\p{L}\\p{N}])';
/** One to three spaces of any kind (narrow no-break spaces come from French typography). */
export const S = '\\s{1,3}';

const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An alternation of words, longest first so "après-demain" is tried before "demain". */
export function alt(words: Iterable<string>, raw = false): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => (raw ? w : esc(w))).join('|');
}

/** Lower case, typographic apostrophes straightened, spaces collapsed: the key for every lookup. */
export function key(s: string): string {
  return s.toLowerCase().replace(/\['’\]/g, "'").replace(/’/g, "'").replace(/\s+/g, ' ');
}

/** A lookup table whose keys went through `key`. */
export function table<V>(rec: Record<string, V>): Map<string, V> {
  return new Map(Object.entries(rec).map(([k, v]) => [key(k), v]));
}

/** The regex pieces and tables of one language. */
export interface Pieces {
  lex: TimeLexicon;
  month: string;
  weekday: string;
  /** A count: digits ("30,4") or number words, composed ("vingt-quatre", "une dizaine"). */
  num: string;
  unit: string;
  /** Units that name one calendar period ("semaine", "year") for "la semaine prochaine". */
  unitOne: string;
  day: string;
  year4: string;
  pod: string;
  before: string;
  after: string;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  numbers: Map<string, number>;
  units: Map<string, [Unit, number]>;
  relDays: Map<string, [number, string | null]>;
  pods: Map<string, string>;
  befores: Map<string, number>;
  afters: Map<string, number>;
  ordinals: Map<string, number>;
  seasons: Map<string, string>;
  theUnits: Map<string, Unit>;
}

/** Builds the pieces of one language. */
export function pieces(lex: TimeLexicon): Pieces {
  const numWords = alt(Object.keys(lex.numbers));
  const unitOne = Object.entries(lex.units).filter(([, [u, n]]) => n === 1 && 'WMYQ'.includes(u) || u === 'WE').map(([w]) => w);
  return {
    lex,
    month: alt(Object.keys(lex.months)),
    weekday: alt(Object.keys(lex.weekdays)),
    num: `(?:\\d+(?:[.,]\\d+)?|(?:${numWords})(?:[- ](?:(?:et|and)[- ])?(?:${numWords})){0,3})`,
    unit: alt(Object.keys(lex.units)),
    unitOne: alt(unitOne),
    day: '(?:[12][0-9]|3[01]|0?[1-9])(?:er|st|nd|rd|th)?',
    year4: '(?:1[0-9]|20)[0-9]{2}',
    pod: alt(Object.keys(lex.partsOfDay)),
    before: alt(Object.keys(lex.before)),
    after: alt(Object.keys(lex.after)),
    months: table(lex.months),
    weekdays: table(lex.weekdays),
    numbers: table(lex.numbers),
    units: table(lex.units),
    relDays: table(lex.relDays),
    pods: table(lex.partsOfDay),
    befores: table(lex.before),
    afters: table(lex.after),
    ordinals: table(lex.ordinals),
    seasons: table(lex.seasons),
    theUnits: table(lex.theUnit),
  };
}

/** The value of a count: "30,4" → 30.4, "vingt-quatre" → 24, "plusieurs" → NaN; null when not a count. */
export function parseNum(p: Pieces, s: string): number | null {
  const k = key(s);
  if (/^\d/.test(k)) return Number(k.replace(',', '.'));
  const whole = p.numbers.get(k);
  if (whole !== undefined) return whole;
  let total = 0;
  for (const w of k.split(/[- ]+/)) {
    if (w === 'et' || w === 'and') continue;
    const v = p.numbers.get(w);
    if (v === undefined) return null;
    if (v === 100 || v === 1000) total = (total || 1) * v;
    else total += v;
  }
  return total;
}

/** A day number as written ("1er", "3rd", "12") → 12. */
export function parseDay(s: string): number {
  return parseInt(s, 10);
}
