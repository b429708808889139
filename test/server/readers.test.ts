// The reader pool: reads on worker threads answer what the main thread's store answers, see writes at once,
// keep error codes across the thread boundary, and refuse work with a JSON 503 when saturated.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { CALLS_PER_READER, ReaderPool, pooledStore } from '../../src/server/readers.js';
import type { Store } from '../../src/store/types.js';
import { analysis } from '../store/fixtures.js';
import { EVENTS_ID, fixtureStore } from './fixture.js';

const TOKEN = 'readers-token';

describe('reader pool', () => {
  let fx: Awaited<ReturnType<typeof fixtureStore>>;
  let pool: ReaderPool;
  let store: Store;
  let app: FastifyInstance;
  before(async () => {
    fx = await fixtureStore();
    pool = await ReaderPool.start({ db: fx.path, size: 2 });
    store = pooledStore(fx.store, pool);
    app = await buildServer({ store, token: TOKEN, webRoot: null, log: () => undefined });
  });
  after(async () => { await app.close(); await pool.close(); await fx.done(); });

  test('reads on the readers equal reads on the main thread', async () => {
    for (const q of [{}, { q: 'Vienna' }, { q: 'genève' }, { entity: 'OSCE' }, { limit: 2 }]) {
      assert.deepEqual(await store.search(q), await fx.store.search(q), JSON.stringify(q));
    }
    assert.deepEqual(await store.get(EVENTS_ID), await fx.store.get(EVENTS_ID));
    assert.deepEqual(await store.stats(), await fx.store.stats());
    assert.equal(await store.get('no-such-article'), null);
  });

  test('a write on the main thread is seen by the next read', async () => {
    const before = (await store.stats()).articles;
    await store.put(analysis({ id: 'readers-new', lang: 'en', published: '2025-04-02', title: 'Harbour strike ends in Rotterdam',
      text: 'Dock workers in Rotterdam ended their strike on Wednesday after a pay agreement.', entities: [], events: [], dates: [] }));
    assert.equal((await store.stats()).articles, before + 1);
    assert.equal((await store.search({ q: 'Rotterdam' })).hits[0]?.id, 'readers-new');
  });

  test('store errors keep their code across threads (400, not 500)', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/articles?cursor=not-a-cursor' });
    assert.equal(r.statusCode, 400, r.body);
    assert.equal(r.json().error.code, 'BAD_QUERY');
  });

  test('a full backlog answers 503 SERVER_BUSY at once, with Retry-After', async () => {
    const tiny = await ReaderPool.start({ db: fx.path, size: 1, maxQueue: 0 });
    const busy = await buildServer({ store: pooledStore(fx.store, tiny), token: TOKEN, webRoot: null, log: () => undefined });
    try {
      const rs = await Promise.all(Array.from({ length: 5 }, () => busy.inject({ method: 'GET', url: '/api/articles?q=Vienna' })));
      // the one reader holds CALLS_PER_READER calls; nothing may wait
      assert.equal(rs.filter((r) => r.statusCode === 200).length, CALLS_PER_READER);
      for (const r of rs.filter((x) => x.statusCode !== 200)) {
        assert.equal(r.statusCode, 503);
        assert.equal(r.json().error.code, 'SERVER_BUSY');
        assert.equal(r.headers['retry-after'], '1');
      }
    } finally { await busy.close(); await tiny.close(); }
  });

  test('calls past the deadline answer 503 QUERY_TIMEOUT; the pool goes on', async () => {
    const slow = await ReaderPool.start({ db: fx.path, size: 1, timeoutMs: 0 });
    try {
      const out = await Promise.allSettled(Array.from({ length: 30 }, () => slow.call('search', [{ q: 'Vienna' }])));
      const codes = out.map((o) => o.status === 'fulfilled' ? 'ok' : (o.reason as { code: string }).code);
      assert.ok(codes.includes('QUERY_TIMEOUT'), codes.join(' '));
      assert.ok(codes.every((c) => c === 'ok' || c === 'QUERY_TIMEOUT'), codes.join(' '));
      assert.equal(slow.waiting, 0);
    } finally { await slow.close(); }
  });
});
