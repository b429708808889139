// One CLI run per corpus, shared by the suites that score it (quotes-en and time-en read the same output).
import { join } from 'node:path';
import { analyzeJsonl, type CliRun } from './proc.js';
import type { SuiteContext } from './suite.js';

/** Analyses of one input: where they were written and what the CLI said. */
export interface Analysed {
  path: string;
  run: CliRun;
}

const runs = new WeakMap<SuiteContext, Map<string, Promise<Analysed>>>();

/** Runs the CLI over `input` once per eval for `key`, and returns the analyses' path (cached). */
export function analysed(ctx: SuiteContext, key: string, input: () => string | Iterable<string>): Promise<Analysed> {
  let byKey = runs.get(ctx);
  if (!byKey) runs.set(ctx, (byKey = new Map()));
  let p = byKey.get(key);
  if (!p) {
    const path = join(ctx.tmp, `${key.replace(/[^\w.-]+/g, '_')}.out.jsonl`);
    p = analyzeJsonl(input(), path).then((run) => ({ path, run }));
    byKey.set(key, p);
  }
  return p;
}

/** Notes a reader needs about a CLI run: lines refused (the first messages) and a non-zero exit. */
export function runNotes(run: CliRun): string[] {
  const notes: string[] = [];
  if (run.failedLines) notes.push(`the CLI refused ${run.failedLines} line(s), e.g. ${run.firstErrors[0] ?? '?'}`);
  else if (run.code !== 0) notes.push(`the CLI exited ${run.code}: ${run.firstErrors.join(' | ') || 'no message'}`);
  notes.push(`analysis ${run.seconds.toFixed(1)} s`);
  return notes;
}
