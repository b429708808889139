// The benchmark corpus: the development corpora's texts when ../shared is present, else the project's own
// articles (examples/ and test/golden/). Words are counted as runs of non-space characters, the same for
// every measure, so rates compare whatever tokenizer is in use.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../../src/ingest/frontmatter.js';

/** One article of the corpus, with the hints its source gives. */
export interface Article {
  text: string;
  lang?: string;
  published?: string;
}

/** Articles, their word count and where they came from. */
export interface Corpus {
  articles: Article[];
  words: number;
  chars: number;
  label: string;
}

const WORD = /\S+/g;

/** Words in `text` (runs of non-space characters). */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

function* walk(dir: string, ext: string): Generator<string> {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* walk(p, ext);
    else if (f.endsWith(ext)) yield p;
  }
}

function jsonl(path: string): Article[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const r = JSON.parse(l) as { text: string; lang?: string; published?: string };
    return { text: r.text, ...(r.lang ? { lang: r.lang } : {}), ...(r.published ? { published: r.published } : {}) };
  });
}

/** Development corpora with plain text (HTML pages are the ingest bench's business). */
function sharedArticles(shared: string): Article[] {
  const c = join(shared, 'corpora');
  const out: Article[] = [];
  for (const p of walk(join(c, 'winer-fr'), '.txt')) out.push({ text: readFileSync(p, 'utf8'), lang: 'fr' });
  for (const p of walk(join(c, 'gum-news-en'), '.txt')) out.push({ text: readFileSync(p, 'utf8'), lang: 'en' });
  for (const d of ['winer-fr-quotes', 'fr-timebank', 'wikinews-en-quotes']) out.push(...jsonl(join(c, d, 'input.jsonl')));
  return out;
}

/** Our own articles: examples/ and test/golden/{fr,en}, front matter read. */
function ownArticles(root: string): Article[] {
  const out: Article[] = [];
  for (const d of ['examples', 'test/golden/fr', 'test/golden/en']) {
    const dir = join(root, d);
    if (!existsSync(dir)) continue;
    for (const p of walk(dir, '.txt')) {
      const { meta, body } = splitFrontMatter(readFileSync(p, 'utf8'));
      out.push({ text: body, ...(meta.lang ? { lang: meta.lang } : {}), ...(meta.published ? { published: meta.published } : {}) });
    }
  }
  return out;
}

/** Loads the corpus for `shared` (or our articles without it). */
export function loadCorpus(root: string, shared: string | null): Corpus {
  const articles = shared ? sharedArticles(shared) : ownArticles(root);
  let words = 0, chars = 0;
  for (const a of articles) { words += countWords(a.text); chars += a.text.length; }
  const label = shared ? 'development corpora (../shared/corpora, plain text)' : 'examples/ and test/golden/';
  return { articles, words, chars, label };
}

/** About `bytes` characters of text made of the corpus's articles end to end (paragraphs kept). */
export function textOfSize(corpus: Corpus, bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const t = corpus.articles[i % corpus.articles.length]!.text;
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join('\n\n');
}
