// The scorers of ../shared/eval, called as child processes (never re-implemented here).
import { join } from 'node:path';
import { runNode } from './proc.js';
import { extractMetrics, nerMetrics, scoreMetrics } from './scores.js';
import type { Metrics, SuiteContext } from './suite.js';

/** Figures of a scorer run and how many documents it scored. */
export interface Scored {
  docs: number;
  metrics: Metrics;
}

const scorer = (ctx: SuiteContext, name: string): string => join(ctx.shared, 'eval', name);

/** Prints the scorer's list of misses when the eval runs with --verbose. */
async function verbose(ctx: SuiteContext, script: string, args: string[]): Promise<void> {
  if (ctx.verbose) process.stdout.write(await runNode(script, [...args, '--verbose']));
}

/** `score.mjs --gold-dir DIR --pred PRED --json`. */
export async function scoreGoldDir(ctx: SuiteContext, goldDir: string, pred: string): Promise<Scored> {
  const script = scorer(ctx, 'score.mjs'), args = ['--gold-dir', goldDir, '--pred', pred];
  await verbose(ctx, script, args);
  return scoreMetrics(await runNode(script, [...args, '--json']));
}

/** `score-ner.mjs --brat DIR --make-input [--lang L]` written to `outPath`. */
export async function nerInput(ctx: SuiteContext, bratDir: string, lang: string, outPath: string): Promise<void> {
  await runNode(scorer(ctx, 'score-ner.mjs'), ['--brat', bratDir, '--make-input', '--lang', lang], outPath);
}

/** `score-ner.mjs --brat DIR --pred PRED --json`. */
export async function scoreNer(ctx: SuiteContext, bratDir: string, pred: string): Promise<Scored> {
  const script = scorer(ctx, 'score-ner.mjs'), args = ['--brat', bratDir, '--pred', pred];
  await verbose(ctx, script, args);
  return nerMetrics(await runNode(script, [...args, '--json']));
}

/** `score-extract.mjs --dir DIR --make-input` written to `outPath`. */
export async function extractInput(ctx: SuiteContext, dir: string, outPath: string): Promise<void> {
  await runNode(scorer(ctx, 'score-extract.mjs'), ['--dir', dir, '--make-input'], outPath);
}

/** `score-extract.mjs --dir DIR --pred PRED` (text output parsed). */
export async function scoreExtract(ctx: SuiteContext, dir: string, pred: string): Promise<Scored> {
  const script = scorer(ctx, 'score-extract.mjs');
  const args = ['--dir', dir, '--pred', pred, ...(ctx.verbose ? ['--verbose'] : [])];
  const out = await runNode(script, args);
  if (ctx.verbose) process.stdout.write(out);
  return extractMetrics(out);
}
