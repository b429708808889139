// The API on a real socket (127.0.0.1, a free port): reads, a token-guarded write of a URL served locally
// (private addresses allowed for this test only), and the connection closing cleanly.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { buildServer } from '../../src/server/app.js';
import { fixtureStore } from './fixture.js';

const PAGE = `<!doctype html><html lang="en"><head><title>Quay repairs finished in Brest</title>
<meta property="og:site_name" content="Harbour Gazette"></head><body><nav>Home | News</nav><article><h1>Quay repairs finished in Brest</h1>
<p>Repairs to the main quay of the port of Brest were finished on Tuesday, two days ahead of schedule, the port authority said.</p>
<p>“The fishing fleet can land its catch again from tomorrow,” harbour master Yannick Le Goff told reporters on the quay.</p>
</article><footer>© Harbour Gazette</footer></body></html>`;

test('real socket: health, search, and ingest of a URL with the token', async () => {
  const fx = await fixtureStore();
  const page: Server = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(PAGE); });
  await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
  const app = await buildServer({ store: fx.store, token: 'tok', allowPrivate: true, allowedHosts: ['127.0.0.1'], webRoot: null });
  try {
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${base}/api/health`);
    assert.equal(health.status, 200);
    assert.equal((await health.json() as { ok: boolean }).ok, true);
    const found = await (await fetch(`${base}/api/articles?q=${encodeURIComponent('méthane')}`)).json() as { hits: unknown[] };
    assert.ok(found.hits.length >= 3);
    const pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/news/quay`;
    const denied = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: pageUrl }) });
    assert.equal(denied.status, 401);
    const r = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer tok' }, body: JSON.stringify({ url: pageUrl, published: '2025-03-11' }) });
    assert.equal(r.status, 201, await r.clone().text());
    const { results } = await r.json() as { results: { id: string; status: string }[] };
    assert.equal(results[0]!.status, 'new');
    const a = await (await fetch(`${base}/api/articles/${results[0]!.id}`)).json() as { title: string; text: string; published: string };
    assert.equal(a.title, 'Quay repairs finished in Brest');
    assert.equal(a.published, '2025-03-11');
    assert.doesNotMatch(a.text, /Home \| News|©/);
  } finally {
    await app.close();
    await new Promise((r) => page.close(r));
    await fx.done();
  }
});
