// Name and text normalisation shared by entity merging, name look-up and near-duplicate shingles.

const MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, accents and punctuation removed, single spaces: "Genève " → "geneve", "Jean-Yves Le Drian" → "jean yves le drian". */
export function norm(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(NON_WORD, ' ').trim();
}

/** The last word of a normalised name ("vladimir poutine" → "poutine"): how people are named on second mention. */
export function lastWord(n: string): string {
  const i = n.lastIndexOf(' ');
  return i < 0 ? n : n.slice(i + 1);
}

/** A URL's canonical form (lower-case host without www, no fragment, no tracking parameters, no trailing slash), or null for a non-URL. */
export function canonicalUrl(source: string | null | undefined): string | null {
  if (!source || !/^https?:\/\//i.test(source)) return null;
  let u: URL;
  try { u = new URL(source); } catch { return null; }
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|xtor$|at_)/i.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  let s = u.toString();
  if (u.pathname.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  return s.replace(/^http:/, 'https:');
}

/** The source's name for the sources table: a URL's host, a file's folder, or "unknown". */
export function sourceName(source: string | null | undefined): string {
  if (!source) return 'unknown';
  const url = canonicalUrl(source);
  if (url) return new URL(url).hostname;
  const i = source.replace(/\\/g, '/').lastIndexOf('/');
  return i <= 0 ? '.' : source.slice(0, i);
}
