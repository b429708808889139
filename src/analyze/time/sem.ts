// What a matcher understood of an expression, before it is resolved against the publication date.
import type { TimexType } from '../../types.js';
import type { PartOfDay, Unit } from './lexicon.js';

/** Direction a word gave: next (1), last (-1), this (0), or none (null: the verb's tense decides). */
export type Dir = 1 | -1 | 0 | null;

/** The meaning of one time expression as written. */
export type Sem =
  | { k: 'date'; y: number | null; m: number; d: number | null; dir: Dir; pod: PartOfDay | null }
  | { k: 'year'; y: number }
  | { k: 'relday'; n: number; pod: PartOfDay | null }
  | { k: 'refday'; n: number }
  | { k: 'weekday'; wd: number; dir: Dir; pod: PartOfDay | null }
  | { k: 'relunit'; unit: Unit; n: number }
  | { k: 'duration'; n: number; unit: Unit }
  | { k: 'clock'; h: number; mi: number }
  | { k: 'season'; s: string; y: number | null; dir: Dir }
  | { k: 'quarter'; q: number; y: number | null }
  | { k: 'fixed'; type: TimexType; value: string };

/** One proposed expression: where it is and what it means. */
export interface Item {
  start: number;
  end: number;
  sem: Sem;
}

/** A matcher's proposal: its whole extent (for overlap decisions) and the expressions in it (a range has two). */
export interface Cand {
  start: number;
  end: number;
  items: Item[];
}
