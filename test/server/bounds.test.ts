// Work bounded per request: search page size, query length, and queries that cannot match answered at once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app.js';
import { MAX_SEARCH_LIMIT } from '../../src/server/schemas/store.js';
import type { SearchQuery, Store } from '../../src/store/types.js';

describe('search bounds', () => {
  let app: FastifyInstance;
  const asked: SearchQuery[] = [];
  before(async () => {
    // a stub store: records what reaches it
    const store = { kind: 'sqlite', search: async (q: SearchQuery) => { asked.push(q); return { hits: [], next: null }; } } as unknown as Store;
    app = await buildServer({ store, token: 't', webRoot: null, log: () => undefined });
  });
  after(async () => { await app.close(); });

  const rows: [string, number, boolean][] = [
    // [url, status, reaches the store]
    [`/api/articles?limit=${MAX_SEARCH_LIMIT}`, 200, true],
    [`/api/articles?limit=${MAX_SEARCH_LIMIT + 1}`, 400, false],
    ['/api/articles?q=Gen%C3%A8ve', 200, true],
    ['/api/articles?q=2024', 200, true],
    ['/api/articles?q=%3F!%20--', 200, false],
    ['/api/articles?q=%22%20%22&entity=OSCE', 200, false],
    [`/api/articles?q=${'a'.repeat(1001)}`, 400, false],
  ];
  for (const [url, status, reaches] of rows) {
    test(`${url.slice(0, 60)} → ${status}${reaches ? '' : ', store untouched'}`, async () => {
      const n = asked.length;
      const r = await app.inject({ method: 'GET', url });
      assert.equal(r.statusCode, status, r.body);
      assert.equal(asked.length - n, reaches ? 1 : 0);
      if (status === 200) assert.deepEqual(r.json(), { hits: [], next: null });
    });
  }
});
