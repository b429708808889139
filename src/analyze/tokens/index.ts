// tokens: words, numbers, punctuation and symbols, paragraph by paragraph (the reader is in scan.ts).
import type { Stage } from '../../pipeline.js';
import type { Token } from '../../doc.js';
import { tokenizeInto } from './scan.js';

export { tokenize } from './scan.js';

/** Assigns `tokens`, paragraph by paragraph. */
export const tokensStage: Stage<'tokens'> = {
  name: 'tokens',
  requires: ['paragraphs'],
  assigns: 'tokens',
  run: (doc) => {
    const out: Token[] = [];
    for (const p of doc.get('paragraphs')) tokenizeInto(doc.text, p.start, p.end, out);
    return out;
  },
};
