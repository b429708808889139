// sentences: boundaries inside each paragraph, robust to abbreviations, numbers and quotation marks
// (the rules are in split.ts); a sentence never crosses a paragraph.
import type { Stage } from '../../pipeline.js';
import type { Span } from '../../types.js';
import { splitParagraph } from './split.js';

export { splitParagraph } from './split.js';

/** Assigns `sentences`, never crossing a paragraph. */
export const sentencesStage: Stage<'sentences'> = {
  name: 'sentences',
  requires: ['paragraphs', 'tokens'],
  assigns: 'sentences',
  run: (doc) => {
    const out: Span[] = [];
    for (const p of doc.get('paragraphs')) for (const s of splitParagraph(doc.text, p)) out.push(s);
    return out;
  },
};
