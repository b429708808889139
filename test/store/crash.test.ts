// kill -9 during `veille ingest`, then the same command again: every article stored exactly once.
// Two ingest processes on one SQLite file at once: both finish, nothing stored twice.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import Database from 'better-sqlite3';

const CHILD = fileURLToPath(new URL(`./cli-child${extname(fileURLToPath(import.meta.url))}`, import.meta.url));
const ARTICLES = 150;

const CITIES = ['Lyon', 'Nantes', 'Lille', 'Rennes', 'Dijon', 'Grenoble', 'Brest', 'Metz', 'Tours', 'Nîmes'];
const TOPICS = ['le budget des écoles', 'la ligne de tramway', 'la rénovation du stade', 'les transports scolaires', "l'eau potable"];

/** A corpus of short, distinct French local-news articles written for this test. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'veille-crash-'));
  const src = join(dir, 'in');
  mkdirSync(src);
  for (let i = 0; i < ARTICLES; i++) {
    const city = CITIES[i % CITIES.length]!, topic = TOPICS[i % TOPICS.length]!;
    writeFileSync(join(src, `a${String(i).padStart(3, '0')}.txt`),
      `Le conseil municipal de ${city} a voté mardi ${i + 3} délibérations, dont une sur ${topic}. `
      + `« Nous tiendrons le calendrier annoncé », a assuré l'adjointe chargée du dossier n° ${1000 + i * 7}. `
      + `Le montant engagé atteint ${(i * 13) % 97 + 2} millions d'euros selon la mairie, qui publiera le détail le ${1 + (i % 27)} mars.\n`);
  }
  return dir;
}

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, [...process.execArgv, CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

const exited = (c: ChildProcess): Promise<number | null> => new Promise((r) => c.on('exit', (code) => r(code)));

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try { return (d.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n; } finally { d.close(); }
  } catch { return 0; }
}

function check(db: string): void {
  const d = new Database(db, { readonly: true });
  try {
    assert.equal(d.pragma('integrity_check', { simple: true }), 'ok');
    const one = (sql: string): number => (d.prepare(sql).get() as { n: number }).n;
    assert.equal(one('SELECT COUNT(*) AS n FROM articles'), ARTICLES);
    assert.equal(one('SELECT COUNT(DISTINCT id) AS n FROM articles'), ARTICLES);
    assert.equal(one("SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH '\"conseil\"'"), ARTICLES);
    assert.equal(one('SELECT COUNT(*) AS n FROM quotes q LEFT JOIN articles a ON a.seq = q.article_seq WHERE a.seq IS NULL'), 0);
    assert.equal(one('SELECT COUNT(*) AS n FROM mentions m LEFT JOIN articles a ON a.seq = m.article_seq WHERE a.seq IS NULL'), 0);
    assert.equal(one('SELECT SUM(size) AS n FROM stories'), ARTICLES);
  } finally { d.close(); }
}

test('kill -9 at several moments of an ingest, then the same command: every article stored exactly once', { timeout: 120_000 }, async () => {
  const dir = corpus();
  const db = join(dir, 'v.db');
  const args = ['ingest', join(dir, 'in'), '--db', db, '--batch', '4', '--published', '2022-03-01'];
  for (const at of [1, 40, 90]) {
    const child = run(args);
    const done = exited(child);
    // wait until the store holds `at` articles (or the child ends), then kill it mid-flight
    for (let i = 0; i < 3000 && count(db) < at && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await done;
  }
  assert.ok(count(db) < ARTICLES, 'the kills happened before the end');
  const last = run(args);
  let out = '';
  last.stdout!.on('data', (c) => { out += c; });
  assert.equal(await exited(last), 0);
  assert.match(out, / new, \d+ already present, 0 failed/);
  check(db);
  const again = run(args);
  let out2 = '';
  again.stdout!.on('data', (c) => { out2 += c; });
  assert.equal(await exited(again), 0);
  assert.match(out2, new RegExp(`0 new, ${ARTICLES} already present, 0 failed`));
});

test('two ingest processes on one SQLite file at once: both finish, every article once', { timeout: 120_000 }, async () => {
  const dir = corpus();
  const db = join(dir, 'v.db');
  const args = ['ingest', join(dir, 'in'), '--db', db, '--batch', '3', '--published', '2022-03-01'];
  const a = run(args), b = run(args);
  const [ca, cb] = await Promise.all([exited(a), exited(b)]);
  assert.deepEqual([ca, cb], [0, 0]);
  check(db);
});
