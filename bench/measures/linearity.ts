// Linearity: analysis time of a 1 MB and a 10 MB input made of the corpus's articles end to end, each in a
// fresh process (with a timeout, so a quadratic stage shows up as a figure rather than a hang).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from '../lib/child.js';
import { textOfSize } from '../lib/corpus.js';
import { target, type Measure, type MeasureResult } from '../lib/measure.js';

const SMALL = 1_000_000, LARGE = 10_000_000;
/** Beyond this the 10 MB run is stopped and reported as not linear. */
const TIMEOUT_MS = 300_000;
/** Time ratio accepted as linear for a 10× larger input (measurement noise, GC). */
const LINEAR_MAX = 13;

/** Time for 1 MB vs 10 MB, as a ratio (≈ 10 when linear). */
export const linearityMeasure: Measure = {
  name: 'linearity',
  async run(ctx): Promise<MeasureResult> {
    const corpus = ctx.corpus();
    const child = join(ctx.root, 'dist', 'bench', 'child', 'time-analyze.js');
    const timed = async (size: number): Promise<{ ms: number; words: number } | null> => {
      const path = join(ctx.tmp, `linear-${size}.txt`);
      writeFileSync(path, textOfSize(corpus, size));
      const r = await runMeasured([child, path], { cwd: ctx.root, tmp: ctx.tmp, keepStdout: true, timeoutMs: TIMEOUT_MS });
      return r.code === 0 ? (JSON.parse(r.stdout) as { ms: number; words: number }) : null;
    };
    const s = await timed(SMALL);
    const l = await timed(LARGE);
    if (!s || !l) {
      return { lines: [`linearity     10 MB input did not finish in ${TIMEOUT_MS / 1000} s  [target ≈ 10×: MISSED]`], figures: { ratio: null } };
    }
    const ratio = l.ms / s.ms;
    return {
      lines: [
        `linearity     1 MB ${(s.ms / 1000).toFixed(2)} s, 10 MB ${(l.ms / 1000).toFixed(2)} s: ratio ${ratio.toFixed(1)}×  ${target(ratio <= LINEAR_MAX, '≈ 10× (linear)')}`,
        `  analyzeText in a fresh process on the corpus's articles end to end (${s.words} and ${l.words} words)`,
      ],
      figures: { small_ms: Math.round(s.ms), large_ms: Math.round(l.ms), ratio: +ratio.toFixed(2) },
    };
  },
};
