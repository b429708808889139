// The response cache: hits only while nothing was written, through the API or by another connection; bounded.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { ResponseCache, sqliteChangeStamp } from '../../src/server/cache.js';
import { ReaderPool, pooledStore } from '../../src/server/readers.js';
import { openStore } from '../../src/store/index.js';
import { analysis } from '../store/fixtures.js';
import { fixtureStore } from './fixture.js';

const TOKEN = 'cache-token';
const AUTH = { authorization: `Bearer ${TOKEN}` };

describe('response cache', () => {
  let fx: Awaited<ReturnType<typeof fixtureStore>>;
  let pool: ReaderPool;
  let cache: ResponseCache;
  let app: FastifyInstance;
  const get = (url: string) => app.inject({ method: 'GET', url });
  before(async () => {
    fx = await fixtureStore();
    pool = await ReaderPool.start({ db: fx.path, size: 1 });
    cache = new ResponseCache(1024 * 1024, sqliteChangeStamp(fx.path));
    app = await buildServer({ store: pooledStore(fx.store, pool), token: TOKEN, webRoot: null, log: () => undefined, cache });
  });
  after(async () => { await app.close(); await pool.close(); await fx.done(); });

  test('the same GET twice: a miss then a hit with the same body', async () => {
    const a = await get('/api/articles?q=Vienna'), b = await get('/api/articles?q=Vienna');
    assert.equal(a.statusCode, 200);
    assert.deepEqual([a.headers['x-cache'], b.headers['x-cache']], ['miss', 'hit']);
    assert.equal(b.body, a.body);
    assert.equal(JSON.parse(b.body).hits.length > 0, true);
  });

  test('a write through the API: the next GET is answered afresh and shows it', async () => {
    await get('/api/articles?q=Tromsø');
    assert.equal((await get('/api/articles?q=Tromsø')).headers['x-cache'], 'hit');
    const w = await app.inject({ method: 'POST', url: '/api/articles', headers: AUTH,
      payload: { id: 'cache-api-write', lang: 'en', published: '2025-05-06', text: 'The port of Tromsø reopened on Tuesday after a storm closed it for three days, the harbour master said.' } });
    assert.equal(w.statusCode, 201, w.body);
    const r = await get('/api/articles?q=Tromsø');
    assert.equal(r.headers['x-cache'], 'miss');
    assert.deepEqual(JSON.parse(r.body).hits.map((h: { id: string }) => h.id), ['cache-api-write']);
  });

  test('a write by another connection (another process) is seen too', async () => {
    await get('/api/articles?q=Gdańsk');
    assert.equal((await get('/api/articles?q=Gdańsk')).headers['x-cache'], 'hit');
    const other = await openStore(fx.path);
    try {
      await other.put(analysis({ id: 'cache-other-write', lang: 'en', published: '2025-05-07', title: 'Shipyard orders rise in Gdańsk',
        text: 'The shipyard in Gdańsk won two new orders for ferries on Wednesday.', entities: [], events: [], dates: [] }));
    } finally { await other.close(); }
    const r = await get('/api/articles?q=Gdańsk');
    assert.equal(r.headers['x-cache'], 'miss');
    assert.deepEqual(JSON.parse(r.body).hits.map((h: { id: string }) => h.id), ['cache-other-write']);
  });

  test('errors are not cached; POST /api/analyze neither reads nor clears it', async () => {
    assert.equal((await get('/api/articles?cursor=bad')).statusCode, 400);
    assert.equal((await get('/api/articles?cursor=bad')).headers['x-cache'], 'miss');
    await get('/api/stories');
    await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'The mayor of Ghent opened a bridge on Monday.' } });
    assert.equal((await get('/api/stories')).headers['x-cache'], 'hit');
  });
});

describe('response cache bounds', () => {
  const ticketed = (c: ResponseCache, k: string, body: string) => c.set(k, body, c.begin());

  test('bytes stay under the bound; the least recently used goes first', () => {
    const c = new ResponseCache(100_000, () => 'same');
    for (let i = 0; i < 100; i++) ticketed(c, `/u${i}`, 'x'.repeat(4000));
    assert.ok(c.size <= 12, String(c.size));
    assert.equal(c.get('/u99', c.begin()), 'x'.repeat(4000));
    assert.equal(c.get('/u0', c.begin()), undefined);
  });

  test('a body over a tenth of the bound is not kept', () => {
    const c = new ResponseCache(100_000, () => 'same');
    ticketed(c, '/big', 'x'.repeat(6000));
    assert.equal(c.size, 0);
  });

  test('no change stamp (not WAL): nothing cached; a body computed before a clear is dropped', () => {
    const none = new ResponseCache(100_000, () => null);
    ticketed(none, '/a', '{}');
    assert.equal(none.get('/a', none.begin()), undefined);
    const c = new ResponseCache(100_000, () => 'same');
    const t = c.begin();
    c.clear();
    c.set('/a', '{}', t);
    assert.equal(c.size, 0);
  });

  test('a changed stamp clears the cache', () => {
    let stamp = 'one';
    const c = new ResponseCache(100_000, () => stamp);
    ticketed(c, '/a', '{}');
    assert.equal(c.get('/a', c.begin()), '{}');
    stamp = 'two';
    assert.equal(c.get('/a', c.begin()), undefined);
  });
});
