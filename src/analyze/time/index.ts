// time: time expressions resolved against the publication date (TIMEX3 values).
import type { Stage } from '../../pipeline.js';

/** Assigns `timexes`. Placeholder until its issue lands: always empty. */
export const timexesStage: Stage<'timexes'> = {
  name: 'time',
  requires: ['lang', 'sentences', 'tokens'],
  assigns: 'timexes',
  run: () => [],
};
