// The tense of the verb that governs a time expression, from French and English morphology in its clause:
// "La délégation rencontrera … lundi" is future, "Le ministre a déclaré jeudi" is past.
import type { TimeLexicon } from './lexicon.js';

/** Past, future, or unknown (present tense or no verb). */
export type Tense = -1 | 1 | 0;

/** How far a cue may be from the expression, in characters, each side (keeps the look-around bounded). */
const WINDOW = 160;
/** Cost of crossing a clause boundary (",", ";", "et", "and") between cue and expression, in characters. */
const CLAUSE_COST = 60;
const BOUNDARY = /[,;:«»“”()—]|\s(?:et|mais|and|but|qui|which|alors que|while)\s/giu;

/** Compiled cue regexes of one language. */
export interface TenseCues {
  future: RegExp;
  past: RegExp;
  /** Forms that govern a date without giving it a direction ("contre 0,3 % attendu en septembre"). */
  neutral: RegExp;
}

/** Compiles a language's tense cues once. */
export function tenseCues(lex: TimeLexicon): TenseCues {
  return { future: new RegExp(lex.future, 'giu'), past: new RegExp(lex.past, 'giu'), neutral: new RegExp(lex.neutral, 'giu') };
}

function boundaries(s: string): number {
  BOUNDARY.lastIndex = 0;
  let n = 0;
  while (BOUNDARY.exec(s)) n++;
  return n;
}

/** The tense of the nearest verb cue around [start, end), looking no further than the sentence [lo, hi). */
export function tenseAt(text: string, start: number, end: number, lo: number, hi: number, cues: TenseCues): Tense {
  const from = Math.max(lo, start - WINDOW), to = Math.min(hi, end + WINDOW);
  const win = text.slice(from, to);
  const found: { s: number; e: number; t: Tense }[] = [];
  for (const [re, t] of [[cues.future, 1], [cues.past, -1], [cues.neutral, 0]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(win); m; m = re.exec(win)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const s = from + m.index, e = s + m[0].length;
      if (e > start && s < end) continue;                       // inside the expression itself
      // "is expected to", "has proposed holding", "a proposé de tenir" are future even though "expected",
      // "proposed", "a proposé" look past: a future cue hides the others it overlaps
      if (t !== 1 && found.some((f) => f.t === 1 && f.s < e && s < f.e)) continue;
      found.push({ s, e, t });
    }
  }
  let best: Tense = 0, bestCost = Infinity;
  for (const f of found) {
    const gap = f.e <= start ? text.slice(f.e, start) : text.slice(end, f.s);
    const cost = gap.length + CLAUSE_COST * boundaries(gap);
    if (cost < bestCost) { bestCost = cost; best = f.t; }
  }
  return best;
}
