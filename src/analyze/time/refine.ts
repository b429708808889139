// Refiners: settle overlapping candidates. Longer wins ("le 12 mars 2021" over "mars 2021" and "2021"),
// then the earlier one. Candidates are grouped into overlapping clusters first, so the work stays linear
// in the number of candidates however long the text.
import type { Cand } from './sem.js';

/** Keeps a set of non-overlapping candidates, in text order. */
export function dropOverlaps(cands: Cand[]): Cand[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cand[] = [];
  let i = 0;
  while (i < cands.length) {
    let j = i + 1, end = cands[i]!.end;
    while (j < cands.length && cands[j]!.start < end) { end = Math.max(end, cands[j]!.end); j++; }
    const cluster = cands.slice(i, j).sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    const kept: Cand[] = [];
    for (const c of cluster) if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
    out.push(...kept.sort((a, b) => a.start - b.start));
    i = j;
  }
  return out;
}
