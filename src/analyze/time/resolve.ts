// Turns what a matcher understood into a TIMEX3 type and value, anchored on the publication date.
// Without a publication date, relative expressions keep unresolved values (XXXX-WXX-1), never the clock's.
import type { TimexType } from '../../types.js';
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, pad, weekday, type Ymd } from './calendar.js';
import { durationValue } from './matchers-rel.js';
import type { Sem } from './sem.js';
import type { Tense } from './tense.js';

/** What resolution may use besides the expression. */
export interface Anchors {
  /** The publication date, or null. */
  pub: Ymd | null;
  /** The last full day the text named before this expression (times and "le lendemain" hang on it). */
  ref: Ymd | null;
  /** A year the same sentence stated earlier ("en 97 (en janvier …)"), or null. */
  year: number | null;
  /** The governing verb's tense, computed only when asked. */
  tense: () => Tense;
}

/** A resolved expression. */
export interface Resolved {
  type: TimexType;
  value: string;
  stated: string[];
}

const ord = (y: number, m: number, d = 1): number => y * 400 + m * 32 + d;

/** The year of a month (and day) given without one: the text's year, else the tense, else the nearest. */
function yearFor(a: Anchors, pub: Ymd, m: number, d: number | null, dir: number | null): number {
  if (dir === null && a.year !== null) return a.year;
  const t = dir ?? a.tense();
  const now = ord(pub.y, pub.m, d === null ? 1 : pub.d), at = (y: number) => ord(y, m, d ?? 1);
  if (t < 0) return at(pub.y) <= now || (d === null && m === pub.m) ? pub.y : pub.y - 1;
  if (t > 0) return at(pub.y) >= now || (d === null && m === pub.m) ? pub.y : pub.y + 1;
  // no tense: the nearest of last, this and next year's
  const ys = [pub.y - 1, pub.y, pub.y + 1];
  return ys.reduce((b, y) => (Math.abs(at(y) - now) < Math.abs(at(b) - now) ? y : b), pub.y);
}

/** The weekday `wd` nearest to `pub` in the direction asked (inclusive of the day itself unless strict). */
function weekdayFrom(pub: Ymd, wd: number, dir: number, strict: boolean): Ymd {
  const diff = wd - weekday(pub);
  if (dir > 0) return addDays(pub, (diff + 7) % 7 || (strict ? 7 : 0));
  if (dir < 0) return addDays(pub, -((-diff + 7) % 7 || (strict ? 7 : 0)));
  const fwd = (diff + 7) % 7;
  return addDays(pub, fwd <= 3 ? fwd : fwd - 7);
}

const withPod = (day: string, pod: string | null): Resolved =>
  pod ? { type: 'TIME', value: `${day}T${pod}`, stated: [] } : { type: 'DATE', value: day, stated: [] };

/** Resolves one expression. */
export function resolve(sem: Sem, a: Anchors): Resolved {
  const pub = a.pub;
  switch (sem.k) {
    case 'fixed': return { type: sem.type, value: sem.value, stated: ['value'] };
    case 'duration': return { type: 'DURATION', value: durationValue(sem.n, sem.unit), stated: ['value'] };
    case 'year': return { type: 'DATE', value: pad(sem.y, 4), stated: ['year'] };
    case 'date': {
      const stated = sem.y !== null ? ['year', 'month'] : ['month'];
      if (sem.d !== null) stated.push('day');
      const y = sem.y ?? (pub ? yearFor(a, pub, sem.m, sem.d, sem.dir) : null);
      const value = y === null ? `XXXX-${pad(sem.m)}${sem.d !== null ? '-' + pad(sem.d) : ''}` : sem.d !== null ? fmtDay({ y, m: sem.m, d: sem.d }) : fmtMonth(y, sem.m);
      return { type: 'DATE', value, stated };
    }
    case 'relday': {
      const r = withPod(pub ? fmtDay(addDays(pub, sem.n)) : 'XXXX-XX-XX', sem.pod);
      return { ...r, stated: sem.pod ? ['partOfDay'] : [] };
    }
    case 'refday': {
      const base = a.ref ?? pub;
      return { type: 'DATE', value: base ? fmtDay(addDays(base, sem.n)) : 'XXXX-XX-XX', stated: [] };
    }
    case 'weekday': {
      const stated = sem.pod ? ['weekday', 'partOfDay'] : ['weekday'];
      if (!pub) return { type: sem.pod ? 'TIME' : 'DATE', value: `XXXX-WXX-${sem.wd}${sem.pod ? 'T' + sem.pod : ''}`, stated };
      const dir = sem.dir ?? a.tense();
      return { ...withPod(fmtDay(weekdayFrom(pub, sem.wd, dir, sem.dir !== null && sem.dir !== 0)), sem.pod), stated };
    }
    case 'relunit': {
      const u = sem.unit, n = sem.n;
      if (u === 'H' || u === 'MI' || u === 'S') return { type: 'DURATION', value: durationValue(Math.abs(n), u), stated: ['value'] };
      if (!pub) return { type: 'DATE', value: u === 'W' || u === 'WE' ? 'XXXX-WXX' : u === 'M' ? 'XXXX-XX' : u === 'D' ? 'XXXX-XX-XX' : 'XXXX', stated: [] };
      const value = u === 'D' ? fmtDay(addDays(pub, n))
        : u === 'W' ? fmtWeek(addDays(pub, 7 * n))
        : u === 'WE' ? `${fmtWeek(addDays(pub, 7 * n))}-WE`
        : u === 'M' ? (({ y, m }) => fmtMonth(y, m))(addMonths(pub.y, pub.m, n))
        : u === 'Q' ? (({ y, m }) => `${pad(y, 4)}-Q${Math.ceil(m / 3)}`)(addMonths(pub.y, pub.m, 3 * n))
        : u === 'DE' ? `${String(Math.floor((pub.y + 10 * n) / 10))}X`
        : u === 'CE' ? `${String(Math.floor((pub.y + 100 * n) / 100)).padStart(2, '0')}XX`
        : pad(pub.y + n, 4);
      return { type: 'DATE', value, stated: [] };
    }
    case 'clock': {
      const base = a.ref ?? pub;
      return { type: 'TIME', value: `${base ? fmtDay(base) : 'XXXX-XX-XX'}T${pad(sem.h)}:${pad(sem.mi)}`, stated: ['time'] };
    }
    case 'season': {
      const y = sem.y ?? (pub ? pub.y + (sem.dir ?? 0) : null);
      return { type: 'DATE', value: `${y === null ? 'XXXX' : pad(y, 4)}-${sem.s}`, stated: sem.y !== null ? ['year', 'season'] : ['season'] };
    }
    case 'quarter': {
      let y = sem.y;
      if (y === null && pub) {
        const cur = Math.ceil(pub.m / 3), t = a.tense();
        y = t < 0 && sem.q > cur ? pub.y - 1 : t > 0 && sem.q < cur ? pub.y + 1 : pub.y;
      }
      return { type: 'DATE', value: `${y === null ? 'XXXX' : pad(y, 4)}-Q${sem.q}`, stated: sem.y !== null ? ['year', 'quarter'] : ['quarter'] };
    }
  }
}
