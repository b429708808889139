// A reader thread of the pool (readers.ts): opens its own connection to the store and answers read calls one at
// a time. SQLite in WAL mode lets these connections read while the main thread writes; each read sees the last
// committed write.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { READ_METHODS, serializeError, type ReadCall, type ReadMethod, type ReadReply } from './reader-protocol.js';

/** What the pool gives each reader. */
interface ReaderData { db: string }

const port = parentPort;
if (!port) throw new Error('reader-worker.ts runs as a worker thread');

async function main(): Promise<void> {
  let store: Store;
  try {
    // the main thread opened (and migrated) the store before starting readers, so this open only reads the schema
    store = await openStore((workerData as ReaderData).db);
  } catch (e) {
    port!.postMessage({ id: -1, error: serializeError(e) } satisfies ReadReply);
    return;
  }
  const allowed = new Set<string>(READ_METHODS);
  port!.on('message', (m: ReadCall | 'close') => {
    if (m === 'close') { void store.close().finally(() => port!.close()); return; }
    void answer(store, allowed, m).then((r) => port!.postMessage(r));
  });
  port!.postMessage({ id: 0, value: 'ready' } satisfies ReadReply);
}

/** Runs one call; any failure becomes a serialized error (the pool rebuilds it with its class and code). */
async function answer(store: Store, allowed: Set<string>, m: ReadCall): Promise<ReadReply> {
  try {
    if (!allowed.has(m.method)) throw new Error(`not a read method: ${m.method}`);
    const f = store[m.method as ReadMethod] as (...a: unknown[]) => Promise<unknown>;
    return { id: m.id, value: await f.apply(store, m.args) };
  } catch (e) {
    return { id: m.id, error: serializeError(e) };
  }
}

void main();
