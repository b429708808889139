// npm run golden: rewrites each golden article's snapshot (<name>.expected.json) from the current analysis.
// A changed snapshot is reviewed like code: `git diff test/golden` shows what the change did to each article.
import { writeFileSync } from 'node:fs';
import { analyseGolden, goldenArticles } from './articles.js';

for (const a of goldenArticles()) {
  writeFileSync(a.expectedPath, JSON.stringify(analyseGolden(a), null, 1) + '\n');
  process.stdout.write(`wrote ${a.rel.replace(/\.txt$/, '.expected.json')}\n`);
}
