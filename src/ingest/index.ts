// Ingest: everything a user points veille at becomes TextInput (body text + metadata + where it came from).
import { describeError, VeilleError } from '../errors.js';
import type { TextInput } from '../types.js';
import { normalizeDate } from '../util/date.js';
import { decodePage } from './charset.js';
import { parseFeed } from './feed.js';
import { feedArticles } from './feeds.js';
import { fileKind, isWarcPath, readFileBytes, textArticle } from './files.js';
import { htmlArticle, htmlArticleFromBytes } from './html/index.js';
import { warcArticles, type Ingested } from './warc-articles.js';

export { extractHtml, htmlArticle, htmlArticleFromBytes, type HtmlArticle } from './html/index.js';
export { parseFeed, looksLikeFeed, type Feed, type FeedItem } from './feed.js';
export { feedArticles, itemArticle } from './feeds.js';
export { warcArticles, recordArticle, type Ingested } from './warc-articles.js';
export { readWarc, readWarcFile, type WarcRecord } from './warc.js';
export { fetchUrl, isUrl, type FetchOptions, type Fetched } from './fetch.js';
export { urlArticles } from './url.js';
// the light part (file kinds, directory walks, plain text) lives in files.ts, which loads no parser
export { expandPaths, isArticleFile, isWarcPath, readPlainTextFile, textArticle } from './files.js';

/**
 * Reads one file into the articles it holds, by type: a text file holds one, a page one, a feed one
 * per item. The type comes from the ending, then from the first bytes (a feed or a page saved as .txt).
 * WARC archives are streamed: use `ingestPath`.
 */
export function readArticleFile(path: string): TextInput[] {
  const bytes = readFileBytes(path);
  const kind = fileKind(path, bytes);
  if (kind === 'html') return [htmlArticleFromBytes(bytes, path)];
  if (kind === 'feed') {
    const { text } = decodePage(bytes, undefined, path);
    const articles = feedArticles(parseFeed(text), path);
    if (!articles.length) throw new VeilleError('EMPTY_INPUT', `${path}: the feed has no item with text`);
    return articles;
  }
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
