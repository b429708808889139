// HTML ingest entry points: a page (string or bytes) → TextInput with its metadata.
import { VeilleError } from '../../errors.js';
import type { ArticleMeta, Flag, TextInput } from '../../types.js';
import { decodePage } from '../charset.js';
import { extractHtml, type HtmlArticle } from './extract.js';

export { extractHtml, type HtmlArticle } from './extract.js';

/** The ArticleMeta part of an extraction (only the fields the page stated). */
export function articleMeta(a: HtmlArticle): ArticleMeta {
  const m: ArticleMeta = {};
  if (a.authors?.length) m.authors = a.authors;
  if (a.siteName) m.siteName = a.siteName;
  if (a.canonicalUrl) m.canonicalUrl = a.canonicalUrl;
  if (a.description) m.description = a.description;
  if (a.image) m.image = a.image;
  if (a.lang) m.declaredLang = a.lang;
  return m;
}

/**
 * One article from an HTML page. `source` is where it came from (URL or path); `url` the page's address
 * when known. Throws NO_ARTICLE when no text is found (a page that is only a script).
 */
export function htmlArticle(html: string, source: string | null, url?: string, flags: Flag[] = []): TextInput {
  const a = extractHtml(html, url);
  if (!a.text.trim()) throw new VeilleError('NO_ARTICLE', source ?? undefined);
  const meta = articleMeta(a);
  return {
    text: a.text,
    source: source ?? url ?? a.canonicalUrl ?? null,
    ...(a.title ? { title: a.title } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(flags.length ? { inputFlags: flags } : {}),
    ...(Object.keys(meta).length ? { meta } : {}),
  };
}

/** One article from the bytes of an HTML page (charset from `contentType`, a BOM or <meta charset>). */
export function htmlArticleFromBytes(bytes: Uint8Array, source: string | null, url?: string, contentType?: string): TextInput {
  const { text, flags } = decodePage(bytes, contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined, source ?? 'input');
  return htmlArticle(text, source, url, flags);
}
