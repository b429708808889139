// HTML article extraction (score-extract.mjs on corpora/article-extraction). Until HTML ingest lands the CLI
// refuses "html" lines: the figure is then 0 and the refusals are a note, not a failure of the eval.
import { join } from 'node:path';
import { analysed, runNotes } from '../lib/analysis.js';
import { extractInput, scoreExtract } from '../lib/scorers.js';
import type { Suite } from '../lib/suite.js';

/** Body extraction precision, recall, F1 and exact matches over the benchmark's pages. */
export const extractSuite: Suite = {
  name: 'extract',
  async run(ctx) {
    const dir = join(ctx.shared, 'corpora', 'article-extraction');
    const input = join(ctx.tmp, 'extract.in.jsonl');
    await extractInput(ctx, dir, input);
    const a = await analysed(ctx, 'article-extraction', () => input);
    const s = await scoreExtract(ctx, dir, a.path);
    return { label: `${s.docs} pages, corpora/article-extraction`, metrics: s.metrics, notes: runNotes(a.run) };
  },
};
