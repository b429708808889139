// Quote-stage linearity: the quote stage alone on two made-up inputs at two sizes, 8× apart, as time ratios
// (≈ 8 when linear, ≈ 64 when quadratic). One endless sentence of cue and quote pairs (look-ups within a unit),
// and an article of quotes each naming its own speaker among as many entity mentions (speaker linking).
// Moved here from the unit tests: timing is measured by the bench, never asserted by a test.
import { findQuotes } from '../../src/analyze/quotes/index.js';
import { paragraphsStage } from '../../src/analyze/paragraphs/index.js';
import { sentencesStage } from '../../src/analyze/sentences/index.js';
import { tokensStage } from '../../src/analyze/tokens/index.js';
import { Doc } from '../../src/doc.js';
import type { Entity, Span } from '../../src/types.js';
import { target, type Measure } from '../lib/measure.js';

/** Sizes compared (in repeats), 8× apart; below a few thousand, cache and heap growth blur the ratio. */
const SMALL = 4000, LARGE = 32_000;
/** Time ratio accepted as linear for an 8× larger input (noise, GC, n log n look-ups). */
const LINEAR_MAX = 12;
/** Timed passes; the best is kept (the machine is shared). */
const PASSES = 5;
/** Untimed passes over both sizes first, so that the small one is not timed while the JIT still warms up. */
const WARM_UP = 3;

interface Input { text: string; paragraphs: readonly Span[]; sentences: readonly Span[]; entities: Entity[] }

/** The layers the quote stage reads, built once outside the timing. */
function prepare(text: string, entities: Entity[]): Input {
  let d = new Doc(text);
  for (const s of [paragraphsStage, tokensStage, sentencesStage]) d = d.with(s.assigns, s.run(d, { published: null }) as never);
  return { text, paragraphs: d.get('paragraphs'), sentences: d.get('sentences'), entities };
}

/** "il a dit « oui » et a déclaré que …" n times, without a full stop. */
function endless(n: number): Input {
  return prepare('il a dit « oui » et a déclaré que '.repeat(n), []);
}

/** n quotes, each followed by its speaker's name, each name one PER entity mention. */
function speakers(n: number): Input {
  let text = '';
  const entities: Entity[] = [];
  for (let i = 0; i < n; i++) {
    const name = `Paul Nom${i.toString(36).replace(/\d/g, (c) => 'abcdefghij'[+c]!)}`;
    text += `« La digue a tenu », a déclaré ${name}. `;
    entities.push({ id: `e${i}`, type: 'PER', name, mentions: [{ start: text.length - name.length - 2, end: text.length - 2, text: name }] });
  }
  return prepare(text, entities);
}

const run = (x: Input): number => findQuotes(x.text, x.paragraphs, x.sentences, 'fr', x.entities).length;

/** Best wall time of the quote stage on `x`, in ms. */
function timeOf(x: Input): number {
  let best = Infinity;
  for (let k = 0; k < PASSES; k++) { const t0 = performance.now(); run(x); best = Math.min(best, performance.now() - t0); }
  return best;
}

/** Quote stage, small vs 8× larger input, on the two shapes. */
export const quotesLinearityMeasure: Measure = {
  name: 'quotes-linearity',
  async run() {
    const rows: [string, number, number][] = [];
    for (const [label, make] of [['endless sentence', endless], ['quotes × mentions', speakers]] as const) {
      const small = make(SMALL), large = make(LARGE);
      for (let k = 0; k < WARM_UP; k++) { run(small); run(large); }
      rows.push([label, timeOf(small), timeOf(large)]);
    }
    const ratios = rows.map(([, s, l]) => l / Math.max(s, 0.01));
    const worst = Math.max(...ratios);
    return {
      lines: [
        `quotes-lin    ${rows.map(([label], i) => `${label} ${ratios[i]!.toFixed(1)}×`).join(', ')} for 8× the input  ${target(worst <= LINEAR_MAX, '≈ 8× (linear)')}`,
        ...rows.map(([label, s, l]) => `  ${label}: ${SMALL} repeats ${s.toFixed(1)} ms, ${LARGE} repeats ${l.toFixed(1)} ms (quote stage alone, best of ${PASSES})`),
      ],
      figures: Object.fromEntries(rows.flatMap(([label, s, l], i) => {
        const k = label.startsWith('endless') ? 'endless' : 'mentions';
        return [[`${k}_small_ms`, +s.toFixed(1)], [`${k}_large_ms`, +l.toFixed(1)], [`${k}_ratio`, +ratios[i]!.toFixed(2)]];
      })),
    };
  },
};
