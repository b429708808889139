// The HTTP API through Fastify's in-process requests (no socket): every route, its schema, its errors.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Value } from '@sinclair/typebox/value';
import type { TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { AnalysisSchema } from '../../src/server/schemas/analysis.js';
import { EntityProfileSchema, EventRowSchema, QuoteRowSchema, SearchResultSchema, StorySchema } from '../../src/server/schemas/store.js';
import type { Store } from '../../src/store/types.js';
import { EVENTS_ID, fixtureStore, HOSTILE_ID } from './fixture.js';

const TOKEN = 'test-token-123';
const AUTH = { authorization: `Bearer ${TOKEN}` };
/** A line of a JavaScript stack trace: never in a response. */
const STACK = /\n\s+at |\.ts:\d+|\.js:\d+/;

/** Asserts that `body` matches `schema`, naming the first mismatch. */
function conforms(schema: TSchema, body: unknown, what: string): void {
  const first = [...Value.Errors(schema, body)][0];
  assert.ok(!first, `${what}: ${first?.path} ${first?.message}`);
}

/** Asserts an error response: status, JSON code, no stack trace. */
function isError(r: { statusCode: number; body: string; headers: Record<string, unknown> }, status: number, code: string): void {
  assert.equal(r.statusCode, status, r.body);
  assert.match(String(r.headers['content-type']), /application\/json/);
  const b = JSON.parse(r.body) as { error: { code: string; message: string } };
  assert.equal(b.error.code, code);
  assert.ok(b.error.message.length > 0);
  assert.doesNotMatch(r.body, STACK);
}

describe('HTTP API (in-process)', () => {
  let app: FastifyInstance;
  let fx: Awaited<ReturnType<typeof fixtureStore>>;
  before(async () => {
    fx = await fixtureStore();
    app = await buildServer({ store: fx.store, token: TOKEN, allowedHosts: ['localhost', '127.0.0.1'], webRoot: null, log: () => {} });
  });
  after(async () => { await app.close(); await fx.done(); });
  const get = (url: string) => app.inject({ method: 'GET', url });
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload: payload as object, headers });

  test('health counts the stored rows', async () => {
    const r = await get('/api/health');
    assert.equal(r.statusCode, 200);
    const b = r.json();
    assert.equal(b.ok, true);
    assert.equal(b.store, 'sqlite');
    assert.equal(b.articles, 9);
  });

  test('the OpenAPI document lists every route with its schemas', async () => {
    const doc = (await get('/api/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/analyze', '/api/articles', '/api/articles/{id}', '/api/entities/{id}', '/api/quotes', '/api/events', '/api/stories', '/api/health']) assert.ok(doc.paths[p], p);
    assert.deepEqual(doc.paths['/api/articles'].post.security, [{ bearer: [] }]);
    assert.ok(doc.paths['/api/articles'].get.parameters.some((p: { name: string }) => p.name === 'cursor'));
  });

  test('search: accents ignored, filters, pages with a cursor', async () => {
    const r = await get('/api/articles?q=geneve&lang=fr');
    assert.equal(r.statusCode, 200);
    conforms(SearchResultSchema, r.json(), 'search');
    const hits = r.json().hits as { title: string; lang: string }[];
    assert.ok(hits.length >= 2);
    assert.ok(hits.every((h) => h.lang === 'fr'));
    const p1 = (await get('/api/articles?limit=3')).json();
    assert.equal(p1.hits.length, 3);
    assert.ok(p1.next);
    const p2 = (await get(`/api/articles?limit=3&cursor=${encodeURIComponent(p1.next)}`)).json();
    assert.equal(p2.hits.length, 3);
    assert.ok(!p2.hits.some((h: { id: string }) => p1.hits.some((x: { id: string }) => x.id === h.id)), 'pages do not repeat');
    const dated = (await get('/api/articles?from=2025-03-12&to=2025-03-13')).json().hits as { published: string }[];
    assert.ok(dated.length >= 2 && dated.every((h) => h.published >= '2025-03-12' && h.published <= '2025-03-13'));
  });

  test('search: query syntax and odd input never reach the database as syntax', async () => {
    for (const q of ['NEAR(methane', '"unclosed', 'methane*', '-geneva', "l'accord", 'a OR b AND', '%_\\']) {
      const r = await get(`/api/articles?q=${encodeURIComponent(q)}`);
      assert.equal(r.statusCode, 200, `${q}: ${r.body}`);
    }
  });

  test('bad query parameters: 400 with a code, no stack', async () => {
    isError(await get('/api/articles?limit=0'), 400, 'BAD_REQUEST');
    isError(await get('/api/articles?limit=100000'), 400, 'BAD_REQUEST');
    isError(await get('/api/articles?from=yesterday'), 400, 'BAD_REQUEST');
    isError(await get('/api/articles?lang=french'), 400, 'BAD_REQUEST');
    isError(await get(`/api/articles?q=${'x'.repeat(2000)}`), 400, 'BAD_REQUEST');
    isError(await get('/api/nothing-here'), 404, 'NO_SUCH_ROUTE');
  });

  test('one article: the full analysis; unknown id: 404', async () => {
    const r = await get(`/api/articles/${EVENTS_ID}`);
    assert.equal(r.statusCode, 200);
    conforms(AnalysisSchema, r.json(), 'article');
    assert.equal(r.json().events.length, 3);
    isError(await get('/api/articles/no-such-id'), 404, 'NO_SUCH_ARTICLE');
  });

  test('entity profile by name, across languages; unknown: 404', async () => {
    const r = await get('/api/entities/Maren%20Lindtvedt');
    assert.equal(r.statusCode, 200);
    conforms(EntityProfileSchema, r.json(), 'entity');
    const p = r.json();
    assert.ok(p.mentions.length >= 1);
    assert.deepEqual([...new Set(p.names.flatMap((n: { langs: string[] }) => n.langs))].sort(), ['en', 'fr']);
    isError(await get('/api/entities/Nobody%20Atall'), 404, 'NO_SUCH_ENTITY');
  });

  test('quotes by speaker, events by place and date, stories', async () => {
    const qs = (await get('/api/quotes?speaker=Lindtvedt')).json() as { speaker: string }[];
    assert.ok(qs.length >= 1);
    qs.forEach((q) => conforms(QuoteRowSchema, q, 'quote'));
    const ev = (await get('/api/events?place=Vienna')).json();
    assert.equal(ev.length, 1);
    conforms(EventRowSchema, ev[0], 'event');
    assert.equal(ev[0].place.name, 'Vienna');
    // the store's contract: from/to bound the event's date, or its article's publication date when it has none
    const wk = (await get('/api/events?from=2025-03-12&to=2025-03-12')).json() as { date: string | null; published: string | null }[];
    assert.ok(wk.length >= 1 && wk.every((e) => (e.date ?? e.published) === '2025-03-12'));
    assert.ok(wk.some((e) => e.date === '2025-03-12'));
    const st = (await get('/api/stories')).json();
    st.forEach((s: unknown) => conforms(StorySchema, s, 'story'));
    assert.ok(st.some((s: { langs: string[] }) => s.langs.includes('en') && s.langs.includes('fr')), 'a story in both languages');
  });

  test('analyze: text or HTML in, an analysis out, nothing stored', async () => {
    const before = (await get('/api/health')).json().articles;
    const r = await post('/api/analyze', { text: 'La ministre a déclaré mardi à Lyon : « Le chantier commencera en juin. »', published: '2025-03-11' });
    assert.equal(r.statusCode, 200, r.body);
    conforms(AnalysisSchema, r.json(), 'analysis');
    assert.equal(r.json().lang, 'fr');
    const page = '<html><head><title>Port news</title></head><body><article><h1>Harbour reopens</h1><p>The harbour of Brest reopened on Monday after a week of repairs to the main quay, the port authority said in a statement.</p><p>Fishing boats were the first to return.</p></article></body></html>';
    const rh = await post('/api/analyze', { html: page });
    assert.equal(rh.statusCode, 200, rh.body);
    assert.match(rh.json().text, /harbour of Brest/);
    assert.equal((await get('/api/health')).json().articles, before, 'nothing stored');
    isError(await post('/api/analyze', { text: 'a', html: '<p>b</p>' }), 400, 'BAD_REQUEST');
    isError(await post('/api/analyze', { url: 'https://example.org/' }), 400, 'BAD_REQUEST');
    isError(await post('/api/analyze', { text: '   ' }), 400, 'EMPTY_INPUT');
    isError(await post('/api/analyze', { text: 'x', published: 'someday' }), 400, 'BAD_DATE');
    isError(await post('/api/analyze', { text: 'x', extra: 1 }), 400, 'BAD_REQUEST');
    isError(await app.inject({ method: 'POST', url: '/api/analyze', payload: '{"text": ', headers: { 'content-type': 'application/json' } }), 400, 'BAD_JSON');
    isError(await app.inject({ method: 'POST', url: '/api/analyze', payload: 'text', headers: { 'content-type': 'text/plain' } }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('ingest needs the bearer token; stores once; refuses private addresses', async () => {
    const body = { text: 'Le port de Brest a rouvert lundi après une semaine de travaux sur le quai principal, a annoncé la capitainerie.', published: '2025-03-10' };
    isError(await post('/api/articles', body), 401, 'UNAUTHORIZED');
    isError(await post('/api/articles', body, { authorization: 'Bearer wrong' }), 401, 'UNAUTHORIZED');
    isError(await post('/api/articles', body, { authorization: TOKEN }), 401, 'UNAUTHORIZED');
    const r = await post('/api/articles', body, AUTH);
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().results[0].status, 'new');
    assert.equal((await post('/api/articles', body, AUTH)).json().results[0].status, 'present');
    const id = r.json().results[0].id;
    assert.equal((await get(`/api/articles/${id}`)).statusCode, 200);
    for (const url of ['http://127.0.0.1:9/x', 'http://localhost/', 'http://10.0.0.1/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data/']) {
      isError(await post('/api/articles', { url }, AUTH), 403, 'PRIVATE_ADDRESS');
    }
    isError(await post('/api/articles', { url: 'file:///etc/passwd' }, AUTH), 400, 'BAD_REQUEST');
  });

  test('Host guard: another name pointed at the loopback is refused', async () => {
    isError(await app.inject({ method: 'GET', url: '/api/health', headers: { host: 'attacker.example' } }), 403, 'FORBIDDEN_HOST');
    assert.equal((await app.inject({ method: 'GET', url: '/api/health', headers: { host: '127.0.0.1:8080' } })).statusCode, 200);
  });
});

describe('HTTP API limits and faults', () => {
  test('a body over the limit: 413 TOO_LARGE', async () => {
    const fx = await fixtureStore();
    const app = await buildServer({ store: fx.store, token: TOKEN, bodyLimit: 1000, webRoot: null });
    try {
      isError(await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'a'.repeat(5000) } }), 413, 'TOO_LARGE');
    } finally { await app.close(); await fx.done(); }
  });

  test('a store fault: 500 INTERNAL, logged, no detail or stack to the client', async () => {
    const logged: string[] = [];
    const broken = { kind: 'sqlite', search: async () => { throw new Error('secret path /var/db/x.db exploded'); } } as unknown as Store;
    const app = await buildServer({ store: broken, token: TOKEN, webRoot: null, log: (m) => logged.push(m) });
    const r = await app.inject({ method: 'GET', url: '/api/articles?q=x' });
    isError(r, 500, 'INTERNAL');
    assert.doesNotMatch(r.body, /secret|exploded/);
    assert.match(logged.join('\n'), /exploded/);
    await app.close();
  });

  test('the UI is served with a strict Content-Security-Policy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veille-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    const app = await buildServer({ store: {} as Store, token: TOKEN, webRoot: dir });
    try {
      const r = await app.inject({ method: 'GET', url: '/' });
      assert.equal(r.statusCode, 200);
      assert.match(String(r.headers['content-type']), /text\/html/);
      assert.match(String(r.headers['content-security-policy']), /script-src 'self'/);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.equal((await app.inject({ method: 'GET', url: '/', headers: { 'if-none-match': String(r.headers.etag) } })).statusCode, 304);
      isError(await app.inject({ method: 'GET', url: '/../package.json' }), 404, 'NOT_FOUND');
    } finally { await app.close(); rmSync(dir, { recursive: true, force: true }); }
  });
});

void HOSTILE_ID;
