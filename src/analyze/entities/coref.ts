// Pronoun resolution for the quotes stage: "a-t-il déclaré", "she said" → the person meant.
import type { Entity } from '../../types.js';

/** The gender a pronoun marks: il/he → 'm', elle/she → 'f', null when it says nothing (ils, they, on). */
export type Gender = 'm' | 'f' | null;

/** The gender a pronoun marks ("il", "he", "elle", "she", "a-t-elle" …), or null. */
export function pronounGender(pronoun: string): Gender {
  const p = pronoun.toLowerCase().replace(/^.*-/, '');
  if (p === 'il' || p === 'he' || p === 'him' || p === 'his' || p === 'lui') return 'm';
  if (p === 'elle' || p === 'she' || p === 'her' || p === 'hers') return 'f';
  return null;
}

/**
 * The person a pronoun at offset `at` most likely refers to: the PER entity mentioned last before `at` whose
 * gender is compatible — il/he takes a man or a person of unknown gender, elle/she a woman or unknown; a
 * gender-less pronoun takes anyone. Entity genders come from the entities stage (`gender`: KB, "Mme",
 * "la ministre", first names). Null when no compatible person was mentioned before `at`.
 */
export function resolvePronoun(entities: readonly Entity[], at: number, gender: Gender = null): Entity | null {
  let best: Entity | null = null;
  let bestEnd = -1;
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    const g = (e as { gender?: Gender }).gender ?? null;
    if (gender && g && g !== gender) continue;
    for (const m of e.mentions) if (m.end <= at && m.end > bestEnd) { best = e; bestEnd = m.end; }
  }
  return best;
}
