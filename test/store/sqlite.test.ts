// The conformance suite on SQLite (a new file a test), plus what only a file database can get wrong.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { latestVersion, migrations } from '../../src/store/migrate.js';
import { analysis } from './fixtures.js';
import { conformance } from './conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'veille-store-'));
let n = 0;
const fresh = (): string => join(dir, `t${++n}.db`);

conformance('sqlite', () => openStore(fresh()));
// again reading at most 4 matches of the news-ordered index before the full plan: filtered searches then fall back
conformance('sqlite small budget', () => openSqliteStore(fresh(), 4));

test('sqlite: a file that is not a database is refused, and left as it was', async () => {
  const f = fresh();
  writeFileSync(f, 'Ceci est un fichier texte, pas une base.\n'.repeat(200));
  await assert.rejects(openStore(f), /corrupt or not a SQLite database/);
});

test('sqlite: another application\'s database is refused, untouched', async () => {
  const f = fresh();
  const db = new Database(f);
  db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)');
  db.close();
  await assert.rejects(openStore(f), /not made by veille.*invoices/);
  const again = new Database(f);
  assert.deepEqual(again.prepare("SELECT name FROM sqlite_master WHERE type='table'").all(), [{ name: 'invoices' }]);
  again.close();
});

test('sqlite: a database from a newer schema version is refused', async () => {
  const f = fresh();
  await (await openStore(f)).close();
  const db = new Database(f);
  db.prepare("INSERT INTO veille_schema (version, name, applied) VALUES (999, 'future', 'x')").run();
  db.close();
  await assert.rejects(openStore(f), /newer veille.*999/);
});

test('sqlite: WAL mode and a schema version', async () => {
  const f = fresh();
  const s = await openStore(f);
  assert.equal((await s.stats()).schemaVersion, latestVersion('sqlite'));
  await s.close();
  const db = new Database(f);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
});

test('sqlite: a schema-1 database is migrated, its articles read back whole (body inside the JSON)', async () => {
  const f = fresh();
  const db = new Database(f);
  db.exec('CREATE TABLE veille_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)');
  db.exec(migrations('sqlite')[0]!.sql);
  db.prepare("INSERT INTO veille_schema VALUES (1, 'init', 'x')").run();
  const a = analysis({ id: 'old-1', lang: 'fr', published: '2021-05-04', title: 'Crue de la Loire',
    text: 'La Loire a débordé mardi à Orléans, où les quais ont été fermés par la préfecture.' });
  db.prepare("INSERT INTO sources (id, name) VALUES (1, 'unknown')").run();
  db.prepare(`INSERT INTO articles (id, source_id, title, lang, published, day, quality, flags, minhash, tkeys, analysis)
    VALUES (?, 1, ?, 'fr', ?, ?, 1, '', NULL, '[]', ?)`).run(a.id, a.title, a.published, a.published, JSON.stringify(a));
  db.close();
  const s = await openStore(f);
  try {
    assert.equal((await s.stats()).schemaVersion, latestVersion('sqlite'));
    assert.deepEqual(await s.get('old-1'), a);
    // the full-text index was rebuilt in news order from the body inside the JSON (schema 3)
    assert.deepEqual((await s.search({ q: 'orleans prefecture', from: '2021-05-04' })).hits.map((h) => h.id), ['old-1']);
    const rows = [];
    for await (const r of s.export('articles')) rows.push(r);
    assert.equal(rows[0]!.text, a.text);
  } finally { await s.close(); }
});
