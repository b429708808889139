// The worker: lanes pull small batches from the durable consumer, analyse each article and store the
// batch in one transaction, then ack. Bad messages are terminated with a logged reason (never retried);
// a store failure naks with a growing delay, and past MAX_DELIVER deliveries the message is terminated.
// Exactly once: the store is idempotent by article id, so a message redelivered after a crash finds its
// article present and is only acked.
import type { JsMsg, NatsConnection } from 'nats';
import { analyzeText } from '../analyze/index.js';
import { describeError } from '../errors.js';
import type { Analysis, TextInput } from '../types.js';
import type { PutResult, Store } from '../store/index.js';
import { decodeArticle } from './message.js';
import { MAX_DELIVER } from './setup.js';

/** Delay before a failed article is offered again, by delivery (1st failure 2 s … then 60 s). */
const NAK_DELAYS_MS = [2000, 5000, 15000, 30000, 60000];
/** How long one pull waits for a full batch before handing over what came (also the shutdown latency). */
const FETCH_EXPIRES_MS = 1000;

/** Counts of a worker's run. */
export interface WorkerTally { stored: number; present: number; terminated: number; retried: number; conflicts: number }

/** What a worker needs: the consumer to pull from, how to open a store (one per lane), its limits. */
export interface WorkerOptions {
  nc: NatsConnection;
  stream: string;
  consumer: string;
  openStore: () => Promise<Store>;
  /** Lanes pulling and storing at once, each with its own database connection. */
  concurrency: number;
  /** Messages pulled, analysed and stored per transaction. */
  batch: number;
  /** Stop when the consumer has nothing pending or in flight (a batch job) instead of waiting for more. */
  untilEmpty: boolean;
  /** Aborted on SIGINT/SIGTERM: lanes finish the batch in hand, then stop. */
  signal: AbortSignal;
  log: (line: string) => void;
  tally: WorkerTally;
}

/** The delay before delivery `n + 1` of a message that failed at delivery `n`. */
export function nakDelay(deliveryCount: number): number {
  return NAK_DELAYS_MS[Math.min(deliveryCount, NAK_DELAYS_MS.length) - 1] ?? NAK_DELAYS_MS[0]!;
}

const where = (m: JsMsg): string => `message ${m.seq} (delivery ${m.info.deliveryCount})`;

/** Terminates a message: the server never offers it again; the reason goes to the log. */
function term(o: WorkerOptions, m: JsMsg, reason: string): void {
  o.tally.terminated++;
  o.log(`${where(m)}: terminated: ${reason}`);
  // no reason in the ack ("+TERM reason"): servers before 2.10.4 ignore that form and redeliver
  m.term();
}

/** A store failure for one message: offered again later, or terminated when its deliveries are spent. */
function retry(o: WorkerOptions, m: JsMsg, id: string, e: unknown): void {
  if (m.info.deliveryCount >= MAX_DELIVER) { term(o, m, `article ${id}: not stored after ${m.info.deliveryCount} deliveries: ${describeError(e)}`); return; }
  o.tally.retried++;
  const delay = nakDelay(m.info.deliveryCount);
  o.log(`${where(m)}: article ${id}: store failed, retry in ${delay / 1000} s: ${describeError(e)}`);
  m.nak(delay);
}

/**
 * Two workers storing articles that name the same new entity race on its unique key; the loser's
 * transaction is rolled back whole. Such a conflict (unique violation 23505, deadlock 40P01, serialization
 * 40001; the store's message ends with the SQLSTATE) succeeds when run again at once, so it is retried
 * here a few times before the message is nak'ed.
 */
const CONFLICT = /\((23505|40P01|40001)\)$/;
/** Attempts of one transaction that meets conflicts (then the failure is handled as any other). */
const CONFLICT_ATTEMPTS = 4;

/**
 * `fn`, run again (after a short random pause) while it fails with a conflict between workers; also for
 * opening the store, where two workers starting at once race on "CREATE SCHEMA IF NOT EXISTS".
 */
export async function retryOnConflict<T>(fn: () => Promise<T>, onConflict: () => void = () => undefined): Promise<T> {
  for (let i = 1; ; i++) {
    try { return await fn(); } catch (e) {
      if (i >= CONFLICT_ATTEMPTS || !CONFLICT.test((e as Error).message ?? '')) throw e;
      onConflict();
      await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * i));
    }
  }
}

const withConflictRetry = <T>(o: WorkerOptions, fn: () => Promise<T>): Promise<T> => retryOnConflict(fn, () => { o.tally.conflicts++; });

const count = (o: WorkerOptions, r: PutResult): void => { if (r.status === 'new') o.tally.stored++; else o.tally.present++; };

/** Handles one pulled batch; throws only when the database itself is gone (the messages are nak'ed first). */
async function handle(o: WorkerOptions, store: Store, msgs: readonly JsMsg[]): Promise<void> {
  const todo: { m: JsMsg; a: Analysis }[] = [];
  for (const m of msgs) {
    let input: TextInput;
    try { input = decodeArticle(m.data); } catch (e) { term(o, m, describeError(e)); continue; }
    try {
      // a redelivery after a crash, or a re-send past the duplicate window: nothing to analyse
      if (input.id && (await store.has(input.id))) { o.tally.present++; m.ack(); continue; }
    } catch (e) {
      // the database is gone: hand back this message, the ones after it and those analysed so far
      for (const x of [...todo.map((t) => t.m), ...msgs.slice(msgs.indexOf(m))]) x.nak();
      throw e;
    }
    let a: Analysis;
    // the same text fails the same way every time: no point offering it again
    try { a = analyzeText(input); } catch (e) { term(o, m, `analysis failed: ${describeError(e)}`); continue; }
    todo.push({ m, a });
  }
  if (!todo.length) return;
  try {
    (await withConflictRetry(o, () => store.putMany(todo.map((t) => t.a)))).forEach((r) => count(o, r));
    for (const t of todo) t.m.ack();
    return;
  } catch (e) {
    if ((e as { code?: string }).code === 'DB_UNREACHABLE') { for (const t of todo) t.m.nak(); throw e; }
  }
  // one article refused (a constraint, a deadlock with another worker) must not sink its batch
  for (const t of todo) {
    try { count(o, await withConflictRetry(o, () => store.put(t.a))); t.m.ack(); } catch (e) {
      if ((e as { code?: string }).code === 'DB_UNREACHABLE') { t.m.nak(); throw e; }
      retry(o, t.m, t.a.id, e);
    }
  }
}

/** One lane: pull, handle, until aborted (or idle with untilEmpty). */
async function lane(o: WorkerOptions): Promise<void> {
  const store = await retryOnConflict(o.openStore);
  try {
    const consumer = await o.nc.jetstream().consumers.get(o.stream, o.consumer);
    while (!o.signal.aborted) {
      const msgs: JsMsg[] = [];
      for await (const m of await consumer.fetch({ max_messages: o.batch, expires: FETCH_EXPIRES_MS })) msgs.push(m);
      if (msgs.length) { await handle(o, store, msgs); continue; }
      if (o.untilEmpty) {
        const info = await consumer.info(false);
        if (info.num_pending === 0 && info.num_ack_pending === 0) return;
      }
    }
  } finally { await store.close(); }
}

/** Runs `concurrency` lanes until the signal aborts (or the queue is empty with untilEmpty); throws a lane's fatal error. */
export async function runWorker(o: WorkerOptions): Promise<void> {
  // a lane that meets a dead database stops the others too: the worker exits and its supervisor restarts it
  const stop = new AbortController();
  const inner: WorkerOptions = { ...o, signal: AbortSignal.any([o.signal, stop.signal]) };
  const results = await Promise.allSettled(Array.from({ length: o.concurrency }, () => lane(inner).catch((e: unknown) => { stop.abort(); throw e; })));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}
