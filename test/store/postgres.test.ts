// The conformance suite on PostgreSQL (URL from VEILLE_TEST_PG_URL, which .ci/run sets); one schema a test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { conformance } from './conformance.js';

const URL = process.env.VEILLE_TEST_PG_URL;
const SKIP = URL ? false : 'VEILLE_TEST_PG_URL is not set (.ci/run sets it to the local PostgreSQL)';
if (SKIP) process.stdout.write(`# postgres store tests skipped: ${SKIP}\n`);

const PREFIX = `veille_t${process.pid}_`;
let n = 0;
const schemas: string[] = [];

conformance('postgres', async () => {
  const schema = `${PREFIX}${++n}`;
  schemas.push(schema);
  return openStore(URL!, { schema });
}, SKIP);

test('postgres: an unreachable server is a clear error', async () => {
  await assert.rejects(openStore('postgres://nobody@127.0.0.1:1/none'), /could not be reached/);
});

test('postgres: drop the test schemas', { skip: SKIP }, async () => {
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await c.end();
});
