// Bytes of a web page → text. The charset comes from (in order) a byte-order mark, the HTTP
// Content-Type, a <meta charset> / <meta http-equiv> or <?xml encoding?> in the first bytes; without
// any, UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers assume for old pages).
import type { Flag } from '../types.js';
import { looksBinary } from './decode.js';
import { VeilleError } from '../errors.js';

/** How far into the document a <meta charset> is looked for (the HTML spec says 1024 bytes; pages overshoot). */
const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^<>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^<\?xml[^<>]{0,200}?encoding\s*=\s*["']([\w.:-]+)["']/;
const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

/** The charset label a Content-Type header names, if any. */
export function headerCharset(contentType: string | null | undefined): string | undefined {
  return contentType ? HEADER_CHARSET.exec(contentType)?.[1] : undefined;
}

function decoderFor(label: string | undefined): { decode(b: Uint8Array): string; encoding: string } | undefined {
  if (!label) return undefined;
  // latin-1 is read as windows-1252 by every browser (the WHATWG Encoding standard maps them together)
  try { return new TextDecoder(label.toLowerCase()); } catch { return undefined; }
}

/** Decodes page bytes with the charset they declare; `declared` is the HTTP header's charset. Throws on binary. */
export function decodePage(bytes: Uint8Array, declared?: string, name = 'input'): { text: string; charset: string; flags: Flag[] } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', flags: [] };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le', flags: [] };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be', flags: [] };
  if (looksBinary(bytes)) throw new VeilleError('BINARY_INPUT', name);
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1');
  const label = declared ?? XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  const dec = decoderFor(label);
  if (dec && dec.encoding !== 'utf-8') return { text: dec.decode(bytes), charset: dec.encoding, flags: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', flags: [] };
  } catch {
    if (label) {
      // declared UTF-8 but not valid: keep UTF-8 with replacement characters, and say so
      const text = new TextDecoder('utf-8').decode(bytes);
      return { text, charset: 'utf-8', flags: [{ kind: 'invalid-utf8', text: '', start: 0, end: 0, note: 'invalid UTF-8 sequences replaced by U+FFFD' }] };
    }
    return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252', flags: [] };
  }
}
