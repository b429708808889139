// The quality score: start at 1 and take off a named weight per flag, capped per kind, so a reader can
// explain any score from the flags alone. A clean original article scores 1.
import type { Flag, FlagKind } from '../../types.js';

/**
 * What each flag kind costs, and the most a kind can cost together. Set by hand (no tuning data yet):
 * translation damage and unreadable input cost most; what cleaning already removed (spam, bios,
 * boilerplate) costs little, since the body itself is intact.
 */
export const FLAG_WEIGHTS: Readonly<Record<FlagKind, { each: number; cap: number }>> = {
  'mt-artifact': { each: 0.15, cap: 0.45 },
  'mixed-language': { each: 0.1, cap: 0.3 },
  'unbalanced-quote': { each: 0.1, cap: 0.3 },
  truncated: { each: 0.3, cap: 0.3 },
  duplicate: { each: 0.3, cap: 0.3 },
  'invalid-utf8': { each: 0.2, cap: 0.2 },
  spam: { each: 0.1, cap: 0.1 },
  'author-bio': { each: 0.05, cap: 0.05 },
  boilerplate: { each: 0.05, cap: 0.1 },
  empty: { each: 1, cap: 1 },
  binary: { each: 1, cap: 1 },
};
/** Kinds outside the table (added later by other stages) cost this much each, capped like a small kind. */
const UNKNOWN_KIND = { each: 0.05, cap: 0.1 };

/** What each flag kind present takes off the score, in order of first appearance (after its cap). */
export function scoreBreakdown(flags: readonly Flag[]): [kind: string, cost: number][] {
  const cost = new Map<string, number>();
  for (const f of flags) {
    const w = FLAG_WEIGHTS[f.kind] ?? UNKNOWN_KIND;
    cost.set(f.kind, Math.min(w.cap, (cost.get(f.kind) ?? 0) + w.each));
  }
  return [...cost];
}

/** 1 minus the capped weights of the flags, clamped to [0, 1] and rounded to two decimals. */
export function qualityScore(flags: readonly Flag[]): number {
  let score = 1;
  for (const [, c] of scoreBreakdown(flags)) score -= c;
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}
