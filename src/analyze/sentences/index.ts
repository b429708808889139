// sentences: boundaries inside each paragraph, robust to abbreviations, numbers and quotation marks
// (the rules are in split.ts); a sentence never crosses a paragraph.
import type { Stage } from '../../pipeline.js';
import type { Span } from '../../types.js';
import { splitParagraphInto } from './split.js';

export { splitParagraph } from './split.js';

/** Assigns `sentences`, never crossing a paragraph. */
export const sentencesStage: Stage<'sentences'> = {
  name: 'sentences',
  requires: ['paragraphs', 'tokens'],
  assigns: 'sentences',
  run: (doc) => {
    const out: Span[] = [];
    for (const p of doc.get('paragraphs')) splitParagraphInto(doc.text, p, out);
    return out;
  },
};
