// Feeds: RSS 2.0, Atom and RSS 1.0/RDF written for this project; stable ids; XML bombs refused.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { feedArticles, parseFeed, readArticleFile } from '../../src/ingest/index.js';
import { ROOT } from '../helpers.js';

const FIX = join(ROOT, 'test', 'fixtures', 'ingest');

test('RSS 2.0: items with guid, date, author, language, full content; no-guid id from the link', () => {
  const arts = readArticleFile(join(FIX, 'feed-rss2.xml'));
  assert.equal(arts.length, 2, 'the item with no text gives no article');
  const [a, b] = arts;
  assert.equal(a!.title, 'Le ferry pour Bastia reprend ses rotations');
  assert.equal(a!.source, 'https://gazette-port.example/ferry-bastia');
  assert.equal(a!.published, '2024-03-04T08:15:00+01:00');
  assert.equal(a!.meta?.itemId, 'gazette-4512');
  assert.deepEqual(a!.meta?.authors, ['Paul Orsini']);
  assert.equal(a!.meta?.declaredLang, 'fr');
  assert.ok(a!.text.includes('« Les réservations sont déjà pleines pour le week-end »'));
  assert.ok(!a!.text.includes('Lire aussi'));
  assert.equal(a!.meta?.description, "Après dix jours d'arrêt, la liaison reprend lundi.");
  assert.equal(b!.text, 'Syndicats et direction se retrouveront jeudi à la capitainerie.');
  assert.match(b!.meta!.itemId!, /^link:[0-9a-f]{16}$/);
  assert.equal(readArticleFile(join(FIX, 'feed-rss2.xml'))[1]!.meta?.itemId, b!.meta?.itemId, 'stable id');
});

test('Atom: alternate link, id, published, author name, xhtml content', () => {
  const [a] = readArticleFile(join(FIX, 'feed-atom.atom'));
  assert.equal(a!.source, 'https://valley-ledger.example/bridge-repairs');
  assert.equal(a!.meta?.itemId, 'tag:valley-ledger.example,2024:77');
  assert.equal(a!.published, '2024-03-05T07:30:00-05:00');
  assert.deepEqual(a!.meta?.authors, ['Dana Whitfield']);
  assert.equal(a!.text, 'Main Street will close to traffic for four weeks from Monday while crews replace the deck of the river bridge, the county said.\nBuses will follow a detour through Oak Avenue.');
});

test('RSS 1.0 / RDF: rdf:about as id, dc:date, dc:creator, channel language', () => {
  const [a] = readArticleFile(join(FIX, 'feed-rdf.rdf'));
  assert.equal(a!.meta?.itemId, 'https://lettre-agricole.example/vendanges-2023');
  assert.equal(a!.published, '2023-08-28');
  assert.deepEqual(a!.meta?.authors, ['Hélène Keller']);
  assert.equal(a!.meta?.declaredLang, 'fr');
});

// [name, feed text, error code]
const BAD: Array<[string, string, string]> = [
  ['billion laughs', `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><rss><channel><item><title>&lol2;</title><description>&lol2;</description></item></channel></rss>`, 'BAD_FEED'],
  ['external entity', `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&xxe;</description></item></channel></rss>`, 'BAD_FEED'],
  ['not a feed', `<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>`, 'BAD_FEED'],
];
for (const [name, xml, code] of BAD) {
  test(`bad feed: ${name} is refused with ${code}`, () => {
    assert.throws(() => parseFeed(xml), (e: { code?: string }) => e.code === code);
  });
}

test('an undeclared entity stays literal text, never expanded', () => {
  const f = parseFeed('<rss><channel><item><title>A &lol9; B</title><description>Text &amp; more.</description></item></channel></rss>');
  assert.equal(f.items[0]!.title, 'A &lol9; B');
  assert.equal(feedArticles(f, 'x')[0]!.text, 'Text & more.');
});

test('deeply nested and truncated feeds parse in bounded time', () => {
  const deep = `<rss><channel><item><description>${'<x>'.repeat(100_000)}deep${'</x>'.repeat(100_000)}</description></item></channel></rss>`;
  assert.equal(parseFeed(deep).items.length, 1);
  const cut = '<rss><channel><item><title>One</title><description>Complete.</description></item><item><title>Tw';
  assert.equal(parseFeed(cut).items.length, 1);
});
