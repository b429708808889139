// URL ingest against a loopback server (127.0.0.1, with allowPrivate): charsets, gzip/br, redirects,
// timeouts, size limits, private addresses refused by default. No other host is ever contacted.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { isPrivateAddress } from '../../src/ingest/address.js';
import { fetchUrl, urlArticles } from '../../src/ingest/index.js';

const BODY = `<p>Le conseil municipal de Besançon a voté jeudi soir la gratuité des transports en commun pour les moins de 18 ans, à partir de la rentrée de septembre.</p>
<p>La mesure coûtera environ 1,2 million d'euros par an, financés par une hausse du versement mobilité, a précisé l'adjointe chargée des déplacements.</p>`;
const page = (head: string) => `<!DOCTYPE html><html lang="fr"><head>${head}<title>Transports gratuits pour les jeunes</title></head><body><article>${BODY}</article></body></html>`;
const latin1 = (s: string) => Buffer.from(new Uint8Array([...s].map((c) => { const n = c.charCodeAt(0); return n < 256 ? n : 63; })));

let server: Server;
let base = '';
const hanging: Array<() => void> = [];
before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/utf8') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page('')); }
    else if (path === '/cp1252-header') { res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }); res.end(latin1(page(''))); }
    else if (path === '/latin1-meta') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(latin1(page('<meta charset="iso-8859-1">'))); }
    else if (path === '/gzip') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }); res.end(gzipSync(page(''))); }
    else if (path === '/br') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'br' }); res.end(brotliCompressSync(page(''))); }
    else if (path === '/bomb') { res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }); res.end(gzipSync(Buffer.alloc(60_000_000, 32))); }
    else if (path === '/r1') { res.writeHead(301, { location: '/r2' }); res.end(); }
    else if (path === '/r2') { res.writeHead(302, { location: `${base}/utf8` }); res.end(); }
    else if (path.startsWith('/loop')) { res.writeHead(302, { location: `/loop${Number(path.slice(5) || 0) + 1}` }); res.end(); }
    else if (path === '/big') { res.writeHead(200, { 'content-type': 'text/html' }); res.end(page('') + ' '.repeat(50_000)); }
    else if (path === '/never') { hanging.push(() => res.destroy()); }
    else if (path === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss version="2.0"><channel><title>Fil</title><item><title>Un</title><link>https://a.example/1</link><description>Premier article du fil.</description></item></channel></rss>');
    } else { res.writeHead(404); res.end('not found'); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => { for (const h of hanging) h(); server.close(); });

const OPT = { allowPrivate: true, timeoutMs: 3000 };

// [path, expected substring of the body]
const PAGES: Array<[string, string]> = [
  ['/utf8', 'Le conseil municipal de Besançon'],
  ['/cp1252-header', 'Le conseil municipal de Besançon'],
  ['/latin1-meta', 'à partir de la rentrée de septembre'],
  ['/gzip', 'gratuité des transports'],
  ['/br', 'gratuité des transports'],
  ['/r1', 'Le conseil municipal de Besançon'],
];
for (const [path, want] of PAGES) {
  test(`fetches ${path}`, async () => {
    const [a] = await urlArticles(base + path, OPT);
    assert.ok(a!.text.includes(want), a!.text.slice(0, 80));
    assert.equal(a!.source, base + path);
    assert.equal(a!.title, 'Transports gratuits pour les jeunes');
    assert.ok(a!.meta?.captured, 'fetch time kept as capture metadata');
    assert.equal(a!.published, undefined, 'no date stated, none invented');
  });
}

test('a feed URL gives one article a item', async () => {
  const arts = await urlArticles(`${base}/feed`, OPT);
  assert.equal(arts.length, 1);
  assert.equal(arts[0]!.text, 'Premier article du fil.');
});

// [path, options, error code]
const FAILS: Array<[string, object, string]> = [
  ['/utf8', { timeoutMs: 3000 }, 'PRIVATE_ADDRESS'],
  ['/loop0', OPT, 'FETCH_FAILED'],
  ['/never', { ...OPT, timeoutMs: 400 }, 'FETCH_FAILED'],
  ['/big', { ...OPT, maxBytes: 10_000 }, 'TOO_LARGE'],
  ['/bomb', OPT, 'TOO_LARGE'],
  ['/missing', OPT, 'FETCH_FAILED'],
];
for (const [path, opt, code] of FAILS) {
  test(`${path} fails with ${code}`, async () => {
    const t0 = Date.now();
    await assert.rejects(fetchUrl(base + path, opt), (e: { code?: string; message: string }) => e.code === code && e.message.includes(path.slice(0, 5)));
    assert.ok(Date.now() - t0 < 5000);
  });
}

test('localhost by name is refused too (checked on the resolved address)', async () => {
  const port = new URL(base).port;
  await assert.rejects(fetchUrl(`http://localhost:${port}/utf8`, { timeoutMs: 3000 }), (e: { code?: string }) => e.code === 'PRIVATE_ADDRESS');
});

// [address, private?]
const ADDRESSES: Array<[string, boolean]> = [
  ['127.0.0.1', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.32.0.1', false], ['192.168.1.1', true],
  ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true], ['8.8.8.8', false], ['93.184.216.34', false],
  ['::1', true], ['fe80::1', true], ['fd00::1', true], ['::ffff:127.0.0.1', true], ['2001:4860:4860::8888', false], ['not-an-ip', true],
];
test('private, loopback and link-local addresses', () => {
  for (const [ip, want] of ADDRESSES) assert.equal(isPrivateAddress(ip), want, ip);
});
