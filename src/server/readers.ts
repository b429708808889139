// Read queries off the main thread. better-sqlite3 is synchronous: on the main thread one 30 ms search blocks
// every other request, so 50 waiting clients saw 50× the latency. The pool runs N worker threads, each with its
// own connection (SQLite WAL: readers do not block each other nor the writer). Writes stay on the main thread.
// The backlog is bounded: past `maxQueue` waiting calls, or after `timeoutMs`, a call fails with a 503 and a code
// (SERVER_BUSY, QUERY_TIMEOUT) instead of growing a queue nobody will wait for.
// PostgreSQL needs none of this: its driver is asynchronous and pools connections, so it stays in-process.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Store } from '../store/types.js';
import { ApiError } from './errors.js';
import { READ_METHODS, rebuildError, type ReadMethod, type ReadReply } from './reader-protocol.js';

/** Calls waiting for a reader, per reader, before new ones get 503 SERVER_BUSY (50 clients on 2 readers fit). */
export const QUEUE_PER_READER = 64;
/** Longest a read call may wait and run before it gets 503 QUERY_TIMEOUT (ms). */
export const DEFAULT_READ_TIMEOUT_MS = 5000;

/** Calls handed to a reader at once. With one, a reader idled from posting its answer until the main thread, on the
 *  same two busy cores, got round to sending the next call (readers ~30 % idle under 50 connections); with two, the
 *  next call is already in its port. A call may then wait behind one other on its reader while another is free. */
export const CALLS_PER_READER = 2;

/** Options of the pool. */
export interface ReaderPoolOptions {
  /** SQLite file every reader opens. */
  db: string;
  /** Threads (default: available cores). */
  size?: number;
  /** Waiting calls beyond which calls are refused (default QUEUE_PER_READER × size). */
  maxQueue?: number;
  /** Per-call deadline in ms, waiting included (default DEFAULT_READ_TIMEOUT_MS). */
  timeoutMs?: number;
}

interface Job { id: number; method: ReadMethod; args: unknown[]; resolve(v: unknown): void; reject(e: unknown): void; timer: NodeJS.Timeout; done: boolean }
interface Reader { worker: Worker; jobs: Job[] }

/** True when running from the TypeScript sources (tests under tsx), not from dist. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
/** The reader thread's file. */
const WORKER_URL = new URL(`./reader-worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

/** A new reader thread. From the sources, a small script registers tsx in the thread first (Node 20's module
 *  hooks, and so `--import tsx`, do not reach worker threads). */
function newWorker(db: string): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL, { workerData: { db } });
  const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((t) => { t.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true, workerData: { db } });
}

/** A pool of read-only store connections on worker threads. */
export class ReaderPool {
  readonly size: number;
  readonly maxQueue: number;
  readonly timeoutMs: number;
  private readonly readers: Reader[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  private constructor(private readonly db: string, o: ReaderPoolOptions) {
    this.size = Math.max(1, Math.floor(o.size ?? availableParallelism()));
    this.maxQueue = o.maxQueue ?? QUEUE_PER_READER * this.size;
    this.timeoutMs = o.timeoutMs ?? DEFAULT_READ_TIMEOUT_MS;
  }

  /** Starts the readers; resolves once every one has opened the store (rejects with the first failure). */
  static async start(o: ReaderPoolOptions): Promise<ReaderPool> {
    const pool = new ReaderPool(o.db, o);
    try {
      await Promise.all(Array.from({ length: pool.size }, () => pool.spawn()));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  /** Calls waiting for a reader now. */
  get waiting(): number { return this.queue.length; }

  /** Runs a read method on a free reader; 503 SERVER_BUSY when the backlog is full, QUERY_TIMEOUT past the deadline. */
  call(method: ReadMethod, args: unknown[]): Promise<unknown> {
    if (this.closed) return Promise.reject(new ApiError(503, 'SERVER_BUSY', 'the server is closing'));
    const free = this.leastBusy();
    if (!free && this.queue.length >= this.maxQueue) return Promise.reject(new ApiError(503, 'SERVER_BUSY'));
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, method, args, resolve, reject, done: false,
        timer: setTimeout(() => this.expire(job), this.timeoutMs) };
      if (free) this.dispatch(free, job); else this.queue.push(job);
    });
  }

  /** Stops the readers (calls in flight fail). */
  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) this.finish(j, new ApiError(503, 'SERVER_BUSY', 'the server is closing'));
    await Promise.all(this.readers.splice(0).map((r) => {
      for (const j of r.jobs.splice(0)) this.finish(j, new ApiError(503, 'SERVER_BUSY', 'the server is closing'));
      return r.worker.terminate();
    }));
  }

  /** The reader with the fewest calls in hand, if it can take one more. */
  private leastBusy(): Reader | undefined {
    let best: Reader | undefined;
    for (const r of this.readers) if (r.jobs.length < CALLS_PER_READER && (!best || r.jobs.length < best.jobs.length)) best = r;
    return best;
  }

  /** Starts one reader; resolves when its store is open. */
  private spawn(): Promise<void> {
    const worker = newWorker(this.db);
    const reader: Reader = { worker, jobs: [] };
    return new Promise((resolve, reject) => {
      let ready = false;
      worker.on('message', (m: ReadReply) => {
        if (!ready) {
          if (m.error) { reject(rebuildError(m.error)); return; }
          ready = true;
          this.readers.push(reader);
          this.next(reader);
          resolve();
          return;
        }
        // a reader answers its calls in the order it got them
        const i = reader.jobs.findIndex((j) => j.id === m.id);
        if (i >= 0) {
          const [job] = reader.jobs.splice(i, 1);
          this.finish(job!, m.error ? rebuildError(m.error) : undefined, m.value);
        }
        this.next(reader);
      });
      const lost = (why: string): void => {
        if (!ready) { reject(new Error(`a reader thread failed to start: ${why}`)); return; }
        const i = this.readers.indexOf(reader);
        if (i >= 0) this.readers.splice(i, 1);
        for (const j of reader.jobs.splice(0)) this.finish(j, new Error(`a reader thread stopped: ${why}`));
        // a crashed reader is replaced so the pool keeps its size
        if (!this.closed) this.spawn().catch(() => undefined);
      };
      worker.on('error', (e) => lost(e.message));
      worker.on('exit', (code) => { if (!this.closed) lost(`exit ${code}`); });
    });
  }

  /** Gives a reader the oldest calls still wanted, up to CALLS_PER_READER in hand. */
  private next(reader: Reader): void {
    while (reader.jobs.length < CALLS_PER_READER) {
      let job: Job | undefined;
      while ((job = this.queue.shift()) && job.done) { /* expired while waiting */ }
      if (!job) return;
      this.dispatch(reader, job);
    }
  }

  private dispatch(reader: Reader, job: Job): void {
    reader.jobs.push(job);
    reader.worker.postMessage({ id: job.id, method: job.method, args: job.args });
  }

  /** The deadline passed: the caller gets 503 now; a running query finishes on its reader and is dropped. */
  private expire(job: Job): void {
    if (job.done) return;
    const i = this.queue.indexOf(job);
    if (i >= 0) this.queue.splice(i, 1);
    this.finish(job, new ApiError(503, 'QUERY_TIMEOUT', `no answer within ${this.timeoutMs} ms; retry shortly`));
  }

  private finish(job: Job, error: unknown, value?: unknown): void {
    if (job.done) return;
    job.done = true;
    clearTimeout(job.timer);
    if (error !== undefined) job.reject(error); else job.resolve(value);
  }
}

/** A Store whose reads run on the pool and whose writes (and export, a stream) run on `main`. Closing it closes both. */
export function pooledStore(main: Store, pool: ReaderPool): Store {
  const read = Object.fromEntries(READ_METHODS.map((m) => [m, (...args: unknown[]) => pool.call(m, args)]));
  return {
    ...(read as Pick<Store, ReadMethod>),
    kind: main.kind,
    put: (a) => main.put(a),
    putMany: (a) => main.putMany(a),
    export: (t) => main.export(t),
    close: async () => { await pool.close(); await main.close(); },
  };
}
