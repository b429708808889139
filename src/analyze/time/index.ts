// time: time expressions resolved against the publication date (TIMEX3 values), French and English.
// Cascade: 1. matchers propose candidates (matchers.ts, matchers-rel.ts); 2. overlaps are settled
// (refine.ts); 3. each expression is resolved in text order (resolve.ts), so clock times and
// "le lendemain" hang on the last day named, and weekdays follow the governing verb's tense (tense.ts).
import type { Doc } from '../../doc.js';
import type { Context, Stage } from '../../pipeline.js';
import type { Span, Timex } from '../../types.js';
import { EN_TIME } from '../../lang/en/time.js';
import { FR_TIME } from '../../lang/fr/time.js';
import { parseYmd, type Ymd } from './calendar.js';
import type { TimeLexicon } from './lexicon.js';
import { anchorPattern, anchorWindows, NEEDS, windowsOf, type AnchorClass, type Anchors } from './anchors.js';
import { dateMatchers, type Matcher } from './matchers.js';
import { relMatchers } from './matchers-rel.js';
import { pieces } from './pieces.js';
import { dropOverlaps } from './refine.js';
import { resolve } from './resolve.js';
import type { Cand } from './sem.js';
import { tenseAt, tenseCues, type TenseCues } from './tense.js';

interface Bundle {
  /** Each matcher with the stretches it runs in: the windows of its anchor classes. */
  matchers: { mt: Matcher; needs: readonly AnchorClass[] }[];
  /** One regex for every anchor word, a group per class. */
  anchors: Anchors;
  cues: TenseCues;
  /** "jusqu'au 30 juin": a preposition that makes the date ahead, whatever the verb. */
  futurePrep: RegExp;
  /** "depuis décembre": a preposition that makes the date behind. */
  pastPrep: RegExp;
}

function bundle(lex: TimeLexicon): Bundle {
  const p = pieces(lex);
  // a phrase the lexicon lists whole ("the next few years" → FUTURE_REF) goes before a reading composed of its
  // words (a duration "few years"): on equal extents the earlier matcher wins (refine.ts)
  const all = [...dateMatchers(p), ...relMatchers(p)];
  const matchers = [...all.filter((m) => m.name === 'vague'), ...all.filter((m) => m.name !== 'vague')].map((mt) => {
    const needs = NEEDS[mt.name];
    if (!needs) throw new Error(`time: matcher ${mt.name} names no anchor class`);
    return { mt, needs };
  });
  return { anchors: anchorPattern(lex), matchers, cues: tenseCues(lex), futurePrep: new RegExp(`${lex.futurePrep}\\s*$`, 'iu'), pastPrep: new RegExp(`${lex.pastPrep}\\s*$`, 'iu') };
}

/** Matchers and cues per language, built once at load. */
const BUNDLES: Record<string, Bundle> = { fr: bundle(FR_TIME), en: bundle(EN_TIME) };

/** Every candidate the matchers propose in `text`, each matcher only around the anchors of its classes. */
function propose(text: string, b: Bundle): Cand[] {
  const out: Cand[] = [];
  const wins = anchorWindows(text, b.anchors);
  for (const { mt, needs } of b.matchers) {
    const re = mt.re;
    for (const [ws, we] of windowsOf(wins, needs)) {
      const part = text.slice(ws, we);
      re.lastIndex = 0;
      for (let m = re.exec(part); m; m = re.exec(part)) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        const c = mt.make(m, part);
        if (c) out.push(ws === 0 ? c : { start: c.start + ws, end: c.end + ws, items: c.items.map((it) => ({ ...it, start: it.start + ws, end: it.end + ws })) });
      }
    }
  }
  return out;
}

/** The direction a preposition right before the expression gives ("jusqu'au", "depuis"), or null. */
function prepTense(b: Bundle, pre: string): -1 | 1 | null {
  return b.futurePrep.test(pre) ? 1 : b.pastPrep.test(pre) ? -1 : null;
}

/** Finds and resolves the time expressions of `text` for language `lang` against `published` (YYYY-MM-DD or null). */
export function findTimexes(text: string, lang: string, published: string | null, sentences: readonly Span[] = [{ start: 0, end: text.length }]): Timex[] {
  const b = BUNDLES[lang];
  if (!b) return [];
  const pub: Ymd | null = parseYmd(published);
  const out: Timex[] = [];
  let ref: Ymd | null = null, si = 0, yearSent = -1, year: number | null = null;
  for (const c of dropOverlaps(propose(text, b))) {
    for (const it of c.items) {
      while (si < sentences.length - 1 && sentences[si]!.end <= it.start) si++;
      const sent = sentences[si] ?? { start: 0, end: text.length };
      const r = resolve(it.sem, {
        pub, ref: ref ?? pub, year: yearSent === si ? year : null,
        tense: () => prepTense(b, text.slice(Math.max(0, it.start - 16), it.start)) ?? tenseAt(text, it.start, it.end, sent.start, sent.end, b.cues),
      });
      // a year the sentence gave ("en 97", "cette année") serves the months after it
      if (r.stated.includes('year') || (it.sem.k === 'relunit' && it.sem.unit === 'Y' && /^\d{4}$/.test(r.value))) { yearSent = si; year = Number(r.value.slice(0, 4)); }
      if (it.sem.k !== 'clock' && /^\d{4}-\d{2}-\d{2}/.test(r.value)) ref = parseYmd(r.value);
      out.push({ start: it.start, end: it.end, text: text.slice(it.start, it.end), type: r.type, value: r.value, stated: r.stated });
    }
  }
  return out;
}

/** Assigns `timexes`. */
export const timexesStage: Stage<'timexes'> = {
  name: 'time',
  requires: ['lang', 'sentences', 'tokens'],
  assigns: 'timexes',
  run: (doc: Doc, ctx: Context) => findTimexes(doc.text, doc.get('lang').code, ctx.published, doc.get('sentences')),
};
