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
  /** Words every time expression holds at least one of (a month, a unit, "hier"…) or a digit. */
  anchors: RegExp;
  cues: TenseCues;
  /** "jusqu'au 30 juin": a preposition that makes the date ahead, whatever the verb. */
  futurePrep: RegExp;
  /** "depuis décembre": a preposition that makes the date behind. */
  pastPrep: RegExp;
}

function bundle(lex: TimeLexicon): Bundle {
  const p = pieces(lex);
  const words = [...Object.keys(lex.months), ...Object.keys(lex.weekdays), ...Object.keys(lex.units), ...Object.keys(lex.relDays),
    ...Object.keys(lex.vague), ...Object.keys(lex.setWords), ...Object.keys(lex.seasons), ...Object.keys(lex.clockWords),
    ...Object.keys(lex.refDays), lex.century, lex.quarter].map((w) => (/[\\[(]/.test(w) ? w : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  const anchors = new RegExp(`\\d|(?<![\\p{L}])(?:${words.join("|")})s?(?![\\p{L}])`, "giu");
  return { anchors, matchers: [...dateMatchers(p), ...relMatchers(p)], cues: tenseCues(lex), futurePrep: new RegExp(`${lex.futurePrep}\\s*$`, 'iu'), pastPrep: new RegExp(`${lex.pastPrep}\\s*$`, 'iu') };
}

/** Matchers and cues per language, built once at load. */
const BUNDLES: Record<string, Bundle> = { fr: bundle(FR_TIME), en: bundle(EN_TIME) };

/** How far before / after an anchor word an expression may reach ("à la fin du XIXe siècle", "il y a vingt-quatre heures"). */
const REACH_BEFORE = 48;
const REACH_AFTER = 96;

/** The stretches of text around anchor words, merged: the matchers only run there (most text holds no time). */
function windows(text: string, b: Bundle): [number, number][] {
  const out: [number, number][] = [];
  const re = b.anchors;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const s = Math.max(0, m.index - REACH_BEFORE), e = Math.min(text.length, m.index + m[0].length + REACH_AFTER);
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e); else out.push([s, e]);
  }
  return out;
}

/** Every candidate the matchers propose in `text`, window by window. */
function propose(text: string, b: Bundle): Cand[] {
  const out: Cand[] = [];
  for (const [ws, we] of windows(text, b)) {
    const part = text.slice(ws, we);
    for (const mt of b.matchers) {
      const re = mt.re;
      re.lastIndex = 0;
      for (let m = re.exec(part); m; m = re.exec(part)) {
        if (m[0].length === 0) { re.lastIndex++; continue; }
        const c = mt.make(m, part);
        if (c) out.push({ start: c.start + ws, end: c.end + ws, items: c.items.map((it) => ({ ...it, start: it.start + ws, end: it.end + ws })) });
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
