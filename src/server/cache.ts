// A bounded cache of GET responses (the JSON text), for SQLite stores only. It is never stale:
// - every write through the API clears it when the write starts and again when it ends, and a response computed
//   under an older generation is not kept (a read that raced a write cannot slip in);
// - writes by other processes (`veille ingest` into the same file while serving) are seen through the WAL index
//   header in the `-shm` file, which SQLite changes on every commit (mxFrame, salts, checksum of the last frame:
//   https://sqlite.org/walformat.html, "The WAL-Index Header"); when it changed, the cache is cleared first.
// Without a readable `-shm` (not WAL), nothing is cached. PostgreSQL gets no cache: other processes (queue
// workers) write to it and nothing cheap tells the server so.
import { closeSync, openSync, readSync } from 'node:fs';

/** Default bound on the cached JSON, in bytes (about 3,000 pages of 20 hits). */
export const DEFAULT_CACHE_BYTES = 32 * 1024 * 1024;
/** Bound on entries whatever their size (each costs a Map slot and a key). */
const MAX_ENTRIES = 20_000;
/** Bytes of the WAL-index header: two copies of 48 bytes, the first is enough to see a commit. */
const WAL_INDEX_HEADER = 48;

/** Something that changes whenever the database changes; null when it cannot be told (then nothing is cached). */
export type ChangeStamp = () => string | null;

/** The change stamp of a SQLite file in WAL mode: the wal-index header read from `<file>-shm`. The descriptor stays
 *  open: SQLite unlinks `-shm` only when its last connection closes, and the server holds its own open throughout. */
export function sqliteChangeStamp(file: string): ChangeStamp {
  let fd: number | null = null;
  const buf = Buffer.alloc(WAL_INDEX_HEADER);
  return () => {
    try {
      fd ??= openSync(`${file}-shm`, 'r');
      return readSync(fd, buf, 0, WAL_INDEX_HEADER, 0) === WAL_INDEX_HEADER ? buf.toString('hex') : null;
    } catch {
      if (fd !== null) { try { closeSync(fd); } catch { /* already gone */ } fd = null; }
      return null;
    }
  };
}

/** A request's view of the cache, taken when it starts. */
export interface CacheTicket { generation: number; cacheable: boolean }

/** Bounded LRU of response bodies by URL. */
export class ResponseCache {
  hits = 0;
  misses = 0;
  private readonly entries = new Map<string, string>();
  private bytes = 0;
  private generation = 0;
  private stamp: string | null = null;

  constructor(private readonly maxBytes: number, private readonly changeStamp: ChangeStamp) {}

  /** Starts a request: clears the cache if the database changed since the last look. */
  begin(): CacheTicket {
    const s = this.changeStamp();
    if (s !== this.stamp) { this.clear(); this.stamp = s; }
    return { generation: this.generation, cacheable: s !== null };
  }

  /** The cached body for this URL (counted as a hit or a miss). */
  get(key: string, t: CacheTicket): string | undefined {
    const body = t.cacheable ? this.entries.get(key) : undefined;
    if (body === undefined) { this.misses++; return undefined; }
    this.hits++;
    // most recently used last: Map keeps insertion order, so the first key is the one to evict
    this.entries.delete(key);
    this.entries.set(key, body);
    return body;
  }

  /** Keeps a body computed under ticket `t`, unless a write happened since or it alone is over a tenth of the bound. */
  set(key: string, body: string, t: CacheTicket): void {
    if (!t.cacheable || t.generation !== this.generation || body.length * 2 > this.maxBytes / 10) return;
    const old = this.entries.get(key);
    if (old !== undefined) { this.bytes -= old.length * 2; this.entries.delete(key); }
    this.entries.set(key, body);
    this.bytes += body.length * 2;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes && this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(k);
      this.bytes -= v.length * 2;
    }
  }

  /** Drops everything and turns away responses computed before now (call before and after every write). */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation++;
  }

  /** Entries held now. */
  get size(): number { return this.entries.size; }
}
