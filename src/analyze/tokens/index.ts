// tokens: words, numbers and punctuation. Placeholder tokenizer (to be replaced by the full one).
import type { Token } from '../../doc.js';
import type { Stage } from '../../pipeline.js';

const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’][\p{L}]+)*)|(\S)/gu;

/** Tokenizes `text` between `from` and `to`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: m[1] ? 'number' : m[2] ? 'word' : 'punct' });
  }
  return out;
}

/** Assigns `tokens`, paragraph by paragraph. */
export const tokensStage: Stage<'tokens'> = {
  name: 'tokens',
  requires: ['paragraphs'],
  assigns: 'tokens',
  run: (doc) => doc.get('paragraphs').flatMap((p) => tokenize(doc.text, p.start, p.end)),
};
