// The golden articles (test/golden/{fr,en}/*.txt, written for this project) and their analysis as the CLI
// makes it: front matter read by the ingest code, source = the path from the project root.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../src/analyze/index.js';
import { textArticle } from '../../src/ingest/index.js';
import type { Analysis } from '../../src/types.js';
import { ROOT } from '../helpers.js';

/** The golden languages, one folder each. */
export const GOLDEN_LANGS = ['fr', 'en'] as const;

/** One golden article: where its text, hand-written gold and snapshot live. */
export interface GoldenArticle {
  lang: string;
  name: string;
  /** Path from the project root, used as the analysis's `source`. */
  rel: string;
  textPath: string;
  expectedPath: string;
}

/** Every golden article, French then English, by name. */
export function goldenArticles(): GoldenArticle[] {
  return GOLDEN_LANGS.flatMap((lang) => {
    const dir = join(ROOT, 'test', 'golden', lang);
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
      const name = f.replace(/\.txt$/, '');
      return { lang, name, rel: `test/golden/${lang}/${f}`, textPath: join(dir, f), expectedPath: join(dir, `${name}.expected.json`) };
    });
  });
}

/** The full analysis of a golden article, as `veille analyze <file>` gives it. */
export function analyseGolden(a: GoldenArticle): Analysis {
  return analyzeText(textArticle(readFileSync(a.textPath), a.rel));
}
