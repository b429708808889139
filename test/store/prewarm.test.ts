// prewarm(): a store's file and its WAL read once in the background; stopping early and missing files are not errors.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { prewarm } from '../../src/store/sqlite/prewarm.js';

test('prewarm: reads the file and its WAL to the end', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veille-prewarm-'));
  const f = join(dir, 'v.db');
  writeFileSync(f, Buffer.alloc(3 << 20, 7));
  writeFileSync(`${f}-wal`, Buffer.alloc(1 << 20, 1));
  assert.equal(await prewarm(f).done, 4 << 20);
  // no WAL: the file alone
  const g = join(dir, 'w.db');
  writeFileSync(g, Buffer.alloc(5000, 2));
  assert.equal(await prewarm(g).done, 5000);
});

test('prewarm: stopped at once it reads less and ends; a missing file reads nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veille-prewarm-'));
  const f = join(dir, 'v.db');
  writeFileSync(f, Buffer.alloc(8 << 20, 7));
  const p = prewarm(f);
  p.stop();
  p.stop();
  assert.ok((await p.done) < 8 << 20);
  assert.equal(await prewarm(join(dir, 'absent.db')).done, 0);
});
