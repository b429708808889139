// npm run bench: speed and memory figures, one summary line a measure (details indented below it).
// Benchmarks are not tests: the run prints targets met or missed and exits 0 unless a measure breaks.
// Options: --only a,b  --json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, SHARED } from '../eval/lib/paths.js';
import { loadCorpus, type Corpus } from './lib/corpus.js';
import type { BenchContext } from './lib/measure.js';
import { MEASURES } from './measures/index.js';

const HELP = `Usage: npm run bench -- [--only MEASURE,MEASURE] [--json]

Measures: ${MEASURES.map((m) => m.name).join(', ')}
`;

async function main(): Promise<number> {
  let v;
  try {
    v = parseArgs({ options: { only: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
  } catch (e) { process.stderr.write(`bench: ${(e as Error).message}\n\n${HELP}`); return 2; }
  if (v.help) { process.stdout.write(HELP); return 0; }
  const only = v.only ? v.only.split(',').map((s) => s.trim()) : null;
  const unknown = (only ?? []).filter((n) => !MEASURES.some((m) => m.name === n));
  if (unknown.length) { process.stderr.write(`bench: unknown measure(s): ${unknown.join(', ')}\n\n${HELP}`); return 2; }
  const tmp = mkdtempSync(join(tmpdir(), 'veille-bench-'));
  let corpus: Corpus | null = null;
  const ctx: BenchContext = { root: ROOT, shared: SHARED, tmp, corpus: () => (corpus ??= loadCorpus(ROOT, SHARED)) };
  const out: Record<string, unknown> = {};
  let broken = 0;
  if (!v.json) process.stdout.write(`veille bench (node ${process.version}, ${SHARED ? 'corpora from ../shared' : 'no ../shared: our own articles'})\n`);
  try {
    for (const m of MEASURES.filter((x) => !only || only.includes(x.name))) {
      try {
        const r = await m.run(ctx);
        out[m.name] = r.figures;
        if (!v.json) process.stdout.write(r.lines.join('\n') + '\n');
      } catch (e) {
        broken++;
        out[m.name] = { error: (e as Error).message };
        process.stderr.write(`bench: ${m.name} failed: ${(e as Error).message}\n`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (v.json) process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  return broken ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(`bench: ${(e as Error).stack ?? e}\n`); process.exitCode = 1; });
