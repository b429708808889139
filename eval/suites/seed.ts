// The seed: acceptance case zero (../shared/seed), published 2022-01-07 as its gold file says.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analysed, runNotes } from '../lib/analysis.js';
import { scoreGoldDir } from '../lib/scorers.js';
import type { Suite } from '../lib/suite.js';

/** score.mjs over every seed article, each with the publication date its gold file states. */
export const seedSuite: Suite = {
  name: 'seed',
  async run(ctx) {
    const dir = join(ctx.shared, 'seed');
    const lines = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
      const id = basename(f, '.txt');
      const gold = JSON.parse(readFileSync(join(dir, `${id}.gold.json`), 'utf8')) as { published?: string };
      return JSON.stringify({ id, text: readFileSync(join(dir, f), 'utf8'), ...(gold.published ? { published: gold.published } : {}) });
    });
    const a = await analysed(ctx, 'seed', () => lines);
    const s = await scoreGoldDir(ctx, dir, a.path);
    return { label: `${s.docs} article(s), ../shared/seed`, metrics: s.metrics, notes: runNotes(a.run) };
  },
};
