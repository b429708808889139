// Batch memory: peak RSS of `veille analyze --jsonl` over 1,000 and 10,000 lines streamed on stdin
// (the corpus's articles in turn, output discarded). Streaming means the peak must not grow with the count.
import { runMeasured, veilleArgs } from '../lib/child.js';
import type { Corpus } from '../lib/corpus.js';
import { rate, target, type Measure, type MeasureResult } from '../lib/measure.js';

const FEW = 1_000, MANY = 10_000;
/** Peak RSS growth accepted as "does not grow" (GC timing). */
const GROWTH_MAX = 1.25;

function* lines(corpus: Corpus, n: number): Generator<string> {
  for (let i = 0; i < n; i++) {
    const a = corpus.articles[i % corpus.articles.length]!;
    yield JSON.stringify({ id: `b${i}`, text: a.text, ...(a.lang ? { lang: a.lang } : {}), ...(a.published ? { published: a.published } : {}) });
  }
}

/** Peak RSS of --jsonl over FEW vs MANY lines, and lines per second. */
export const batchMemoryMeasure: Measure = {
  name: 'batch-memory',
  async run(ctx): Promise<MeasureResult> {
    const corpus = ctx.corpus();
    const run = (n: number) => runMeasured([...veilleArgs(ctx.root), 'analyze', '--jsonl'], { cwd: ctx.root, tmp: ctx.tmp, stdinLines: lines(corpus, n) });
    const few = await run(FEW), many = await run(MANY);
    if (few.rssMB === null || many.rssMB === null) {
      return { lines: ['batch-memory  peak RSS could not be read (no /usr/bin/time, no /proc)'], figures: {} };
    }
    const growth = many.rssMB / few.rssMB;
    return {
      lines: [
        `batch-memory  --jsonl peak RSS ${few.rssMB.toFixed(0)} MB for ${rate(FEW)} lines, ${many.rssMB.toFixed(0)} MB for ${rate(MANY)} lines (×${growth.toFixed(2)})  ${target(growth <= GROWTH_MAX, 'no growth')}`,
        `  ${rate(MANY / (many.ms / 1000))} lines/s over ${rate(MANY)} lines; exit codes ${few.code} and ${many.code}`,
      ],
      figures: { few_rss_mb: Math.round(few.rssMB), many_rss_mb: Math.round(many.rssMB), growth: +growth.toFixed(3), lines_per_s: Math.round(MANY / (many.ms / 1000)) },
    };
  },
};
