// Small matchers, one phrasing each (chrono's parsers): each proposes candidates with their meaning.
// Overlaps are settled afterwards (refine.ts); resolution against the publication date is resolve.ts.
import { isValid } from './calendar.js';
import { L, R, S, alt, key, parseDay, parseNum, type Pieces } from './pieces.js';
import type { Cand, Dir, Sem } from './sem.js';
import type { PartOfDay } from './lexicon.js';

/** One phrasing: a global regex and what a match means (null to refuse it). */
export interface Matcher {
  name: string;
  re: RegExp;
  make(m: RegExpExecArray, text: string): Cand | null;
}

const one = (start: number, end: number, sem: Sem): Cand => ({ start, end, items: [{ start, end, sem }] });
const whole = (m: RegExpExecArray, sem: Sem): Cand => one(m.index, m.index + m[0].length, sem);
const rx = (src: string): RegExp => new RegExp(src, 'giu');
const dirOf = (p: Pieces, b?: string, a?: string): Dir => {
  const v = (b ? p.befores.get(key(b)) : undefined) ?? (a ? p.afters.get(key(a)) : undefined);
  return v === undefined ? null : (v as Dir);
};
/** Up to 24 characters before a match: enough for the cues checked there ("âgé de ", "en "). */
const before = (text: string, i: number): string => text.slice(Math.max(0, i - 24), i);
const year2 = (s: string): number => { const n = parseInt(s.replace("'", ''), 10); return n < 30 ? 2000 + n : 1900 + n; };

/** Builds the matchers of one language. */
export function dateMatchers(p: Pieces): Matcher[] {
  const { lex } = p;
  const MON = `(${p.month})`;
  const MOD = `(${lex.modifiers})?`;
  const notYear = new RegExp(`^\\s*${lex.notYearAfter}(?![\\p{L}])`, 'iu');
  const yearCue = new RegExp(`${lex.yearCue}\\s+$`, 'iu');
  const age = new RegExp(lex.ageBefore, 'iu');
  const out: Matcher[] = [];

  // "le samedi 5 juin 1999", "12 mars", "le 6 mai dernier"
  out.push({ name: 'day-month', re: rx(`${L}(?:${lex.determiners}(?:${S})?)?(?:(${p.weekday}),?${S})?(${p.day})${S}${MON}(?:${S}(${p.year4}))?(?:${S}(${p.after}))?${R}`),
    make: (m) => {
      const d = parseDay(m[2]!), mo = p.months.get(key(m[3]!))!, y = m[4] ? +m[4] : null;
      // "31 février": no date, and no month either (an empty candidate blocks the shorter readings)
      if (!isValid(y ?? 2000, mo, d)) return { start: m.index, end: m.index + m[0].length, items: [] };
      return whole(m, { k: 'date', y, m: mo, d, dir: dirOf(p, undefined, m[5]), pod: null });
    } });
  // "March 12, 2021", "Monday, June 1st"
  out.push({ name: 'month-day', re: rx(`${L}(?:(${p.weekday}),?${S})?${MON}${S}(${p.day})${R}(?:,?${S}(${p.year4})${R})?`),
    make: (m) => {
      const mo = p.months.get(key(m[2]!))!, d = parseDay(m[3]!), y = m[4] ? +m[4] : null;
      if (lex.capitalMonths && !/^\p{Lu}/u.test(m[2]!)) return null;
      if (!isValid(y ?? 2000, mo, d)) return null;
      return whole(m, { k: 'date', y, m: mo, d, dir: null, pod: null });
    } });
  // "12/03/2021", "2021-03-12"
  out.push({ name: 'numeric', re: rx(`${L}(?:(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))${R}(?![.,/-]\\d)`),
    make: (m) => {
      let [y, mo, d] = m[5] ? [+m[5], +m[6]!, +m[7]!] : lex.dayFirst ? [+m[4]!, +m[3]!, +m[1]!] : [+m[4]!, +m[1]!, +m[3]!];
      if (!isValid(y, mo, d) && isValid(y, d, mo)) [mo, d] = [d, mo];
      // "45/13/2021" is no date, and its "2021" is no year either: an empty candidate blocks both
      return isValid(y, mo, d) ? whole(m, { k: 'date', y, m: mo, d, dir: null, pod: null }) : { start: m.index, end: m.index + m[0].length, items: [] };
    } });
  // "du 10 au 12 janvier": two dates, the first takes the second's month
  out.push({ name: 'range', re: new RegExp(`${L}${lex.range[0]}${S}(${p.day})(?:${S}${MON})?${S}${lex.range[1]}${S}(${p.day})${S}${MON}(?:${S}(${p.year4}))?${R}`, 'giud'),
    make: (m) => {
      const m2 = p.months.get(key(m[4]!))!, m1 = m[2] ? p.months.get(key(m[2]))! : m2, y = m[5] ? +m[5] : null;
      const d1 = parseDay(m[1]!), d2 = parseDay(m[3]!), ix = m.indices!;
      if (!isValid(y ?? 2000, m1, d1) || !isValid(y ?? 2000, m2, d2)) return null;
      return { start: m.index, end: m.index + m[0].length, items: [
        { start: ix[1]![0], end: (ix[2] ?? ix[1])![1], sem: { k: 'date', y, m: m1, d: d1, dir: null, pod: null } },
        { start: ix[3]![0], end: m.index + m[0].length, sem: { k: 'date', y, m: m2, d: d2, dir: null, pod: null } },
      ] };
    } });
  // "mars 2021", "octobre 98", "March of 2008", "fin mars 2021"
  out.push({ name: 'month-year', re: rx(`${L}${MOD}${MON}(?:${S}(?:of|de)${S}|${S})(${p.year4}|'?[0-9]{2})${R}`),
    make: (m, text) => {
      if (lex.capitalMonths && !/^\p{Lu}/u.test(m[2]!)) return null;
      if (notYear.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      const y = m[3]!.length === 4 ? +m[3]! : year2(m[3]!);
      return whole(m, { k: 'date', y, m: p.months.get(key(m[2]!))!, d: null, dir: null, pod: null });
    } });
  // "mars", "juin prochain", "début février", "last March"
  out.push({ name: 'month', re: rx(`${L}${MOD}(?:(${p.before})${S})?${MON}(?:${S}(${p.after}))?${R}`),
    make: (m, text) => {
      const w = m[3]!, k = key(w), cap = /^\p{Lu}/u.test(w);
      if (lex.capitalMonths && !cap) return null;
      const cued = !!(m[1] || m[2] || m[4]) || yearCue.test(before(text, m.index));
      if (lex.ambiguousMonths.includes(k) && (lex.capitalMonths || cap) && !cued) return null;
      return whole(m, { k: 'date', y: null, m: p.months.get(k)!, d: null, dir: dirOf(p, m[2], m[4]), pod: null });
    } });
  // "1999", "fin 2010", "the end of 2010"; older years need a cue ("en 1789")
  out.push({ name: 'year', re: rx(`${L}${MOD}(${p.year4})${R}(?![.,]\\d|\\s\\d{3}${R})`),
    make: (m, text) => {
      const y = +m[2]!, pre = before(text, m.index);
      if (/\d[\s.,]$/.test(pre) || notYear.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))) return null;
      if (y < 1900 && !m[1] && !yearCue.test(pre)) return null;
      return whole(m, { k: 'year', y });
    } });
  // "en 97": the extent is the year alone
  out.push({ name: 'short-year', re: rx(`${L}${lex.shortYear}(?=\\s*[,.;:()]|\\s*$)`),
    make: (m) => {
      const s = m.index + m[0].length - m[1]!.length;
      return one(s, m.index + m[0].length, { k: 'year', y: year2(m[1]!) });
    } });
  return out;
}

/** The part of day a word names, or null. */
export function podOf(p: Pieces, w: string | undefined): PartOfDay | null {
  return w ? ((p.pods.get(key(w)) as PartOfDay | undefined) ?? null) : null;
}

/** Shared helpers for the other matcher files. */
export { one, whole, rx, dirOf, before, year2, alt, parseNum };
