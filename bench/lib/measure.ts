// What a benchmark measure is. Benchmarks are not tests: they print figures and ratios, never fail the build.
import type { Corpus } from './corpus.js';

/** What a measure may use: paths, a scratch folder, and the shared corpus (loaded once). */
export interface BenchContext {
  readonly root: string;
  readonly shared: string | null;
  /** A scratch folder removed when the bench ends. */
  readonly tmp: string;
  corpus(): Corpus;
}

/** A measure's output: summary lines for a person, figures by name for --json. */
export interface MeasureResult {
  /** The first line is the one-line summary ("pipeline  612k words/s  (tokenizer …, ratio 6.7×)"). */
  lines: string[];
  figures: Record<string, number | string | null>;
}

/** One benchmark measure; bench/measures/index.ts lists them. */
export interface Measure {
  readonly name: string;
  run(ctx: BenchContext): Promise<MeasureResult>;
}

/** "612k", "4.1M": a rate for a summary line. */
export function rate(x: number): string {
  if (x >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (x >= 1e3) return `${Math.round(x / 1e3)}k`;
  return x.toFixed(0);
}

/** A figure checked against an issue's target: "ok" or "MISSES target". */
export function target(ok: boolean, what: string): string {
  return ok ? `[target ${what}: ok]` : `[target ${what}: MISSED]`;
}

/** The median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
