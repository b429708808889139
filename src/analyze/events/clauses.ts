// Clauses: a sentence cut where a new predicate starts ("… à Genève lundi et se rendra mercredi à Bruxelles …"),
// so that each event binds the date and place of its own clause.
import type { Span } from '../../types.js';

/** Splits [s.start, s.end) at the language's clause boundaries. */
export function clauses(text: string, s: Span, split: RegExp): Span[] {
  const out: Span[] = [];
  const body = text.slice(s.start, s.end);
  let from = 0;
  split.lastIndex = 0;
  for (let m = split.exec(body); m; m = split.exec(body)) {
    if (m[0].length === 0) { split.lastIndex++; continue; }
    out.push({ start: s.start + from, end: s.start + m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: s.start + from, end: s.end });
  return out;
}
