// Bytes → text. UTF-8 with replacement characters for invalid sequences (and a flag saying so);
// binary data is refused rather than analysed as gibberish.
import { VeilleError } from '../errors.js';
import type { Flag } from '../types.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// Share of control bytes (other than tab, CR, LF, FF) above which a sample is taken for binary.
// A text file has almost none; compressed or executable files have many. Tuned by hand on a few files.
const BINARY_CONTROL_SHARE = 0.1;
const SAMPLE = 8192;

/** Decoded text and the flags decoding raised. */
export interface Decoded {
  text: string;
  flags: Flag[];
}

/** True when the first bytes look like binary data: a NUL byte, or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) controls++;
  }
  return n > 0 && controls / n > BINARY_CONTROL_SHARE;
}

/** Decodes UTF-8 bytes; invalid sequences become U+FFFD and raise an `invalid-utf8` flag. Throws on binary. */
export function decodeUtf8(bytes: Uint8Array, name = 'input'): Decoded {
  if (looksBinary(bytes)) throw new VeilleError('BINARY_INPUT', name);
  const start = bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), flags: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    return { text, flags: [{ kind: 'invalid-utf8', text: '', start: 0, end: 0, note: `${bad} invalid UTF-8 sequence(s) replaced by U+FFFD` }] };
  }
}
