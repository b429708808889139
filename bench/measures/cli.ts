// `veille analyze` on one article as a user runs it: process start to output, median of RUNS runs after a
// warm-up, and the child's peak RSS (GNU time or /proc VmHWM, see lib/child.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured, veilleArgs } from '../lib/child.js';
import { median, target, type Measure } from '../lib/measure.js';

const RUNS = 7;
/** Issue 2: process start to output ≤ 400 ms, peak RSS ≤ 150 MB. */
const TARGET_MS = 400;
const TARGET_MB = 150;

/** The seed when ../shared is present (published 2022-01-07), else our first French golden article. */
function article(root: string, shared: string | null, tmp: string): { path: string; label: string } {
  if (shared) {
    const f = readdirSync(join(shared, 'seed')).find((x) => x.endsWith('.txt'));
    if (f) {
      // a copy in the scratch folder: the article is read from a file, as a user would
      const path = join(tmp, 'cli-article.txt');
      writeFileSync(path, `---\npublished: 2022-01-07\n---\n${readFileSync(join(shared, 'seed', f), 'utf8')}`);
      return { path, label: 'the seed article' };
    }
  }
  const dir = join(root, 'test', 'golden', 'fr');
  const f = existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()[0] : undefined;
  if (!f) throw new Error('no article to run the CLI on (no ../shared, no test/golden/fr/*.txt)');
  return { path: join(dir, f), label: `test/golden/fr/${f}` };
}

/** Start-to-output time and peak RSS of `veille analyze FILE`. */
export const cliMeasure: Measure = {
  name: 'cli',
  async run(ctx) {
    const a = article(ctx.root, ctx.shared, ctx.tmp);
    const args = [...veilleArgs(ctx.root), 'analyze', a.path];
    await runMeasured(args, { cwd: ctx.root, tmp: ctx.tmp }); // warm-up: file cache
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runMeasured(args, { cwd: ctx.root, tmp: ctx.tmp }));
    const ms = median(runs.map((r) => r.ms));
    const rss = runs.map((r) => r.rssMB).filter((x): x is number => x !== null);
    const peak = rss.length ? Math.max(...rss) : null;
    return {
      lines: [
        `cli           ${ms.toFixed(0)} ms start to output, peak RSS ${peak === null ? 'n/a' : peak.toFixed(0) + ' MB'}  ${target(ms <= TARGET_MS, '≤ 400 ms')} ${peak === null ? '' : target(peak <= TARGET_MB, '≤ 150 MB')}`,
        `  veille analyze on ${a.label}: median of ${RUNS} runs (min ${Math.min(...runs.map((r) => r.ms)).toFixed(0)} ms, max ${Math.max(...runs.map((r) => r.ms)).toFixed(0)} ms)`,
      ],
      figures: { ms: Math.round(ms), peak_rss_mb: peak === null ? null : Math.round(peak) },
    };
  },
};
