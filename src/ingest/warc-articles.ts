// WARC records → articles: each HTML `response` (or `resource`) record becomes an article whose source
// is its WARC-Target-URI and whose capture date (WARC-Date) is kept as meta.captured — the page's own
// date, when it states one, is the publication date.
import { describeError, VeilleError } from '../errors.js';
import type { TextInput } from '../types.js';
import { decodeContent } from './decompress.js';
import { htmlArticleFromBytes } from './html/index.js';
import { parseHeaderLines, readWarcFile, type WarcRecord } from './warc.js';

/** An article read from an input, or the error met on one part of it (the others go on). */
export type Ingested = { input: TextInput } | { error: string; source: string };

const HTML_TYPE = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/** Undoes "Transfer-Encoding: chunked" (bounded by the input: every chunk size is checked against what is left). */
export function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let i = 0;
  while (i < body.length) {
    const eol = body.indexOf('\r\n', i);
    if (eol < 0) break;
    const size = parseInt(body.subarray(i, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(eol + 2, Math.min(body.length, eol + 2 + size)));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** The HTML article of one record, or null when the record is not an HTML page (request, metadata, image…). */
export function recordArticle(rec: WarcRecord): TextInput | null {
  const type = rec.headers.get('warc-type');
  const uri = rec.headers.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
  if (type !== 'response' && type !== 'resource') return null;
  if (rec.skipped) throw new VeilleError('TOO_LARGE', `record for ${uri ?? '?'} is larger than veille reads`);
  let contentType = rec.headers.get('content-type') ?? '';
  let body = rec.block;
  if (type === 'response' && /^application\/http/i.test(contentType)) {
    const end = body.indexOf('\r\n\r\n');
    if (end < 0) throw new VeilleError('BAD_WARC', `response for ${uri ?? '?'} has no HTTP header end`);
    const { first, headers } = parseHeaderLines(body.subarray(0, end).toString('latin1'));
    const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(first)?.[1]);
    if (status !== 200) return null;
    contentType = headers.get('content-type') ?? '';
    body = body.subarray(end + 4);
    if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
    body = decodeContent(body, headers.get('content-encoding'), undefined, uri ?? 'record');
  }
  if (!HTML_TYPE.test(contentType) && !(contentType === '' && /^\s*<(?:!doctype html|html)/i.test(body.subarray(0, 512).toString('latin1')))) return null;
  const article = htmlArticleFromBytes(body, uri, uri ?? undefined, contentType);
  const captured = rec.headers.get('warc-date');
  return captured ? { ...article, meta: { ...article.meta, captured } } : article;
}

/** Every HTML page of a WARC file as an article; one error entry per failed record or for a broken tail. */
export async function* warcArticles(path: string): AsyncGenerator<Ingested> {
  let n = 0;
  try {
    for await (const rec of readWarcFile(path)) {
      n++;
      const uri = rec.headers.get('warc-target-uri') ?? `record ${n}`;
      try {
        const a = recordArticle(rec);
        if (a) yield { input: a };
      } catch (e) {
        yield { error: describeError(e), source: `${path} ${uri}` };
      }
    }
  } catch (e) {
    yield { error: describeError(e), source: path };
  }
}
