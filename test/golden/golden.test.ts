// Golden articles: each is re-analysed and compared layer by layer with its snapshot (<name>.expected.json).
// A difference names the article and the layer; if the change is intended, `npm run golden` rewrites the
// snapshots and the diff is reviewed. (The hand-written *.gold.json are scored by `npm run eval`, not here.)
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyseGolden, goldenArticles } from './articles.js';

/** Layers of veille.analysis/1 compared one by one, in the schema's order. */
const LAYERS = ['schema', 'id', 'lang', 'published', 'title', 'source', 'text', 'removed', 'sentences',
  'entities', 'quotes', 'timexes', 'events', 'quantities', 'quality'] as const;

/** The first index where two lists differ, for a message shorter than a whole diff. */
function firstDifference(a: unknown, b: unknown): string {
  if (!Array.isArray(a) || !Array.isArray(b)) return '';
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) {
      return ` (${b.length} item(s) now, ${a.length} in the snapshot; first difference at [${i}]: snapshot ${JSON.stringify(a[i])?.slice(0, 160)}, now ${JSON.stringify(b[i])?.slice(0, 160)})`;
    }
  }
  return '';
}

test('there are at least six golden articles in each language', () => {
  const all = goldenArticles();
  for (const lang of ['fr', 'en']) assert.ok(all.filter((a) => a.lang === lang).length >= 6, `golden articles in ${lang}`);
});

for (const a of goldenArticles()) {
  test(`golden ${a.lang}/${a.name} matches its snapshot`, () => {
    assert.ok(existsSync(a.expectedPath), `${a.rel}: no snapshot; run npm run golden and review it`);
    const expected = JSON.parse(readFileSync(a.expectedPath, 'utf8')) as Record<string, unknown>;
    const actual = JSON.parse(JSON.stringify(analyseGolden(a))) as Record<string, unknown>;
    for (const layer of LAYERS) {
      assert.deepEqual(actual[layer], expected[layer],
        `${a.rel}: layer "${layer}" differs from the snapshot${firstDifference(expected[layer], actual[layer])}; if intended, npm run golden and review the diff`);
    }
  });
}
