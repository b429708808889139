// language: detects the body's language; an explicit hint wins.
import type { Stage } from '../../pipeline.js';
import { detectLanguage } from './detect.js';

/** Assigns `lang`: the caller's hint, else the detected code ('und' when unsure). */
export const languageStage: Stage<'lang'> = {
  name: 'language',
  requires: [],
  assigns: 'lang',
  run: (doc, ctx) => {
    if (ctx.lang) return { code: ctx.lang, confidence: 1, hinted: true };
    const d = detectLanguage(doc.text);
    return { code: d.code, confidence: d.confidence, hinted: false };
  },
};
