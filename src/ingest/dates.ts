// Dates as pages and feeds state them → ISO strings, keeping the date as written (no time-zone shift:
// "2019-05-12T23:30:00-04:00" is the 12th where it was published). Unparseable → null, never a guess.

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(?:Z|[+-]\d{4})?$/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/;
// RFC 822/1123 as RSS writes it: "Tue, 10 Jun 2003 04:00:00 GMT", "10 Jun 2003 04:00 +0200"
const RFC822 = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([A-Za-z]{1,5}|[+-]\d{4})?/;
// month first, as US pages and JavaScript's Date#toString write it: "November 19, 2019", "Tue Nov 19 2019 03:05:46 GMT+0000"
const MDY = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:GMT|UTC)?\s*([+-]\d{4})?/;
const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
/** Years outside this range are taken for errors ("0001-01-01", "9999-12-31" placeholders). */
const MIN_YEAR = 1990, MAX_YEAR = 2100;

const pad = (n: number | string, w = 2): string => String(n).padStart(w, '0');

function build(y: number, mo: number, d: number, hh?: string, mm?: string, ss?: string, zone?: string): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (hh === undefined || mm === undefined || Number(hh) > 23 || Number(mm) > 59) return date;
  let z = '';
  if (zone) {
    if (/^(z|gmt|ut|utc)$/i.test(zone)) z = 'Z';
    else if (/^[+-]\d{2}:?\d{2}$/.test(zone)) z = zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  }
  return `${date}T${hh}:${mm}:${ss ?? '00'}${z}`;
}

/** A date string from a page or feed as "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS[zone]"; null when not understood. */
export function parseStatedDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim().slice(0, 64);
  let m = ISO.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], m[7]);
  m = COMPACT.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6]);
  m = SLASHED.exec(t);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = RFC822.exec(t);
  if (m) {
    const mo = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    if (!mo) return null;
    let y = Number(m[3]);
    if (m[3]!.length === 2) y += y < 70 ? 2000 : 1900;
    return build(y, mo, Number(m[1]), m[4] ? pad(m[4]) : undefined, m[5], m[6], m[7]);
  }
  m = MDY.exec(t);
  if (m) {
    const mo = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    return mo ? build(Number(m[3]), mo, Number(m[2]), m[4] ? pad(m[4]) : undefined, m[5], m[6], m[7]) : null;
  }
  return null;
}
