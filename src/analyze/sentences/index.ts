// sentences: placeholder splitter (to be replaced): a sentence ends at . ! ? followed by a space and a capital.
import type { Stage } from '../../pipeline.js';
import type { Span } from '../../types.js';

/** Assigns `sentences`, never crossing a paragraph. */
export const sentencesStage: Stage<'sentences'> = {
  name: 'sentences',
  requires: ['paragraphs', 'tokens'],
  assigns: 'sentences',
  run: (doc) => {
    const out: Span[] = [];
    for (const p of doc.get('paragraphs')) {
      let s = p.start;
      const re = /[.!?]\s+(?=\p{Lu})/gu;
      re.lastIndex = p.start;
      const para = doc.text.slice(0, p.end);
      for (let m = re.exec(para); m; m = re.exec(para)) {
        out.push({ start: s, end: m.index + 1 });
        s = m.index + m[0].length;
      }
      out.push({ start: s, end: p.end });
    }
    return out;
  },
};
