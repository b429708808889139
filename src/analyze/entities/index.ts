// entities: people, organisations, places and other names, linked within the article and to the knowledge base.
import type { Stage } from '../../pipeline.js';

/** Assigns `entities`. Placeholder until its issue lands: always empty. */
export const entitiesStage: Stage<'entities'> = {
  name: 'entities',
  requires: ['lang', 'sentences', 'tokens'],
  assigns: 'entities',
  run: () => [],
};
