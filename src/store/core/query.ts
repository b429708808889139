// User query text → terms. The text is never spliced into SQL or FTS syntax: each term is a bound
// parameter, quoted as an FTS5 string (so "NEAR(", "*", "-", "OR" and "l'électricité" are plain words).
import { StoreError } from '../errors.js';
import type { QueryTerm } from './dialect.js';

/** Longest query accepted (characters): longer is a pasted article, not a search. */
export const MAX_QUERY_CHARS = 1000;
/** Terms kept from a query. */
export const MAX_QUERY_TERMS = 32;

const TERM = /"([^"]*)"|«([^»]*)»|“([^”]*)”|(\S+)/g;
const WORD = /[\p{L}\p{N}]/u;

/** Splits a query into words and quoted phrases; drops terms with no letter or digit. */
export function parseQuery(q: string): QueryTerm[] {
  if (q.length > MAX_QUERY_CHARS) throw new StoreError('QUERY_TOO_LONG', `${q.length} characters, at most ${MAX_QUERY_CHARS}`);
  const out: QueryTerm[] = [];
  for (const m of q.matchAll(TERM)) {
    const phrase = m[4] === undefined;
    const text = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (WORD.test(text)) out.push({ text, phrase });
    if (out.length >= MAX_QUERY_TERMS) break;
  }
  return out;
}

/** An FTS5 query from terms: each one a double-quoted string (inner quotes doubled), all required. */
export function fts5Query(terms: readonly QueryTerm[]): string {
  return terms.map((t) => `"${t.text.replace(/"/g, '""')}"`).join(' ');
}
