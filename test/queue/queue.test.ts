// Distributed ingest for real: veille enqueue → NATS JetStream (local server) → veille worker child
// processes → PostgreSQL. Each test has its own stream, consumer and schema, dropped at the end.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { connect } from 'nats';
import { articleSubject } from '../../src/queue/message.js';
import { cleanUp, countArticles, NATS_URL, PG_URL, run, SKIP, uniqueName, until, writeArticles, article } from './helpers.js';

if (SKIP) process.stdout.write(`# queue tests skipped: ${SKIP}\n`);

const workerArgs = (name: string, ...more: string[]): string[] =>
  ['worker', '--nats', NATS_URL!, '--db', PG_URL!, '--schema', name, '--stream', name, '--batch', '4', '--ack-wait', '2', ...more];

/** "N stored, M already present" of a worker's summary. */
function summary(out: string): { stored: number; present: number } {
  const m = /(\d+) stored, (\d+) already present/.exec(out);
  assert.ok(m, `worker summary in: ${out}`);
  return { stored: Number(m[1]), present: Number(m[2]) };
}

test('enqueue N articles, two workers share them: each stored exactly once; SIGTERM stops them cleanly', { skip: SKIP, timeout: 120_000 }, async () => {
  const name = uniqueName(), N = 60;
  try {
    const workers = [run(workerArgs(name)), run(workerArgs(name))];
    await until(() => workers.every((w) => /consuming/.test(w.err())), 30_000, 'both workers to start');
    const enq = run(['enqueue', writeArticles(N), '--nats', NATS_URL!, '--stream', name, '--published', '2023-05-02']);
    assert.equal(await enq.exit, 0, enq.err());
    assert.match(enq.out(), new RegExp(`${N} queued, 0 already queued, 0 failed`));
    await until(async () => (await countArticles(name)).rows >= N, 90_000, `${N} stored articles`);
    for (const w of workers) w.proc.kill('SIGTERM');
    const codes = await Promise.all(workers.map((w) => w.exit));
    assert.deepEqual(codes, [0, 0], workers.map((w) => w.err()).join('\n'));
    const [a, b] = workers.map((w) => summary(w.out()));
    assert.equal(a!.stored + b!.stored, N);
    assert.ok(a!.stored > 0 && b!.stored > 0, `both workers took a share (${a!.stored} + ${b!.stored})`);
    assert.deepEqual(await countArticles(name), { rows: N, ids: N });
    // the same inputs again: the stream's duplicate window drops every one
    const again = run(['enqueue', writeArticles(N), '--nats', NATS_URL!, '--stream', name, '--published', '2023-05-02']);
    assert.equal(await again.exit, 0);
    assert.match(again.out(), new RegExp(`0 queued, ${N} already queued`));
  } finally { await cleanUp(name); }
});

test('kill -9 a worker mid-run, restart: every article still stored exactly once', { skip: SKIP, timeout: 180_000 }, async () => {
  const name = uniqueName(), N = 120;
  try {
    const enq = run(['enqueue', writeArticles(N), '--nats', NATS_URL!, '--stream', name]);
    assert.equal(await enq.exit, 0, enq.err());
    for (const at of [10, 45]) {
      const w = run(workerArgs(name));
      await until(async () => (await countArticles(name)).rows >= at || w.proc.exitCode !== null, 60_000, `${at} stored articles`);
      w.proc.kill('SIGKILL');
      await w.exit;
    }
    const stored = (await countArticles(name)).rows;
    assert.ok(stored < N, `the kills happened before the end (${stored} of ${N})`);
    // the killed worker's unacknowledged messages come back after --ack-wait; two workers drain the queue
    const rest = [run(workerArgs(name, '--until-empty')), run(workerArgs(name, '--until-empty'))];
    assert.deepEqual(await Promise.all(rest.map((w) => w.exit)), [0, 0], rest.map((w) => w.err()).join('\n'));
    assert.deepEqual(await countArticles(name), { rows: N, ids: N });
    const s = rest.map((w) => summary(w.out()));
    assert.equal(s[0]!.stored + s[1]!.stored, N - stored);
  } finally { await cleanUp(name); }
});

test('a bad message is terminated with a logged reason, never redelivered; the good ones are stored', { skip: SKIP, timeout: 60_000 }, async () => {
  const name = uniqueName();
  try {
    const prep = run(['enqueue', writeArticles(2), '--nats', NATS_URL!, '--stream', name]);
    assert.equal(await prep.exit, 0, prep.err());
    const nc = await connect({ servers: NATS_URL });
    const js = nc.jetstream(), enc = new TextEncoder();
    await js.publish(articleSubject(name), enc.encode('{"text": "Le préfet a'), { msgID: 'bad-json' });
    await js.publish(articleSubject(name), enc.encode(JSON.stringify({ title: 'Sans corps', lang: 'fr' })), { msgID: 'bad-notext' });
    await js.publish(articleSubject(name), new Uint8Array([0xff, 0xfe, 0x00]), { msgID: 'bad-bytes' });
    await js.publish(articleSubject(name), enc.encode(JSON.stringify({ text: article(7), lang: 'english' })), { msgID: 'bad-lang' });
    const w = run(workerArgs(name, '--until-empty'));
    assert.equal(await w.exit, 0, w.err());
    assert.match(w.err(), /terminated: .*not JSON/);
    assert.match(w.err(), /terminated: .*no "text" string/);
    assert.match(w.err(), /terminated: .*not UTF-8/);
    assert.match(w.err(), /terminated: .*"lang" must be a two-letter code/);
    assert.match(w.out(), /2 stored, 0 already present, 4 terminated, 0 retried/);
    assert.doesNotMatch(w.err(), /\n\s+at /);
    const info = await (await nc.jetstreamManager()).consumers.info(name, 'workers');
    assert.equal(info.num_pending + info.num_ack_pending + info.num_redelivered, 0);
    await nc.close();
    assert.deepEqual(await countArticles(name), { rows: 2, ids: 2 });
  } finally { await cleanUp(name); }
});

test('an unreachable NATS server: a clear error, exit code 1, no stack trace', { timeout: 60_000 }, async () => {
  for (const args of [['enqueue', writeArticles(1)], ['worker', '--db', PG_URL ?? 'postgres://nobody@127.0.0.1:1/none']]) {
    const c = run([...args, '--nats', 'nats://127.0.0.1:1']);
    assert.equal(await c.exit, 1);
    assert.match(c.err(), /NATS server could not be reached.*127\.0\.0\.1:1/);
    assert.doesNotMatch(c.err(), /\n\s+at /);
  }
});
