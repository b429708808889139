// Files as articles, the light part: which kind a file is (by ending, then by its first bytes), directory
// walks, and plain-text articles. Nothing here loads an HTML or feed parser, so `veille analyze a.txt`
// starts without them (process start to output is a measured figure); index.ts reads pages, feeds and WARC.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describeError, VeilleError } from '../errors.js';
import type { TextInput } from '../types.js';
import { decodeUtf8 } from './decode.js';
import { splitFrontMatter } from './frontmatter.js';
import type { Ingested } from './warc-articles.js';

/** File endings read as plain-text articles. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
/** File endings read as web pages. */
export const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
/** File endings read as feeds (RSS, Atom, RDF); other files are sniffed too. */
export const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom', '.rdf']);
/** Files at most this large are read whole (feeds, pages, text); WARC archives are streamed. */
export const MAX_FILE_BYTES = 64_000_000;

/** The root element of a feed after an XML declaration, comments, a doctype or processing instructions. */
export const FEED_ROOT = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?[^>]*>\s*)*<(rss|feed|rdf:RDF)\b/;
/** A page saved under another ending ("<!doctype html", "<html"). */
const HTML_HEAD = /^\s*<(?:!doctype html|html\b)/i;

/** True when the text starts like an RSS, Atom or RDF feed (sniffed on the first 2 000 characters). */
export function looksLikeFeed(text: string): boolean {
  return FEED_ROOT.test(text.slice(0, 2000));
}

/** True when the string is an http(s) URL. */
export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

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

/** The bytes of a file read whole; throws TOO_LARGE or READ_FAILED naming the path. */
export function readFileBytes(path: string): Buffer {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) throw new VeilleError('TOO_LARGE', `${path}: over ${MAX_FILE_BYTES / 1e6} MB`);
    return readFileSync(path);
  } catch (e) {
    if (e instanceof VeilleError) throw e;
    throw new VeilleError('READ_FAILED', `${path}: ${(e as Error).message}`);
  }
}

/** How a file read whole is taken: by its ending, then from its first bytes (a feed or a page saved as .txt). */
export function fileKind(path: string, bytes: Buffer): 'html' | 'feed' | 'text' {
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  const head = bytes.subarray(0, 2048).toString('latin1');
  if (FEED_EXTENSIONS.has(ext) || looksLikeFeed(head)) return 'feed';
  if (HTML_HEAD.test(head)) return 'html';
  return 'text';
}

/** One plain-text article from bytes (front matter read when present); refuses empty and binary input. */
export function textArticle(bytes: Uint8Array, source: string | null): TextInput {
  const { text, flags } = decodeUtf8(bytes, source ?? 'input');
  const { meta, body } = splitFrontMatter(text);
  if (!body.trim()) throw new VeilleError('EMPTY_INPUT', source ?? undefined);
  return { source, ...meta, text: body, inputFlags: flags };
}

/**
 * The article of a plain-text file, as `ingestPath` would give it (failures as entries), or null when the
 * file is a WARC archive, a page or a feed: those need index.ts's readers.
 */
export function readPlainTextFile(path: string): Ingested | null {
  if (isWarcPath(path)) return null;
  try {
    const bytes = readFileBytes(path);
    if (fileKind(path, bytes) !== 'text') return null;
    return { input: textArticle(bytes, path) };
  } catch (e) {
    return { error: describeError(e), source: path };
  }
}
