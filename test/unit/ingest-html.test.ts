// HTML ingest: pages written for this project (test/fixtures/ingest), metadata sources, dates never
// invented, and bad input (malformed, truncated, deeply nested, script-only, huge).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { batchRecord, extractHtml, readArticleFile } from '../../src/ingest/index.js';
import { parseStatedDate } from '../../src/ingest/dates.js';
import { ROOT } from '../helpers.js';

const FIX = join(ROOT, 'test', 'fixtures', 'ingest');

// [page, lines that must be in the body, lines that must not]
const PAGES: Array<[string, string[], string[]]> = [
  ['article-fr.html',
    ['Les pompiers du Gard ont évacué 240 habitants', '« Nous n\'avions pas vu une telle montée des eaux depuis 2002 »', 'de nouvelles averses sont attendues pendant le week-end.'],
    ['Partager sur Facebook', 'Publié le 18 octobre', 'Photo : Jean Martin', 'Lire aussi', 'Recevez chaque matin', 'Claire Vidal est journaliste', 'Sécheresse : les restrictions', 'Tous droits réservés', 'Accueil']],
  ['article-en.html',
    ['worth about £2,400 a year', '“It was a hard fight, but our members held firm,” said regional organiser Sarah Okafor.', 'about a fifth of imported goods.'],
    ['By Tom Hughes', 'Cranes stand idle', 'READ MORE', 'Share on Facebook', 'Port strike ends after three weeks\n']],
];

for (const [file, must, mustNot] of PAGES) {
  test(`extracts the article of ${file}`, () => {
    const [a] = readArticleFile(join(FIX, file));
    for (const m of must) assert.ok(a!.text.includes(m), `missing: ${m}`);
    for (const m of mustNot) assert.ok(!a!.text.includes(m), `leaked: ${m}`);
    assert.ok(!a!.text.includes('\n\n'), 'one paragraph a line');
  });
}

test('metadata from JSON-LD @graph, Open Graph, canonical link and <html lang>', () => {
  const [fr] = readArticleFile(join(FIX, 'article-fr.html'));
  assert.equal(fr!.title, 'Inondations dans le Gard : trois communes sinistrées');
  assert.equal(fr!.published, '2023-10-18T06:45:00+02:00');
  assert.deepEqual(fr!.meta?.authors, ['Claire Vidal']);
  assert.equal(fr!.meta?.siteName, 'Le Courrier du Sud');
  assert.equal(fr!.meta?.canonicalUrl, 'https://courrier-du-sud.example/gard/inondations-trois-communes');
  assert.equal(fr!.meta?.declaredLang, 'fr');
  const [en] = readArticleFile(join(FIX, 'article-en.html'));
  assert.equal(en!.published, '2024-02-06T14:10:00Z');
  assert.deepEqual(en!.meta?.authors, ['Tom Hughes']);
});

const BODY = '<p>The council approved the new budget on Thursday after a debate that lasted more than four hours and ended with a narrow vote.</p><p>Opposition members said the plan cut too deeply into library funding, while the mayor called it a responsible compromise for the city.</p>';
// [head and body markup, expected published (null: the page states no date)]
const DATES: Array<[string, string | null]> = [
  [`<html><head><title>Budget</title></head><body><article>${BODY}</article></body></html>`, null],
  // a date in the URL or in the text is not a publication date the page states as such
  [`<html><body><article><p>Posted in 2019.</p>${BODY}<p>See you on 12 March 2021.</p></article></body></html>`, null],
  [`<html><body><article><time datetime="2021-03-04T10:00:00Z" class="published">4 March</time>${BODY}</article></body></html>`, '2021-03-04T10:00:00Z'],
  [`<html><body><article><time datetime="2021-03-04">4 March</time>${BODY}</article></body></html>`, null],
  [`<html><head><meta name="dc.date" content="2020-11-02"></head><body>${BODY}</body></html>`, '2020-11-02'],
  [`<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script></head><body>${BODY}</body></html>`, null],
];

test('a date only when the page states it, never invented', () => {
  for (const [html, want] of DATES) assert.equal(extractHtml(html).published ?? null, want, html.slice(0, 120));
});

// [stated date, parsed]
const DATE_STRINGS: Array<[string, string | null]> = [
  ['2019-05-12T23:30:00-04:00', '2019-05-12T23:30:00-04:00'],
  ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00Z'],
  ['November 19, 2019', '2019-11-19'],
  ['20191119', '2019-11-19'],
  ['2019/11/19', '2019-11-19'],
  ['2019-02-30', null],
  ['yesterday', null],
  ['0001-01-01T00:00:00Z', null],
];
test('stated dates parse as written, impossible ones do not', () => {
  for (const [s, want] of DATE_STRINGS) assert.equal(parseStatedDate(s), want, s);
});

test('batch lines carry html (+url): source filled, the line\'s own fields win', () => {
  const rec = batchRecord({ id: 'p1', html: `<html><head><meta property="article:published_time" content="2022-05-01"></head><body>${BODY}</body></html>`, url: 'https://news.example/budget' });
  assert.equal(rec.id, 'p1');
  assert.equal(rec.source, 'https://news.example/budget');
  assert.equal(rec.published, '2022-05-01');
  assert.ok(rec.text.startsWith('The council approved'));
  const own = batchRecord({ id: 'p2', html: `<html><body>${BODY}</body></html>`, published: '2022-06-01' });
  assert.equal(own.published, '2022-06-01');
});

// [name, page, expectation: a substring of the body, or the error code]
const BAD: Array<[string, () => string, string]> = [
  ['malformed', () => `<html><body><div><p>Unclosed <b>bold <i>and italic ${BODY}</div></span></table>`, 'The council approved'],
  ['truncated', () => `<html><body><article>${BODY}<p>The vote was 23 to 21, with two abs`, 'The council approved'],
  ['script only', () => '<html><head><script>document.write("<p>hello</p>")</script></head><body><script>var x = 1;</script></body></html>', 'NO_ARTICLE'],
  ['100k nested divs', () => `<html><body>${'<div>'.repeat(100_000)}${BODY}${'</div>'.repeat(100_000)}</body></html>`, 'The council approved'],
  ['unclosed tags, no >', () => `<html><body>${'<a'.repeat(200_000)}${BODY}`, ''],
];
for (const [name, page, want] of BAD) {
  test(`bad page: ${name} — a clear result, never a crash`, () => {
    const t0 = Date.now();
    try {
      const a = batchRecord({ id: name, html: page() });
      assert.ok(a.text.includes(want), `body should include "${want}"`);
    } catch (e) {
      assert.equal((e as { code?: string }).code, want, (e as Error).message);
    }
    assert.ok(Date.now() - t0 < 10_000, 'bounded time');
  });
}

test('a 50 MB page is refused or read in bounded time', () => {
  const big = `<html><body><article>${BODY.repeat(200_000)}</article></body></html>`;
  assert.ok(big.length > 40_000_000);
  const t0 = Date.now();
  assert.throws(() => batchRecord({ id: 'big', html: big }), (e: { code?: string }) => e.code === 'TOO_LARGE');
  assert.ok(Date.now() - t0 < 10_000);
});
