// The conformance suite on SQLite (a new file a test), plus what only a file database can get wrong.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { conformance } from './conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'veille-store-'));
let n = 0;
const fresh = (): string => join(dir, `t${++n}.db`);

conformance('sqlite', () => openStore(fresh()));

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
  assert.equal((await s.stats()).schemaVersion, 1);
  await s.close();
  const db = new Database(f);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
});
