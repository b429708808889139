// Calendar arithmetic on plain {y, m, d} values (UTC, proleptic Gregorian). No clock is ever read.

/** A calendar day. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** True when y-m-d is a real day ("31 février" is not). */
export function isValid(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function toDate(a: Ymd): Date {
  const t = new Date(Date.UTC(2000, a.m - 1, a.d));
  t.setUTCFullYear(a.y);
  return t;
}

function fromDate(t: Date): Ymd {
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The day `n` days after `a` (n may be negative). */
export function addDays(a: Ymd, n: number): Ymd {
  const t = toDate(a);
  t.setUTCDate(t.getUTCDate() + n);
  return fromDate(t);
}

/** The month `n` months after a's month, as {y, m}. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12 + 12) % 12 + 1 };
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekday(a: Ymd): number {
  const w = toDate(a).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(a: Ymd): { y: number; w: number } {
  const thursday = addDays(a, 4 - weekday(a));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const days = Math.round((toDate(thursday).getTime() - toDate(jan1).getTime()) / 86_400_000);
  return { y: thursday.y, w: Math.floor(days / 7) + 1 };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** YYYY-MM-DD. */
export function fmtDay(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}

/** YYYY-MM. */
export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** YYYY-Www. */
export function fmtWeek(a: Ymd): string {
  const { y, w } = isoWeek(a);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** Parses YYYY-MM-DD into a day, or null. */
export function parseYmd(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const a = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return isValid(a.y, a.m, a.d) ? a : null;
}

/** Two-digit padding, exported for value builders. */
export { pad };
