// quantities: numbers with their unit and comparator ("plus de 100 000 soldats").
import type { Stage } from '../../pipeline.js';

/** Assigns `quantities`. Placeholder until its issue lands: always empty. */
export const quantitiesStage: Stage<'quantities'> = {
  name: 'quantities',
  requires: ['lang', 'sentences', 'tokens'],
  assigns: 'quantities',
  run: () => [],
};
