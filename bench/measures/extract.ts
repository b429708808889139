// HTML extraction speed: pages/s of veille's extractor (cascade: strip, metadata, prune, Readability, line
// filters) vs plain Readability.js over linkedom on the same pages in the same process run, as a ratio
// (issue 6 target ≥ 1.0×). Also the dates: pages given a date, and dates that disagree with the page's
// own JSON-LD datePublished (target 0 invented). Needs ../shared/corpora/article-extraction.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseStatedDate } from '../../src/ingest/dates.js';
import { extractHtml } from '../../src/ingest/html/extract.js';
import { readJsonLd } from '../../src/ingest/html/jsonld.js';
import { prepareHtml } from '../../src/ingest/html/prepare.js';
import { rate, target, type Measure, type MeasureResult } from '../lib/measure.js';

/** Timed passes each; the best is kept (the machine is shared). */
const PASSES = 3;
/** Issue 6: at least as fast as plain Readability on the same pages. */
const TARGET_RATIO = 1.0;

function best(f: () => void): number {
  const t0 = performance.now();
  f();
  return (performance.now() - t0) / 1000;
}

/** Readability.js alone, as its README uses it (over linkedom here). */
function plainReadability(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as never).parse()?.textContent ?? '';
}

/** The extract measure. */
export const extractMeasure: Measure = {
  name: 'extract',
  async run(ctx): Promise<MeasureResult> {
    if (!ctx.shared) return { lines: ['extract   skipped (no ../shared/corpora/article-extraction)'], figures: {} };
    const dir = join(ctx.shared, 'corpora', 'article-extraction', 'html');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
    // interleaved passes, so that load from other work on the machine hits both sides alike
    let ours = Infinity, theirs = Infinity;
    for (let i = 0; i < PASSES; i++) {
      ours = Math.min(ours, best(() => { for (const p of pages) extractHtml(p); }));
      theirs = Math.min(theirs, best(() => { for (const p of pages) plainReadability(p); }));
    }
    let dated = 0, withLd = 0, disagree = 0;
    for (const p of pages) {
      const a = extractHtml(p);
      if (!a.published) continue;
      dated++;
      const ld = parseStatedDate(readJsonLd(prepareHtml(p).jsonLd).datePublished);
      if (!ld) continue;
      withLd++;
      if (ld.slice(0, 10) !== a.published.slice(0, 10)) disagree++;
    }
    const ratio = theirs / ours;
    return {
      lines: [
        `extract   ${rate(pages.length / ours)} pages/s  (Readability.js ${rate(pages.length / theirs)} pages/s, ratio ${ratio.toFixed(2)}×) ${target(ratio >= TARGET_RATIO, `≥ ${TARGET_RATIO}×`)}`,
        `  dates: ${dated} of ${pages.length} pages dated; ${withLd} of them have a JSON-LD datePublished we read, ${disagree} disagree ${target(disagree === 0, '0 wrong')}`,
      ],
      figures: { pages: pages.length, pages_per_s: pages.length / ours, readability_pages_per_s: pages.length / theirs, ratio, dated, dated_with_jsonld: withLd, dates_disagreeing: disagree },
    };
  },
};
