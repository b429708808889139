// Reading a store's file once, in the background, when a server starts: a search reads pages of the full-text index,
// the article rows and a few bodies all over the file, and on a cold page cache each is a random disk read. On a
// 100,000-article store (1.5 GB, a ~100 MB/s disk), the first 30 s of the API bench after the cache was dropped gave
// p99 629 ms; one sequential read of the file, started with the server, brings the pages in at the disk's streaming
// speed (bench/RESULTS.md). The read goes through the OS cache only: nothing is kept in the process.
import { createReadStream, statSync } from 'node:fs';
import { totalmem } from 'node:os';

/** Largest share of the machine's memory a store may take to be read ahead (a larger one would push out the rest). */
const MAX_SHARE = 0.25;

/** A read ahead in progress: `done` resolves with the bytes read once it ends or is stopped. */
export interface Prewarm { stop(): void; done: Promise<number> }

/** Starts reading `file` and its WAL in the background. Nothing is read when the files are too large for the cache
 *  or cannot be read: the server works the same, only slower until its pages are in. */
export function prewarm(file: string): Prewarm {
  const files = [file, `${file}-wal`];
  let size = 0;
  try { size = files.reduce((n, f) => n + (statSync(f, { throwIfNoEntry: false })?.size ?? 0), 0); } catch { size = Infinity; }
  if (size > totalmem() * MAX_SHARE) return { stop: () => undefined, done: Promise.resolve(0) };
  let stream: ReturnType<typeof createReadStream> | null = null;
  let stopped = false, bytes = 0;
  let finish!: (n: number) => void;
  const done = new Promise<number>((r) => { finish = r; });
  const next = (i: number): void => {
    if (stopped || i >= files.length) { finish(bytes); return; }
    stream = createReadStream(files[i]!, { highWaterMark: 1 << 20 });
    stream.on('data', (c) => { bytes += c.length; });
    stream.on('error', () => next(i + 1));
    stream.on('end', () => next(i + 1));
  };
  next(0);
  return { stop: () => { if (stopped) return; stopped = true; stream?.destroy(); finish(bytes); }, done };
}
