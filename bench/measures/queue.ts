// Distributed ingest: articles/s through veille enqueue → NATS JetStream → 2 veille worker processes →
// PostgreSQL, next to a direct `veille ingest` of the same articles into PostgreSQL, in one run, loopback only.
// Size: VEILLE_BENCH_QUEUE_N articles (default 400). Needs VEILLE_TEST_NATS_URL (or VEILLE_BENCH_NATS_URL) and
// VEILLE_TEST_PG_URL (or VEILLE_BENCH_PG_URL); skipped, saying why, without them. Uses bin/veille.js (dist/).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'nats';
import pg from 'pg';
import type { Measure, MeasureResult } from '../lib/measure.js';

/** Workers started: one per core of the 2-core reference machine. */
const WORKERS = 2;
/** Nothing in this measure may take longer (ms): it is bounded even if a worker stalls. */
const DEADLINE_MS = 300_000;
/** How often the stored count is read (ms): fine enough for runs of several seconds. */
const POLL_MS = 100;

/** `postgres://…` with every table in `schema` (for `veille ingest`, which has no --schema). */
const withSchema = (url: string, schema: string): string =>
  `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema},public`)}`;

async function sql(url: string, text: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { await c.query('SET client_min_messages = warning'); return Number((await c.query(text)).rows[0]?.n ?? 0); } finally { await c.end(); }
}

/** Articles stored in `schema` (0 before its tables exist), over one connection kept open: a connection a poll would fork a server process each time. */
const stored = async (c: pg.Client, schema: string): Promise<number> =>
  Number((await c.query(`SELECT COUNT(*)::int AS n FROM ${schema}.articles`).catch(() => ({ rows: [{ n: 0 }] }))).rows[0]?.n ?? 0);

function start(root: string, args: string[]): { proc: ChildProcess; err: () => string } {
  const proc = spawn(process.execPath, [join(root, 'bin', 'veille.js'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  proc.stderr!.setEncoding('utf8').on('data', (c: string) => { err += c; });
  return { proc, err: () => err };
}

async function until(cond: () => Promise<boolean> | boolean, what: string, t0: number): Promise<void> {
  while (!(await cond())) {
    if (performance.now() - t0 > DEADLINE_MS) throw new Error(`queue bench: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** enqueue → 2 workers → PostgreSQL, and direct ingest into PostgreSQL, on the same articles. */
export const queueMeasure: Measure = {
  name: 'queue',
  async run(ctx): Promise<MeasureResult> {
    const natsUrl = process.env.VEILLE_BENCH_NATS_URL ?? process.env.VEILLE_TEST_NATS_URL;
    const pgUrl = process.env.VEILLE_BENCH_PG_URL ?? process.env.VEILLE_TEST_PG_URL;
    if (!natsUrl || !pgUrl) {
      const why = `skipped (set ${natsUrl ? '' : 'VEILLE_TEST_NATS_URL '}${pgUrl ? '' : 'VEILLE_TEST_PG_URL'})`.replace(' )', ')');
      return { lines: [`queue     ${why}`], figures: { skipped: why } };
    }
    const n = Number(process.env.VEILLE_BENCH_QUEUE_N ?? 400);
    const texts = [...new Map(ctx.corpus().articles.map((a) => [a.text, a])).values()];
    // more articles than the corpus holds: numbered copies, so every content id differs
    const lines = Array.from({ length: n }, (_, i) => {
      const a = texts[i % texts.length]!;
      return JSON.stringify({ text: i < texts.length ? a.text : `${a.text}\n\n(${i})`, ...(a.lang ? { lang: a.lang } : {}), published: a.published ?? '2021-01-01' });
    });
    const file = join(ctx.tmp, 'queue-bench.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const tag = `veille_qbench_${process.pid}`;
    const direct = `${tag}_direct`, queued = `${tag}_queue`;
    const workers: ReturnType<typeof start>[] = [];
    try {
      // 1. direct: one `veille ingest` process (process start included)
      await sql(pgUrl, `CREATE SCHEMA IF NOT EXISTS ${direct}`);
      const d0 = performance.now();
      execFileSync(process.execPath, [join(ctx.root, 'bin', 'veille.js'), 'ingest', '--jsonl', file, '--db', withSchema(pgUrl, direct)], { stdio: 'ignore', timeout: DEADLINE_MS });
      const directRate = n / ((performance.now() - d0) / 1000);
      // 2. queue: workers started and waiting, then the clock runs from enqueue's start to the last article stored
      const common = ['--nats', natsUrl, '--stream', queued];
      for (let i = 0; i < WORKERS; i++) workers.push(start(ctx.root, ['worker', ...common, '--consumer', 'bench', '--db', pgUrl, '--schema', queued]));
      const w0 = performance.now();
      await until(() => {
        const dead = workers.find((w) => w.proc.exitCode !== null);
        if (dead) throw new Error(`queue bench: a worker exited: ${dead.err().slice(0, 500)}`);
        return workers.every((w) => /consuming/.test(w.err()));
      }, 'the workers to start', w0);
      const q0 = performance.now();
      execFileSync(process.execPath, [join(ctx.root, 'bin', 'veille.js'), 'enqueue', '--jsonl', file, ...common], { stdio: 'ignore', timeout: DEADLINE_MS });
      const enqueueMs = performance.now() - q0;
      const poll = new pg.Client({ connectionString: pgUrl });
      await poll.connect();
      try { await until(async () => (await stored(poll, queued)) >= n, `${n} stored articles`, q0); } finally { await poll.end(); }
      const queueRate = n / ((performance.now() - q0) / 1000);
      const shares = await Promise.all(workers.map(async (w) => {
        w.proc.kill('SIGTERM');
        await new Promise((r) => w.proc.once('exit', r));
        return w.err();
      }));
      const ratio = queueRate / directRate;
      return {
        lines: [
          `queue     ${n} articles: enqueue → ${WORKERS} workers → PostgreSQL ${queueRate.toFixed(0)} articles/s, direct veille ingest → PostgreSQL ${directRate.toFixed(0)} articles/s (ratio ${ratio.toFixed(2)}×)`,
          `  enqueue alone: ${enqueueMs.toFixed(0)} ms (${(n / (enqueueMs / 1000)).toFixed(0)} articles/s, process start included); loopback NATS and PostgreSQL, workers sharing the machine's cores`,
          ...shares.flatMap((e) => e.split('\n').filter((l) => /terminated:|retry in|conflict with/.test(l)).slice(0, 3).map((l) => `  ${l.slice(0, 300)}`)),
        ],
        figures: { articles: n, queue_per_s: Math.round(queueRate), direct_pg_per_s: Math.round(directRate), enqueue_ms: Math.round(enqueueMs), ratio: Number(ratio.toFixed(2)) },
      };
    } finally {
      for (const w of workers) if (w.proc.exitCode === null && w.proc.signalCode === null) w.proc.kill('SIGKILL');
      for (const s of [direct, queued]) await sql(pgUrl, `DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => 0);
      const nc = await connect({ servers: natsUrl }).catch(() => null);
      if (nc) {
        await (await nc.jetstreamManager()).streams.delete(queued).catch(() => false);
        await nc.close();
      }
    }
  },
};
