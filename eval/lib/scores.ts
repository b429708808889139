// Reading the scorers' output. score.mjs and score-ner.mjs have --json; score-extract.mjs prints text only.
import type { Metrics } from './suite.js';

interface Prf { f1: number; tp: number; fn: number }
interface Ratio { acc: number; n: number }

/**
 * The figures of `score.mjs --json`: F1 for precision/recall parts, accuracy for ratios.
 * A ratio over nothing ("attribution" when no quote was found, 0/0) is null, not 1: pinning it
 * would make the first found quote with a wrong speaker look like a regression.
 */
export function scoreMetrics(stdout: string): { docs: number; metrics: Metrics } {
  const j = JSON.parse(stdout) as { docs: number; total: Record<string, Prf | Ratio> };
  const metrics: Metrics = {};
  for (const [k, v] of Object.entries(j.total)) {
    if ('f1' in v) metrics[k] = v.f1;
    else metrics[k] = v.n ? v.acc : null;
  }
  return { docs: j.docs, metrics };
}

/** The figures of `score-ner.mjs --json` (its last line): micro F1 and F1 per type. */
export function nerMetrics(stdout: string): { docs: number; metrics: Metrics } {
  const last = stdout.trim().split('\n').pop() ?? '{}';
  const j = JSON.parse(last) as Record<string, number>;
  const { docs = 0, ...rest } = j;
  return { docs, metrics: rest };
}

// "body  P 0.954  R 0.960  F1 0.957  exact 0.120"
const NUM = '([\\d.]+|NaN)';
const EXTRACT_LINE = new RegExp(`body\\s+P ${NUM}\\s+R ${NUM}\\s+F1 ${NUM}\\s+exact ${NUM}`);
// score-extract prints NaN when no page got any body (its mean over no page): that is a score of 0
const num = (s: string): number => (s === 'NaN' ? 0 : Number(s));
const PAGES_LINE = /pages: (\d+)/;

/** The figures of `score-extract.mjs` (text output): body precision, recall, F1 and exact-match share. */
export function extractMetrics(stdout: string): { docs: number; metrics: Metrics } {
  const m = EXTRACT_LINE.exec(stdout);
  if (!m) throw new Error(`score-extract output not understood: ${stdout.slice(0, 200)}`);
  const pages = Number(PAGES_LINE.exec(stdout)?.[1] ?? 0);
  return { docs: pages, metrics: { body_p: num(m[1]!), body_r: num(m[2]!), body_f1: num(m[3]!), body_exact: num(m[4]!) } };
}
