// Queue test helpers: articles written for these tests, child processes, and unique NATS/PostgreSQL names.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connect } from 'nats';

/** URLs from the environment (.ci/run sets both); tests skip with this reason when one is missing. */
export const NATS_URL = process.env.VEILLE_TEST_NATS_URL;
export const PG_URL = process.env.VEILLE_TEST_PG_URL;
export const SKIP: string | false = !NATS_URL ? 'VEILLE_TEST_NATS_URL is not set (.ci/run sets it to the local NATS server)'
  : !PG_URL ? 'VEILLE_TEST_PG_URL is not set (.ci/run sets it to the local PostgreSQL)' : false;

const CHILD = fileURLToPath(new URL(`./cli-child${extname(fileURLToPath(import.meta.url))}`, import.meta.url));

let n = 0;
/** A name unique to this process and call: stream, consumer and schema of one test. */
export function uniqueName(): string {
  return `vq_${process.pid}_${Date.now() % 100000}_${++n}`;
}

const TOWNS_FR = ['Lyon', 'Nantes', 'Lille', 'Rennes', 'Dijon', 'Grenoble', 'Brest', 'Metz', 'Tours', 'Nîmes', 'Caen', 'Pau'];
const TOPICS_FR = ['la piscine municipale', 'le réseau de bus', 'la cantine scolaire', 'les pistes cyclables', 'la médiathèque'];
const TOWNS_EN = ['Leeds', 'Bristol', 'Cardiff', 'Norwich', 'York', 'Derby', 'Exeter', 'Bath'];
const TOPICS_EN = ['the new library', 'bus fares', 'school meals', 'the flood defences', 'park lighting'];

/** Article `i`: a short local-news report, French for even i, English for odd i, every one distinct. */
export function article(i: number): string {
  if (i % 2 === 0) {
    const town = TOWNS_FR[i % TOWNS_FR.length]!, topic = TOPICS_FR[i % TOPICS_FR.length]!;
    return `Le conseil municipal de ${town} a adopté jeudi un budget de ${3 + (i % 40)} millions d'euros pour ${topic}. `
      + `« Les travaux commenceront au printemps », a indiqué la maire adjointe, qui présentait le dossier n° ${500 + i}. `
      + `L'opposition a voté contre, estimant le calendrier trop serré.\n`;
  }
  const town = TOWNS_EN[i % TOWNS_EN.length]!, topic = TOPICS_EN[i % TOPICS_EN.length]!;
  return `${town} City Council approved a plan worth ${2 + (i % 30)} million pounds for ${topic} on Tuesday. `
    + `"We expect the first results by the summer," the council leader said at meeting number ${700 + i}. `
    + `Opposition members called the timetable unrealistic.\n`;
}

/** A directory of `count` article files; returns its path. */
export function writeArticles(count: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'veille-queue-')), 'in');
  mkdirSync(dir);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.txt`), article(i));
  return dir;
}

/** A running CLI child with its output collected. */
export interface Child { proc: ChildProcess; out: () => string; err: () => string; exit: Promise<number | null> }

const children = new Set<ChildProcess>();

/** Kills every child still running (a failed test must not leave workers behind). */
export function killChildren(): void {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  children.clear();
}

/** Starts `veille ARGS…` in a child process. */
export function run(args: string[]): Child {
  const proc = spawn(process.execPath, [...process.execArgv, CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(proc);
  let out = '', err = '';
  proc.stdout!.on('data', (c) => { out += c; });
  proc.stderr!.on('data', (c) => { err += c; });
  const exit = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  return { proc, out: () => out, err: () => err, exit };
}

/** Resolves when `cond` holds (checked every 50 ms), rejects after `ms`. */
export async function until(cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Rows and distinct ids in a schema's articles table (0, 0 before it exists). */
export async function countArticles(schema: string): Promise<{ rows: number; ids: number }> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    const r = await c.query(`SELECT COUNT(*)::int AS rows, COUNT(DISTINCT id)::int AS ids FROM ${schema}.articles`);
    return r.rows[0] as { rows: number; ids: number };
  } catch { return { rows: 0, ids: 0 }; } finally { await c.end(); }
}

/** Kills the test's children, then drops its stream and schema. */
export async function cleanUp(name: string): Promise<void> {
  killChildren();
  const nc = await connect({ servers: NATS_URL });
  try { await (await nc.jetstreamManager()).streams.delete(name); } catch { /* never created */ } finally { await nc.close(); }
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try { await c.query(`SET client_min_messages = warning; DROP SCHEMA IF EXISTS ${name} CASCADE`); } finally { await c.end(); }
}
