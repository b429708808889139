// Anchor words: every time expression holds one (a month, a unit, "hier", a digit…). The text is scanned once
// for all of them; each matcher then runs only in the stretches around the anchors of its own class ("12 mars"
// needs a month, "il y a deux semaines" a unit), not around every digit or month of the text. Most text holds
// no time, and what does mostly holds digits, which only the numeric matchers need.
import type { TimeLexicon } from './lexicon.js';

/** Classes of anchor words; a matcher names the classes it needs. */
export type AnchorClass = 'digit' | 'month' | 'weekday' | 'unit' | 'relDay' | 'refDay' | 'set' | 'setWord' | 'vague' | 'season' | 'clockWord';

/** Phrase classes first: "years ago", "the next day" are tried before their words "years", "day"; digits last (the regex puts their group last). */
const CLASSES: readonly AnchorClass[] = ['vague', 'refDay', 'relDay', 'set', 'setWord', 'season', 'clockWord', 'month', 'weekday', 'unit', 'digit'];
/** Classes whose anchors are single words (or digits), looked for again inside a phrase anchor. */
const WORD_CLASSES: readonly AnchorClass[] = ['month', 'weekday', 'unit', 'digit'];

/**
 * How far before / after an anchor a matcher of its class may reach, in characters. Measured from the longest
 * phrasings of the matchers: "dès le tout début de 2010" (24 before the year), "plus de quatre-vingt-dix-neuf
 * ans" (30 before the unit), "le mercredi 12 janvier 2022 prochain" (20 before, 20 after the month); the
 * duration and year matchers read 16 characters past their match ("37-year-old", "2000 personnes"), so every
 * reach after is their extent plus that.
 */
const REACH: Record<AnchorClass, [number, number]> = {
  digit: [40, 40], month: [48, 48], weekday: [32, 40], unit: [48, 48], relDay: [8, 48], refDay: [8, 8],
  set: [8, 48], setWord: [8, 8], vague: [8, 8], season: [16, 32], clockWord: [8, 8],
};

/** Which anchor classes each matcher needs (by matcher name): it runs around any of them. */
export const NEEDS: Record<string, readonly AnchorClass[]> = {
  'day-month': ['month'], 'month-day': ['month'], range: ['month'], 'month-year': ['month'], month: ['month'],
  numeric: ['digit'], year: ['digit'], 'short-year': ['digit'], decade: ['digit'],
  'clock-h': ['digit'], 'clock-words': ['digit'], 'clock-colon': ['digit'], 'clock-ampm': ['digit'],
  relday: ['relDay'], night: ['weekday'], weekday: ['weekday'], refday: ['refDay'],
  relunit: ['unit'], 'the-unit': ['unit'], ago: ['unit'], duration: ['unit'], 'per-unit': ['unit'], century: ['unit'], quarter: ['unit'], 'quarter-abbr': ['digit'],
  set: ['set'], 'set-word': ['setWord'], vague: ['vague'], season: ['season'], 'clock-word': ['clockWord'],
};

const esc = (w: string): string => (/[\\[(]/.test(w) ? w : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const words = (ws: Iterable<string>): string => [...ws].map(esc).sort((a, b) => b.length - a.length).join('|');

/** The compiled anchor regexes of one language. */
export interface Anchors {
  /** Every class, a group each, in CLASSES order: the group that matched tells the class. */
  all: RegExp;
  /** The word classes alone, sticky, in WORD_CLASSES order. */
  words: RegExp;
  /** The same with case folding, for the rare text whose lower case changes its length ("İ"). */
  allFolding: RegExp;
  wordsFolding: RegExp;
}

/** Builds the anchor regexes of one language, once. */
export function anchorPattern(lex: TimeLexicon): Anchors {
  const src: Record<AnchorClass, string> = {
    digit: '\\d+',
    month: words(Object.keys(lex.months)),
    // "tous les jeudis": weekdays may take a plural s
    weekday: `(?:${words(Object.keys(lex.weekdays))})s?`,
    unit: words([...Object.keys(lex.units), lex.quarter]),
    relDay: words(Object.keys(lex.relDays)),
    refDay: words(Object.keys(lex.refDays)),
    set: lex.setBefore,
    setWord: words(Object.keys(lex.setWords)),
    vague: words(Object.keys(lex.vague)),
    season: words(Object.keys(lex.seasons)),
    clockWord: words(Object.keys(lex.clockWords)),
  };
  // one look-behind for all the word classes, and no case folding (the text is lower-cased first): the scan
  // costs a fraction of one with a look-behind per class and the i flag
  const join = (cs: readonly AnchorClass[], flags: string): RegExp =>
    new RegExp(`(?<![\\p{L}])(?:${cs.filter((c) => c !== 'digit').map((c) => `(${src[c]})`).join('|')})(?![\\p{L}])|(\\d+)`, flags);
  return { all: join(CLASSES, 'gu'), words: join(WORD_CLASSES, 'uy'), allFolding: join(CLASSES, 'giu'), wordsFolding: join(WORD_CLASSES, 'iuy') };
}

/** Merged stretches of text per class: [start, end) pairs. */
export type Windows = Map<AnchorClass, [number, number][]>;

/** How far a window start moves back to reach the start of the word it cuts. */
const SNAP = 24;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Scans `text` once for anchors and returns, per class, the merged stretches around them. */
export function anchorWindows(text: string, a: Anchors): Windows {
  const out: Windows = new Map();
  const add = (cls: AnchorClass, start: number, end: number): void => {
    const [rb, ra] = REACH[cls];
    let s = Math.max(0, start - rb);
    const e = Math.min(text.length, end + ra);
    let list = out.get(cls);
    if (!list) out.set(cls, (list = []));
    const last = list[list.length - 1];
    if (last && s <= last[1]) { last[1] = Math.max(last[1], e); return; }
    // never start inside a word: a cut "…ment" must not read as a fresh word
    for (const lo = Math.max(0, s - SNAP); s > lo && WORD_CHAR.test(text[s - 1]!); ) s--;
    if (last && s <= last[1]) last[1] = Math.max(last[1], e); else list.push([s, e]);
  };
  const lower = text.toLowerCase();
  const same = lower.length === text.length;
  const re = same ? a.all : a.allFolding, words = same ? a.words : a.wordsFolding, scan = same ? lower : text;
  re.lastIndex = 0;
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    let k = 1;
    while (m[k] === undefined) k++;
    const cls = CLASSES[k - 1]!;
    add(cls, m.index, m.index + m[0].length);
    if (WORD_CLASSES.includes(cls)) continue;
    // a phrase anchor ("years ago", "dans les jours à venir") also holds words other matchers need: the word
    // at its start is tried now, the ones inside it by scanning on from the next character
    words.lastIndex = m.index;
    const w = words.exec(scan);
    if (w) { let j = 1; while (w[j] === undefined) j++; add(WORD_CLASSES[j - 1]!, w.index, w.index + w[0].length); }
    re.lastIndex = m.index + 1;
  }
  return out;
}

/** The windows of several classes, merged (a matcher that needs any of them runs once over each stretch). */
export function windowsOf(w: Windows, classes: readonly AnchorClass[]): [number, number][] {
  if (classes.length === 1) return w.get(classes[0]!) ?? [];
  const all = classes.flatMap((c) => w.get(c) ?? []).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of all) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e); else out.push([s, e]);
  }
  return out;
}
