// The conformance suite on PostgreSQL (URL from VEILLE_TEST_PG_URL, which .ci/run sets); one schema a test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { latestVersion, migrations } from '../../src/store/migrate.js';
import { analysis } from './fixtures.js';
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

test('postgres: a schema-1 database is migrated, its articles read back whole (body inside the JSON)', { skip: SKIP }, async () => {
  const schema = `${PREFIX}${++n}`;
  schemas.push(schema);
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  const a = analysis({ id: 'old-1', lang: 'fr', published: '2021-05-04', title: 'Crue de la Loire',
    text: 'La Loire a débordé mardi à Orléans, où les quais ont été fermés par la préfecture.' });
  try {
    await c.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}, public; SET client_min_messages = warning`);
    await c.query('CREATE TABLE veille_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)');
    await c.query(migrations('postgres')[0]!.sql);
    await c.query("INSERT INTO veille_schema VALUES (1, 'init', 'x'); INSERT INTO sources (id, name) VALUES (1, 'unknown')");
    await c.query(`INSERT INTO articles (id, source_id, title, lang, published, day, quality, flags, minhash, tkeys, analysis, tsv)
      VALUES ($1, 1, $2, 'fr', $3, $3, 1, '', NULL, '[]', $4, to_tsvector('french', public.unaccent($5)))`, [a.id, a.title, a.published, JSON.stringify(a), a.text]);
  } finally { await c.end(); }
  const s = await openStore(URL!, { schema });
  try {
    assert.equal((await s.stats()).schemaVersion, latestVersion('postgres'));
    assert.deepEqual(await s.get('old-1'), a);
    assert.equal((await s.search({ q: 'orleans' })).hits[0]?.snippet.includes('Orléans'), true);
  } finally { await s.close(); }
});

test('postgres: drop the test schemas', { skip: SKIP }, async () => {
  const c = new pg.Client({ connectionString: URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await c.end();
});
