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
import { dateMatchers, type Matcher } from './matchers.js';
import { relMatchers } from './matchers-rel.js';
import { pieces } from './pieces.js';
import { dropOverlaps } from './refine.js';
import { resolve } from './resolve.js';
import type { Cand } from './sem.js';
import { tenseAt, tenseCues, type TenseCues } from './tense.js';

interface Bundle {
  matchers: Matcher[];
  cues: TenseCues;
  /** "jusqu'au 30 juin": a preposition that makes the date ahead, whatever the verb. */
  futurePrep: RegExp;
  /** "depuis décembre": a preposition that makes the date behind. */
  pastPrep: RegExp;
}

function bundle(lex: TimeLexicon): Bundle {
  const p = pieces(lex);
  return { matchers: [...dateMatchers(p), ...relMatchers(p)], cues: tenseCues(lex), futurePrep: new RegExp(`${lex.futurePrep}\\s*$`, 'iu'), pastPrep: new RegExp(`${lex.pastPrep}\\s*$`, 'iu') };
}

/** Matchers and cues per language, built once at load. */
const BUNDLES: Record<string, Bundle> = { fr: bundle(FR_TIME), en: bundle(EN_TIME) };

/** Every candidate the matchers propose in `text`. */
function propose(text: string, b: Bundle): Cand[] {
  const out: Cand[] = [];
  for (const mt of b.matchers) {
    const re = mt.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const c = mt.make(m, text);
      if (c) out.push(c);
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
