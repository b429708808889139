// quotes: direct, indirect and mixed quotes with their speaker.
import type { Stage } from '../../pipeline.js';

/** Assigns `quotes`. Placeholder until its issue lands: always empty. */
export const quotesStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['lang', 'paragraphs', 'sentences', 'tokens', 'entities'],
  assigns: 'quotes',
  run: () => [],
};
