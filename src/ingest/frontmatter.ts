// Front matter: a plain-text or Markdown article may open with metadata between two "---" lines
// (title, published or date, lang, url, id), as static-site generators write it. Unknown keys are ignored.
import type { TextInput } from '../types.js';

const FRONT = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const LINE = /^([A-Za-z_]+)[ \t]*:[ \t]*(.*?)[ \t]*$/;

/** Splits front matter from the body; `meta` holds the known keys as TextInput fields. */
export function splitFrontMatter(text: string): { meta: Partial<TextInput>; body: string } {
  const m = FRONT.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: Partial<TextInput> = {};
  for (const line of m[1]!.split('\n')) {
    const kv = LINE.exec(line);
    if (!kv) continue;
    const key = kv[1]!.toLowerCase();
    const value = kv[2]!.replace(/^(["'])(.*)\1$/, '$2');
    if (!value) continue;
    if (key === 'title') meta.title = value;
    else if (key === 'published' || key === 'date') meta.published = value;
    else if (key === 'lang' || key === 'language') meta.lang = value;
    else if (key === 'url' || key === 'source') meta.source = value;
    else if (key === 'id') meta.id = value;
  }
  return { meta, body: text.slice(m[0].length) };
}
