// Ingest: everything a user points veille at becomes TextInput (body text + metadata + where it came from).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describeError, VeilleError } from '../errors.js';
import type { TextInput } from '../types.js';
import { normalizeDate } from '../util/date.js';
import { decodePage } from './charset.js';
import { decodeUtf8 } from './decode.js';
import { parseFeed, looksLikeFeed } from './feed.js';
import { feedArticles } from './feeds.js';
import { splitFrontMatter } from './frontmatter.js';
import { htmlArticle, htmlArticleFromBytes } from './html/index.js';
import { warcArticles, type Ingested } from './warc-articles.js';

export { extractHtml, htmlArticle, htmlArticleFromBytes, type HtmlArticle } from './html/index.js';
export { parseFeed, looksLikeFeed, type Feed, type FeedItem } from './feed.js';
export { feedArticles, itemArticle } from './feeds.js';
export { warcArticles, recordArticle, type Ingested } from './warc-articles.js';
export { readWarc, readWarcFile, type WarcRecord } from './warc.js';
export { fetchUrl, isUrl, type FetchOptions, type Fetched } from './fetch.js';
export { urlArticles } from './url.js';

/** File endings read as plain-text articles. */
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
/** File endings read as web pages. */
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** File endings read as feeds (RSS, Atom, RDF); other files are sniffed too. */
const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom', '.rdf']);
/** Files at most this large are read whole (feeds, pages, text); WARC archives are streamed. */
const MAX_FILE_BYTES = 64_000_000;

/** Expands directories (recursively, sorted) into the article files they hold; files are kept as given. */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, top: boolean): void => {
    let st;
    try { st = statSync(p); } catch { throw new VeilleError('NOT_FOUND', p); }
    if (st.isDirectory()) {
      for (const f of readdirSync(p).sort()) walk(join(p, f), false);
    } else if (top || isArticleFile(p)) {
      out.push(p);
    }
  };
  for (const p of paths) walk(p, true);
  return out;
}

/** True for the files a directory walk picks up (text, HTML, feeds, WARC). */
export function isArticleFile(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return TEXT_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext) || FEED_EXTENSIONS.has(ext) || isWarcPath(path);
}

/** True for .warc and .warc.gz paths. */
export function isWarcPath(path: string): boolean {
  return /\.warc(?:\.gz)?$/i.test(path);
}

/**
 * Reads one file into the articles it holds, by type: a text file holds one, a page one, a feed one
 * per item. The type comes from the ending, then from the first bytes (a feed or a page saved as .txt).
 * WARC archives are streamed: use `ingestPath`.
 */
export function readArticleFile(path: string): TextInput[] {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_FILE_BYTES) throw new VeilleError('TOO_LARGE', `${path}: over ${MAX_FILE_BYTES / 1e6} MB`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof VeilleError) throw e;
    throw new VeilleError('READ_FAILED', `${path}: ${(e as Error).message}`);
  }
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return [htmlArticleFromBytes(bytes, path)];
  const head = bytes.subarray(0, 2048).toString('latin1');
  if (FEED_EXTENSIONS.has(ext) || looksLikeFeed(head)) {
    const { text } = decodePage(bytes, undefined, path);
    const articles = feedArticles(parseFeed(text), path);
    if (!articles.length) throw new VeilleError('EMPTY_INPUT', `${path}: the feed has no item with text`);
    return articles;
  }
  if (/^\s*<(?:!doctype html|html\b)/i.test(head)) return [htmlArticleFromBytes(bytes, path)];
  return [textArticle(bytes, path)];
}

/** Every article a path holds (file of any type, WARC streamed); failures come as entries, never thrown. */
export async function* ingestPath(path: string): AsyncGenerator<Ingested> {
  if (isWarcPath(path)) { yield* warcArticles(path); return; }
  try {
    for (const input of readArticleFile(path)) yield { input };
  } catch (e) {
    yield { error: describeError(e), source: path };
  }
}

/** One plain-text article from bytes (front matter read when present); refuses empty and binary input. */
export function textArticle(bytes: Uint8Array, source: string | null): TextInput {
  const { text, flags } = decodeUtf8(bytes, source ?? 'input');
  const { meta, body } = splitFrontMatter(text);
  if (!body.trim()) throw new VeilleError('EMPTY_INPUT', source ?? undefined);
  return { source, ...meta, text: body, inputFlags: flags };
}

/** A batch line ({"id", "text"|"html", "lang"?, "published"?, "title"?, "url"?}) as TextInput; throws on a bad record. */
export function batchRecord(rec: unknown): TextInput {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) throw new VeilleError('NO_TEXT', 'the line is not a JSON object');
  const r = rec as Record<string, unknown>;
  const str = (k: string): string | undefined => {
    const v = r[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'number' && k === 'id') return String(v);
    if (typeof v !== 'string') throw new VeilleError('BAD_FIELD', `"${k}" must be a string`);
    return v;
  };
  const id = str('id'), text = str('text'), html = str('html'), lang = str('lang'), published = str('published'), title = str('title'), url = str('url');
  if (lang !== undefined && !/^[a-z]{2}$/i.test(lang)) throw new VeilleError('BAD_LANG', lang);
  if (published !== undefined && !normalizeDate(published)) throw new VeilleError('BAD_DATE', published);
  if (text === undefined && html !== undefined) {
    // a whole web page: extracted here; the line's own fields win over what the page states
    const page = htmlArticle(html, url ?? null, url);
    return {
      ...page,
      ...(id !== undefined ? { id } : {}),
      ...(lang !== undefined ? { lang } : {}),
      ...(published !== undefined ? { published } : {}),
      ...(title !== undefined ? { title } : {}),
    };
  }
  if (text === undefined) throw new VeilleError('NO_TEXT');
  if (!text.trim()) throw new VeilleError('EMPTY_INPUT', id ? `id ${id}` : undefined);
  return {
    text,
    ...(id !== undefined ? { id } : {}),
    ...(lang !== undefined ? { lang } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(title !== undefined ? { title } : {}),
    ...(url !== undefined ? { source: url } : {}),
  };
}
