// Content-Encoding (gzip, deflate, br) with a hard cap on the output: a gzip bomb (1 MB that inflates
// to 10 GB) stops at the cap with a clear error instead of filling memory.
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync, constants } from 'node:zlib';
import { VeilleError } from '../errors.js';

/** Decoded bodies larger than this are refused (a news page is well under 5 MB). */
export const MAX_BODY_BYTES = 50_000_000;

/** Undoes a Content-Encoding; `identity`/absent returns the bytes as they are. Throws TOO_LARGE past `max` (`name` in messages). */
export function decodeContent(bytes: Uint8Array, encoding: string | null | undefined, max = MAX_BODY_BYTES, name = 'input'): Buffer {
  const enc = (encoding ?? '').trim().toLowerCase();
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (!enc || enc === 'identity') return buf;
    if (enc === 'gzip' || enc === 'x-gzip') return gunzipSync(buf, { maxOutputLength: max, finishFlush: constants.Z_SYNC_FLUSH });
    if (enc === 'br') return brotliDecompressSync(buf, { maxOutputLength: max });
    // "deflate" is zlib-wrapped by the spec, raw deflate by some servers: try both
    if (enc === 'deflate') { try { return inflateSync(buf, { maxOutputLength: max }); } catch (e) { if (isTooLarge(e)) throw e; return inflateRawSync(buf, { maxOutputLength: max }); } }
  } catch (e) {
    if (isTooLarge(e)) throw new VeilleError('TOO_LARGE', `${name}: ${enc} body inflates past ${max / 1e6} MB (a compression bomb?)`);
    throw new VeilleError('READ_FAILED', `${name}: ${enc} body could not be decoded: ${(e as Error).message}`);
  }
  throw new VeilleError('UNSUPPORTED', `${name}: content encoding "${enc}"`);
}

function isTooLarge(e: unknown): boolean {
  return e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
}
