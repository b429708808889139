// Corpora shipped as input.jsonl + gold/*.gold.json, scored by score.mjs (winer-fr-quotes, wikinews-en-quotes,
// fr-timebank). Two suites may read the same corpus (quotes-en, time-en): the CLI runs once for both.
import { join } from 'node:path';
import { analysed, runNotes } from '../lib/analysis.js';
import { scoreGoldDir } from '../lib/scorers.js';
import type { Metrics, Suite } from '../lib/suite.js';

/** A suite scoring `corpora/<corpus>`, keeping only the parts in `keep` (all when absent). */
export function goldDirSuite(name: string, corpus: string, keep?: readonly string[]): Suite {
  return {
    name,
    async run(ctx) {
      const dir = join(ctx.shared, 'corpora', corpus);
      const a = await analysed(ctx, corpus, () => join(dir, 'input.jsonl'));
      const s = await scoreGoldDir(ctx, join(dir, 'gold'), a.path);
      const metrics: Metrics = {};
      for (const [k, v] of Object.entries(s.metrics)) if (!keep || keep.includes(k)) metrics[k] = v;
      return { label: `${s.docs} articles, corpora/${corpus}`, metrics, notes: runNotes(a.run) };
    },
  };
}
