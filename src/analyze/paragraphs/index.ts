// paragraphs: each run of non-blank lines separated by a line break is a paragraph (news bodies put one
// paragraph a line); blank lines never make empty paragraphs.
import type { Stage } from '../../pipeline.js';
import type { Span } from '../../types.js';

/** Spans of the non-empty lines of `text`, trimmed of surrounding white space. */
export function paragraphSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start, e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

/** Assigns `paragraphs`. */
export const paragraphsStage: Stage<'paragraphs'> = {
  name: 'paragraphs',
  requires: [],
  assigns: 'paragraphs',
  run: (doc) => paragraphSpans(doc.text),
};
