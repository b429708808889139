// The accuracy gate: eval/floors.json pins, per metric ("suite.part"), the lowest score allowed.
// A metric below its floor fails the eval; floors only go up (--raise-floors never lowers one).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Floors by metric name ("seed.lang", "ner-fr.micro", "golden.fr.quotes_e2e"). */
export type Floors = Record<string, number>;

/** Tolerance for figures printed with 3–4 decimals. */
const EPSILON = 1e-9;

/** Reads the floors file; an absent file pins nothing. */
export function readFloors(path: string): Floors {
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Floors;
}

/** One metric compared with its floor. */
export interface Verdict {
  metric: string;
  value: number | null;
  floor: number | undefined;
  /** "ok", "below" its floor, "unmeasured" while a floor is pinned, or "unpinned" (no floor yet). */
  status: 'ok' | 'below' | 'unmeasured' | 'unpinned';
}

/** Compares measured figures (null = nothing to measure) with the floors. */
export function judge(metric: string, value: number | null, floors: Floors): Verdict {
  const floor = floors[metric];
  if (floor === undefined) return { metric, value, floor, status: 'unpinned' };
  if (value === null) return { metric, value, floor, status: 'unmeasured' };
  return { metric, value, floor, status: value + EPSILON < floor ? 'below' : 'ok' };
}

/** Raises floors to the measured figures (never lowers one) and writes the file, keys sorted by suite order. */
export function raiseFloors(path: string, floors: Floors, measured: Record<string, number | null>): string[] {
  const raised: string[] = [];
  const next: Floors = { ...floors };
  for (const [k, v] of Object.entries(measured)) {
    if (v === null) continue;
    if (next[k] === undefined || v > next[k]!) { raised.push(`${k} ${next[k] ?? '—'} → ${v}`); next[k] = v; }
  }
  writeFileSync(path, JSON.stringify(next, null, 2) + '\n');
  return raised;
}
