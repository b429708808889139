// WARC (.warc, .warc.gz) → records, streamed: memory holds one record at a time, never the archive.
// A truncated or corrupt archive yields the records read so far, then one error; a gzip bomb stops
// at MAX_WARC_BYTES. WARC-Date is the capture date (kept apart from any publication date).
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { VeilleError } from '../errors.js';

/** Decompressed bytes read at most from one archive (bounds a gzip bomb). */
export const MAX_WARC_BYTES = 4_000_000_000;
/** Records with a larger block are skipped (never buffered): news pages are far smaller. */
export const MAX_RECORD_BYTES = 32_000_000;
const MAX_HEADER_BYTES = 65_536;
const CRLF2 = Buffer.from('\r\n\r\n');

/** One WARC record: its headers (names lower-cased) and block, or `skipped` when it was too large. */
export interface WarcRecord {
  headers: Map<string, string>;
  block: Buffer;
  skipped?: boolean;
}

/** Parses "Name: value" lines after a first line; names lower-cased. */
export function parseHeaderLines(text: string): { first: string; headers: Map<string, string> } {
  const lines = text.split(/\r?\n/);
  const headers = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const i = l.indexOf(':');
    if (i > 0) { const k = l.slice(0, i).trim().toLowerCase(); if (!headers.has(k)) headers.set(k, l.slice(i + 1).trim()); }
  }
  return { first: lines[0] ?? '', headers };
}

/** Streams the records of a WARC file (gzip detected by its magic bytes). Throws BAD_WARC after the good records. */
export async function* readWarcFile(path: string): AsyncGenerator<WarcRecord> {
  const head = await firstBytes(path, 2);
  const file = createReadStream(path);
  const gz = head[0] === 0x1f && head[1] === 0x8b;
  yield* readWarc(gz ? file.pipe(createGunzip()) : file, () => file.destroy());
}

async function firstBytes(path: string, n: number): Promise<Buffer> {
  const s = createReadStream(path, { start: 0, end: n - 1 });
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** Streams the records of an (already decompressed) WARC byte stream. */
export async function* readWarc(input: Readable, onStop: () => void = () => {}): AsyncGenerator<WarcRecord> {
  let head = Buffer.alloc(0);          // bytes not yet consumed (header part)
  let need = -1;                       // block bytes still expected (-1: reading a header)
  let parts: Buffer[] = [];
  let headers = new Map<string, string>();
  let skipping = false, total = 0, n = 0, trailer = 0;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > MAX_WARC_BYTES) throw new VeilleError('TOO_LARGE', `archive inflates past ${MAX_WARC_BYTES / 1e9} GB (a compression bomb?)`);
      let data: Buffer = head.length ? Buffer.concat([head, chunk]) : chunk;
      head = Buffer.alloc(0);
      while (data.length) {
        if (trailer > 0) {
          // the record's closing CRLF CRLF: skip up to 4 bytes of \r and \n
          let i = 0;
          while (i < data.length && trailer > 0 && (data[i] === 13 || data[i] === 10)) { i++; trailer--; }
          if (i < data.length || trailer === 0) trailer = 0;
          data = data.subarray(i);
          continue;
        }
        if (need < 0) {
          const end = data.indexOf(CRLF2);
          if (end < 0) {
            if (data.length > MAX_HEADER_BYTES) throw new VeilleError('BAD_WARC', `record ${n + 1}: no end of headers within ${MAX_HEADER_BYTES} bytes`);
            head = Buffer.from(data);
            break;
          }
          const { first, headers: h } = parseHeaderLines(data.subarray(0, end).toString('latin1'));
          if (!/^WARC\/\d/.test(first.trim())) throw new VeilleError('BAD_WARC', `record ${n + 1}: expected "WARC/1.x", found "${first.slice(0, 40)}"`);
          const len = Number(h.get('content-length'));
          if (!Number.isFinite(len) || len < 0) throw new VeilleError('BAD_WARC', `record ${n + 1}: missing or bad Content-Length`);
          headers = h; need = len; parts = []; skipping = len > MAX_RECORD_BYTES;
          data = data.subarray(end + 4);
        }
        const take = Math.min(need, data.length);
        if (!skipping && take) parts.push(Buffer.from(data.subarray(0, take)));
        need -= take;
        data = data.subarray(take);
        if (need === 0) {
          n++;
          need = -1; trailer = 4;
          yield skipping ? { headers, block: Buffer.alloc(0), skipped: true } : { headers, block: Buffer.concat(parts) };
          parts = [];
        }
      }
    }
  } catch (e) {
    onStop();
    if (e instanceof VeilleError) throw e;
    throw new VeilleError('BAD_WARC', `after ${n} record(s): ${(e as Error).message}`);
  }
  if (need >= 0) throw new VeilleError('BAD_WARC', `after ${n} record(s): the archive ends inside a record (truncated)`);
}
