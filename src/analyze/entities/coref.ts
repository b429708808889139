// Pronoun resolution for the quotes stage: "a-t-il déclaré", "he said" → the person meant.
import type { Entity } from '../../types.js';

export type Gender = 'm' | 'f' | null;

/**
 * The person a pronoun at offset `at` most likely refers to: the most recent PER entity mentioned before
 * `at` (and compatible with `gender` when the entity's gender is known), or null. First version: recency only.
 */
export function resolvePronoun(entities: readonly Entity[], at: number, _gender: Gender = null): Entity | null {
  let best: Entity | null = null;
  let bestEnd = -1;
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    for (const m of e.mentions) if (m.end <= at && m.end > bestEnd) { best = e; bestEnd = m.end; }
  }
  return best;
}
