// The golden articles written for this project (test/golden/{fr,en}/*.txt) against their hand-written
// *.gold.json, French and English reported apart. Front matter gives title, date and language, as the CLI reads it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { splitFrontMatter } from '../../src/ingest/frontmatter.js';
import { analysed, runNotes } from '../lib/analysis.js';
import { scoreGoldDir } from '../lib/scorers.js';
import type { Metrics, Suite } from '../lib/suite.js';

/** The golden languages, each a folder under test/golden. */
const LANGS = ['fr', 'en'] as const;

/** One batch line per golden article that has a gold file, id = file name without .txt. */
export function goldenLines(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .filter((f) => existsSync(join(dir, f.replace(/\.txt$/, '.gold.json'))))
    .map((f) => {
      const { meta, body } = splitFrontMatter(readFileSync(join(dir, f), 'utf8'));
      return JSON.stringify({ ...meta, id: basename(f, '.txt'), text: body });
    });
}

/** score.mjs over test/golden/fr and test/golden/en, metrics prefixed by the language. */
export const goldenSuite: Suite = {
  name: 'golden',
  async run(ctx) {
    const metrics: Metrics = {};
    const notes: string[] = [], counts: string[] = [];
    for (const lang of LANGS) {
      const dir = join(ctx.root, 'test', 'golden', lang);
      const lines = goldenLines(dir);
      if (!lines.length) { notes.push(`no golden article with a gold file in test/golden/${lang}`); continue; }
      const a = await analysed(ctx, `golden-${lang}`, () => lines);
      const s = await scoreGoldDir(ctx, dir, a.path);
      for (const [k, v] of Object.entries(s.metrics)) metrics[`${lang}.${k}`] = v;
      counts.push(`${s.docs} ${lang}`);
      notes.push(...runNotes(a.run).map((n) => `${lang}: ${n}`));
    }
    return { label: `${counts.join(' + ') || 'no'} articles, test/golden`, metrics, notes };
  },
};
