// events: who does what to whom, where and when, with CAMEO codes.
import type { Stage } from '../../pipeline.js';

/** Assigns `events`. Placeholder until its issue lands: always empty. */
export const eventsStage: Stage<'events'> = {
  name: 'events',
  requires: ['lang', 'sentences', 'tokens', 'entities', 'timexes'],
  assigns: 'events',
  run: () => [],
};
