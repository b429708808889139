// Matchers for expressions relative to now or to another date, durations, sets, clock times and vague
// references. Each proposes one phrasing; see matchers.ts for absolute dates.
import { L, R, S, alt, key, type Pieces } from './pieces.js';
import { before, dirOf, one, parseNum, podOf, rx, whole, type Matcher } from './matchers.js';
import type { Unit } from './lexicon.js';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };
const roman = (s: string): number => {
  if (/^\d+$/.test(s)) return +s;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]!.toUpperCase()] ?? 0, next = ROMAN[s[i + 1]?.toUpperCase() ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
};

/** Builds the relative, duration, set, clock and vague matchers of one language. */
export function relMatchers(p: Pieces): Matcher[] {
  const { lex } = p;
  const MOD = `(?:${lex.modifiers})?`;
  const age = new RegExp(lex.ageBefore, 'iu');
  const unitOf = (w: string): [Unit, number] | undefined => p.units.get(key(w));
  const out: Matcher[] = [];

  // "hier", "hier soir", "hier en début d'après-midi", "aujourd'hui vendredi", "yesterday morning"
  out.push({ name: 'relday', re: rx(`${L}(${alt(Object.keys(lex.relDays), true)})(?:${S}(?:en${S}(?:début|fin)${S}(?:de${S}|d['’])|dans${S}la${S})?(${p.pod}))?(?:${S}(${p.weekday}))?${R}`),
    make: (m) => {
      const [n, pod] = p.relDays.get(key(m[1]!))!;
      return whole(m, { k: 'relday', n, pod: podOf(p, m[2]) ?? (pod as never) });
    } });
  // "la nuit de lundi à mardi": the night that starts on the first day
  out.push({ name: 'night', re: rx(`${L}${lex.nightOf[0]}${S}(${p.weekday})${S}${lex.nightOf[1]}${S}(?:${p.weekday})${R}`),
    make: (m) => whole(m, { k: 'weekday', wd: p.weekdays.get(key(m[1]!))!, dir: null, pod: 'NI' }) });
  // "le lendemain", "la veille", "the next day": from the last date the text named
  for (const [src, n] of Object.entries(lex.refDays)) {
    out.push({ name: 'refday', re: rx(`${L}${src}${R}`), make: (m) => whole(m, { k: 'refday', n }) });
  }
  // "lundi", "mercredi prochain", "vendredi dernier", "mardi soir", "ce dimanche", "last Thursday"; "le mercredi" is a set
  out.push({ name: 'weekday', re: rx(`${L}(?:(${lex.determiners})${S}|(${p.before})${S})?(?:même${S})?(${p.weekday})(?:${S}(${p.after}))?(?:${S}(${p.pod}))?${R}`),
    make: (m) => {
      const wd = p.weekdays.get(key(m[3]!))!, dir = dirOf(p, m[2], m[4]);
      if (m[1] && dir === null && !m[5]) return whole(m, { k: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}` });
      return whole(m, { k: 'weekday', wd, dir, pod: podOf(p, m[5]) });
    } });
  // "la semaine prochaine", "le mois dernier", "l'an dernier", "cette année", "next week", "fin de l'année"
  out.push({ name: 'relunit', re: rx(`${L}${MOD}(?:${lex.determiners}(?:${S})?)?(?:(${p.before})${S})?(${p.unitOne})(?:${S}(${p.after}))?${R}`),
    make: (m) => {
      if (!m[1] && !m[3]) return null;
      const [unit] = unitOf(m[2]!)!;
      return whole(m, { k: 'relunit', unit, n: dirOf(p, m[1], m[3]) ?? 0 });
    } });
  // "la fin de l'année", "the end of the year": the current period, only after a modifier
  out.push({ name: 'the-unit', re: rx(`${L}(?:${lex.modifiers})(${alt(Object.keys(lex.theUnit), true)})${R}`),
    make: (m) => whole(m, { k: 'relunit', unit: p.theUnits.get(key(m[1]!))!, n: 0 }) });
  // "il y a deux semaines", "two weeks ago", "dans trois jours"
  const ago = (src: string, sign: number, after: boolean): Matcher => ({ name: 'ago',
    re: rx(after ? `${L}(${p.num})(?:${S}|-)(${p.unit})${S}${src}${R}` : `${L}${src}${S}(${p.num})(?:${S}(?:de${S}|d['’])?|(?:${S})?d['’])(${p.unit})${R}`),
    make: (m) => {
      const n = parseNum(p, m[1]!), u = unitOf(m[2]!);
      if (n === null || !u) return null;
      if (Number.isNaN(n)) return whole(m, { k: 'fixed', type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' });
      return whole(m, { k: 'relunit', unit: u[0], n: sign * n * u[1] });
    } });
  if (lex.agoBefore) out.push(ago(lex.agoBefore, -1, false));
  if (lex.agoAfter) out.push(ago(lex.agoAfter, -1, true));
  if (lex.inFuture) out.push(ago(lex.inFuture, 1, false));
  // "une semaine", "48 heures", "plus de vingt ans", "ces dernières 24 heures", "a decade"; not ages ("de 37 ans")
  out.push({ name: 'duration', re: rx(`${L}(?:${lex.approx}${S})?(${p.num})(?:${S}(?:de|of)${S}|(?:${S})?d['’]|${S}|-)(${p.unit})${R}`),
    make: (m, text) => {
      const n = parseNum(p, m[1]!), u = unitOf(m[2]!);
      if (n === null || !u || n > 10_000) return null;
      const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (/^(?:-|\s)old|^\s(?:fois|time)/iu.test(tail)) return null;          // "37-year-old", "une seconde fois"
      if (u[0] === 'Y' && isAge(text, m.index, m.index + m[0].length, age)) return null;
      return whole(m, { k: 'duration', n: n * u[1], unit: u[0] });
    } });
  // "chaque lundi", "tous les jeudis", "tous les ans", "every year"; "par an", "per day"; "annuel"
  out.push({ name: 'set', re: rx(`${L}${lex.setBefore}${S}(?:(${p.num})${S})?(?:(${p.weekday})s?|(${p.unit}))${R}`),
    make: (m) => {
      if (m[2]) return whole(m, { k: 'fixed', type: 'SET', value: `XXXX-WXX-${p.weekdays.get(key(m[2]))}` });
      const u = unitOf(m[3]!), n = m[1] ? parseNum(p, m[1]) : 1;
      if (!u || n === null || Number.isNaN(n)) return null;
      return whole(m, { k: 'fixed', type: 'SET', value: durationValue(n * u[1], u[0]) });
    } });
  out.push({ name: 'per-unit', re: rx(`${L}${lex.perUnit}${S}(${p.unitOne}|${alt(Object.keys(lex.units).filter((w) => unitOf(w)![0] === 'D'))})${R}`),
    make: (m) => { const u = unitOf(m[1]!)!; return whole(m, { k: 'fixed', type: 'SET', value: durationValue(u[1], u[0]) }); } });
  out.push({ name: 'set-word', re: rx(`${L}(${alt(Object.keys(lex.setWords))})${R}`),
    make: (m) => whole(m, { k: 'fixed', type: 'SET', value: lex.setWords[key(m[1]!)]! }) });
  // vague references: "actuellement", "ces derniers mois", "dans les jours à venir", "recently"
  for (const v of ['PAST_REF', 'PRESENT_REF', 'FUTURE_REF'] as const) {
    const srcs = Object.entries(lex.vague).filter(([, x]) => x === v).map(([s]) => s);
    out.push({ name: 'vague', re: rx(`${L}(?:${alt(srcs, true)})${R}`), make: (m) => whole(m, { k: 'fixed', type: 'DATE', value: v }) });
  }
  // clock times: "14h30", "22 h", "21 h 45", "à 9 heures", "16:08 UTC", "3 p.m.", "midi"
  const clock = (m: RegExpExecArray, h: number, mi: number) => (h <= 24 && mi <= 59 ? whole(m, { k: 'clock', h: h % 24, mi }) : null);
  out.push({ name: 'clock-h', re: rx(`${L}([01]?[0-9]|2[0-4])\\s?h(?:\\s?([0-5][0-9]))?${R}`), make: (m) => clock(m, +m[1]!, m[2] ? +m[2] : 0) });
  out.push({ name: 'clock-words', re: rx(`${L}${lex.clockCue}${S}([01]?[0-9]|2[0-4])${S}(?:heures?|hours?|o['’]clock)(?:${S}([0-5][0-9]))?${R}`),
    make: (m) => clock(m, +m[1]!, m[2] ? +m[2] : 0) });
  out.push({ name: 'clock-colon', re: rx(`${L}([01]?[0-9]|2[0-3]):([0-5][0-9])(?:\\s?([ap])\\.?m\\.?)?(?:${S}(?:UTC|GMT|CET|CEST|EST|EDT|PST|PDT|BST))?${R}(?![:.,]\\d)`),
    make: (m) => {
      const h0 = +m[1]!, ap = m[3] ? key(m[3]) : '';
      return clock(m, ap === 'p' ? (h0 % 12) + 12 : ap === 'a' ? h0 % 12 : h0, +m[2]!);
    } });
  out.push({ name: 'clock-ampm', re: rx(`${L}(1[0-2]|0?[1-9])\\s?([ap])\\.?m\\.?(?![\\p{L}])`),
    make: (m) => clock(m, (+m[1]! % 12) + (key(m[2]!) === 'p' ? 12 : 0), 0) });
  out.push({ name: 'clock-word', re: rx(`(?<![\\p{L}\\p{N}-])(${alt(Object.keys(lex.clockWords))})${R}`),
    make: (m) => (/^\p{Lu}/u.test(m[1]!) && m[1] !== m[1]!.toUpperCase() && /\p{L}/u.test(before(m.input, m.index).slice(-3)) ? null : whole(m, { k: 'clock', h: lex.clockWords[key(m[1]!)]!, mi: 0 })) });
  // decades and centuries: "les années 60" → 196X, "the 1990s", "la fin du XIXe siècle" → 18XX
  out.push({ name: 'decade', re: rx(`${L}${MOD}${lex.decade}${R}`), make: (m) => {
    const full = /(19|20)[0-9]0/.exec(m[0]);
    const cent = full ? full[1] : +m[1]![0]! >= 3 ? '19' : '20';
    return whole(m, { k: 'fixed', type: 'DATE', value: `${cent}${m[1]![0]}X` });
  } });
  out.push({ name: 'century', re: rx(`${L}${MOD}${lex.century}${R}`), make: (m) => {
    const n = roman(m[1]!);
    return n >= 1 && n <= 30 ? whole(m, { k: 'fixed', type: 'DATE', value: `${String(n - 1).padStart(2, '0')}XX` }) : null;
  } });
  // seasons: "l'automne", "cet été", "l'été dernier", "summer 2021", "the autumn of 2026", "au printemps de 2025";
  // a bare "été" is a participle
  out.push({ name: 'season', re: rx(`${L}(?:(${lex.determiners}|${p.before})(?:${S})?)?(${alt(Object.keys(lex.seasons))})(?:${S}(${p.after}))?(?:(?:${S}(?:of|de)${S}|${S}d['’]|${S})(${p.year4}))?${R}`),
    make: (m) => {
      if (!m[1] && !m[3] && !m[4]) return null;
      return whole(m, { k: 'season', s: p.seasons.get(key(m[2]!))!, y: m[4] ? +m[4] : null, dir: dirOf(p, m[1], m[3]) });
    } });
  // quarters: "the fourth quarter", "le premier trimestre 2021"
  out.push({ name: 'quarter', re: rx(`${L}(?:${lex.determiners}${S})?(${alt(Object.keys(lex.ordinals))})${S}${lex.quarter}(?:${S}(?:of|de)?(?:${S})?(${p.year4}))?${R}`),
    make: (m) => {
      const q = p.ordinals.get(key(m[1]!))!;
      return q >= 1 && q <= 4 ? whole(m, { k: 'quarter', q, y: m[2] ? +m[2] : null }) : null;
    } });
  // "Q3 2024", "Q4", "T1 2025": capitalised; a French "T3" alone is a flat size, so only some letters stand alone
  const aloneQ = new RegExp(`^(?:${lex.quarterAbbr[1]})[1-4]$`, 'u');
  out.push({ name: 'quarter-abbr', re: rx(`${L}(?:${lex.quarterAbbr[0]})([1-4])(?:${S}(${p.year4}))?${R}`),
    make: (m) => {
      if (!/^\p{Lu}/u.test(m[0]) || (!m[2] && !aloneQ.test(m[0]))) return null;
      return whole(m, { k: 'quarter', q: +m[1]!, y: m[2] ? +m[2] : null });
    } });
  return out;
}

/** "Jean Burget, 87 ans, a été…", "(19 ans)", "de 2 à 8 ans", "un électricien de 37 ans": ages, not durations. */
function isAge(text: string, start: number, end: number, age: RegExp): boolean {
  const pre = before(text, start), post = text.slice(end, end + 3);
  if (/[,(]\s*$/.test(pre) && /^\s*[,)]/.test(post)) return true;     // apposition
  if (/\d\s*(?:-|à|to)\s*$/.test(pre)) return true;                   // age bracket "6-16 ans"
  return age.test(pre);
}

/** A TIMEX3 duration: P3M, PT48H, PT30.4S, PXD when the count is vague. */
export function durationValue(n: number, unit: Unit): string {
  const c = Number.isNaN(n) ? 'X' : String(Math.round(n * 1000) / 1000);
  if (unit === 'H' || unit === 'S') return `PT${c}${unit}`;
  if (unit === 'MI') return `PT${c}M`;
  return `P${c}${unit}`;
}

export { one };
