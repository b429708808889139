// Reading BRAT corpora (winer-fr, gum-news-en) for training and held-out splits of the entity tagger.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { nerTokenize, type NerToken } from '../src/analyze/entities/tokenize.js';

/** One annotated document: id as score-ner prints it (path under the corpus without .txt). */
export interface BratDoc {
  id: string;
  text: string;
  spans: { start: number; end: number; type: string }[];
}

const TYPES: Record<string, string> = { Person: 'PER', Organization: 'ORG', Location: 'LOC', Event: 'MISC', Product: 'MISC' };

function* walk(d: string): Generator<string> {
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (f.endsWith('.txt') && existsSync(p.replace(/\.txt$/, '.ann'))) yield p;
  }
}

/** Every document of a BRAT folder, in sorted path order. */
export function readBrat(dir: string): BratDoc[] {
  const out: BratDoc[] = [];
  for (const p of walk(dir)) {
    const spans: BratDoc['spans'] = [];
    for (const line of readFileSync(p.replace(/\.txt$/, '.ann'), 'utf8').split('\n')) {
      const m = /^T\d+\t(\w+) (\d+) (\d+)\t/.exec(line);
      if (m && TYPES[m[1]!]) spans.push({ start: +m[2]!, end: +m[3]!, type: TYPES[m[1]!]! });
    }
    out.push({ id: relative(dir, p).replace(/\.txt$/, ''), text: readFileSync(p, 'utf8'), spans });
  }
  return out;
}

/** FNV-1a hash of a string: the deterministic split key. */
export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}

/** True for the ~20 % of documents held out from training (hash of the id modulo 5 is 0). */
export function isHeldOut(id: string): boolean {
  return fnv(id) % 5 === 0;
}

/** Tokens and gold BIO labels of a document; nested spans give way to the outermost (longest) one. */
export function labelled(d: BratDoc): { tokens: NerToken[]; labels: string[] } {
  const tokens = nerTokenize(d.text);
  const spans = [...d.spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: typeof spans = [];
  for (const s of spans) if (!outer.length || s.start >= outer[outer.length - 1]!.end) outer.push(s);
  const labels = tokens.map(() => 'O');
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (k < outer.length && outer[k]!.end <= t.start) k++;
    const s = outer[k];
    if (!s || t.start < s.start || t.end > s.end) continue;
    labels[i] = (i > 0 && labels[i - 1] !== 'O' && tokens[i - 1]!.start >= s.start ? 'I-' : 'B-') + s.type;
  }
  return { tokens, labels };
}
