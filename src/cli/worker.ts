// veille worker: a durable pull consumer on the NATS JetStream stream `veille enqueue` fills; analyses each
// article and stores it (PostgreSQL); several workers on one stream share the work.
import { VeilleError } from '../errors.js';
import { safeNatsUrl } from '../queue/errors.js';
import { checkName, connectQueue, DEFAULT_CONSUMER, DEFAULT_NATS, DEFAULT_STREAM, ensureConsumer, ensureStream, jetstreamManager, MAX_DELIVER } from '../queue/setup.js';
import { retryOnConflict, runWorker, type WorkerTally } from '../queue/worker.js';
import { openStore } from '../store/index.js';
import { parse, str } from './args.js';

/**
 * Articles per transaction. Workers storing at once wait on each other's row locks (entity and story rows
 * shared by many articles) until commit, so short transactions keep two workers busy: 400 development
 * articles, 2 workers, loopback PostgreSQL: batch 16 14.3 s, 8 12.7 s, 4 8.3 s, 2 10.0 s (one noisy run each).
 */
const DEFAULT_BATCH = 4;

const HELP = `Usage: veille worker --nats URL --db postgres://… [options]

Pulls articles queued by "veille enqueue", analyses each and stores it, then acknowledges it. Start as
many workers as there are cores, on as many machines as needed: they share one durable consumer. Every
article is stored once, even when a worker is killed (its messages go to another worker after --ack-wait).
A message that is not an article is terminated with a logged reason; a store failure is retried with a
growing delay, at most ${MAX_DELIVER} deliveries. SIGINT/SIGTERM: the batch in hand is finished, then it stops.

Options:
  --nats URL          NATS server (default $VEILLE_NATS or nats://127.0.0.1:4222)
  --db URL|FILE       store: a postgres:// URL (or a SQLite file for a single worker); default $VEILLE_DB
  --schema NAME       PostgreSQL schema holding the tables (default: the server's search_path)
  --stream NAME       stream to consume (default ${DEFAULT_STREAM})
  --consumer NAME     durable consumer shared by the workers (default ${DEFAULT_CONSUMER})
  --concurrency N     lanes pulling and storing at once, each with its own connection (default 1)
  --batch N           articles per transaction (default ${DEFAULT_BATCH})
  --ack-wait SECONDS  redelivery delay of an unacknowledged message, set when the consumer is created (default 60)
  --until-empty       stop once the queue is empty (a batch job) instead of waiting for more
  -h, --help          this help
`;

/** A whole number in [min, max] from an option, or its default. */
function int(v: string | undefined, def: number, min: number, max: number, name: string): number {
  const n = Number(v ?? def);
  if (!Number.isInteger(n) || n < min || n > max) throw new VeilleError('USAGE', `${name} must be a whole number from ${min} to ${max}`);
  return n;
}

/** Runs `veille worker`. */
export async function workerCommand(argv: string[]): Promise<number> {
  const p = parse(argv, {
    nats: { type: 'string' }, db: { type: 'string' }, schema: { type: 'string' }, stream: { type: 'string' }, consumer: { type: 'string' },
    concurrency: { type: 'string' }, batch: { type: 'string' }, 'ack-wait': { type: 'string' }, 'until-empty': { type: 'boolean' },
  });
  if (p.values.help) { process.stdout.write(HELP); return 0; }
  if (p.positionals.length) throw new VeilleError('USAGE', `unexpected argument "${p.positionals[0]}"`);
  const url = str(p, 'nats') ?? process.env.VEILLE_NATS ?? DEFAULT_NATS;
  const db = str(p, 'db') ?? process.env.VEILLE_DB;
  if (!db) throw new VeilleError('USAGE', '--db is required (a postgres:// URL)');
  const schema = str(p, 'schema');
  const stream = checkName(str(p, 'stream') ?? DEFAULT_STREAM), consumer = checkName(str(p, 'consumer') ?? DEFAULT_CONSUMER);
  const concurrency = int(str(p, 'concurrency'), 1, 1, 64, '--concurrency');
  const batch = int(str(p, 'batch'), DEFAULT_BATCH, 1, 1000, '--batch');
  const ackWait = int(str(p, 'ack-wait'), 60, 1, 3600, '--ack-wait');

  const log = (line: string): void => { process.stderr.write(`veille worker: ${line}\n`); };
  const nc = await connectQueue(url, 'veille worker');
  const tally: WorkerTally = { stored: 0, present: 0, terminated: 0, retried: 0, conflicts: 0 };
  const ac = new AbortController();
  const onSignal = (sig: NodeJS.Signals): void => {
    if (ac.signal.aborted) { log(`${sig} again: stopping now`); process.exit(130); }
    log(`${sig}: finishing the batch in hand, then stopping`);
    ac.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const started = Date.now();
  const progress = setInterval(() => {
    log(`${tally.stored} stored, ${tally.present} present, ${tally.terminated} terminated, ${tally.retried} retried, ${tally.conflicts} conflicts`);
  }, 10_000);
  progress.unref();
  try {
    const jsm = await jetstreamManager(nc, url);
    await ensureStream(jsm, stream);
    await ensureConsumer(jsm, stream, consumer, ackWait * 1000);
    // the store is opened once first: a bad --db fails here, before any message is taken
    await (await retryOnConflict(() => openStore(db, schema ? { schema } : {}))).close();
    log(`consuming ${stream}/${consumer} on ${safeNatsUrl(url)} (${concurrency} lane(s), batches of ${batch})`);
    await runWorker({
      nc, stream, consumer, concurrency, batch, untilEmpty: p.values['until-empty'] === true, signal: ac.signal, log, tally,
      openStore: () => openStore(db, schema ? { schema } : {}),
    });
  } finally {
    clearInterval(progress);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await nc.drain().catch(() => nc.close().catch(() => undefined));
  }
  const secs = (Date.now() - started) / 1000;
  const done = tally.stored + tally.present;
  process.stdout.write(`veille worker: ${done} article(s) in ${secs.toFixed(1)} s (${(done / Math.max(secs, 0.001)).toFixed(0)}/s)\n`
    + `  ${tally.stored} stored, ${tally.present} already present, ${tally.terminated} terminated, ${tally.retried} retried; ${tally.conflicts} transaction(s) run again after a conflict with another worker\n`);
  return 0;
}
