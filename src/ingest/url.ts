// A URL → the articles it holds: a page gives one, a feed one per item with text.
import { VeilleError } from '../errors.js';
import type { TextInput } from '../types.js';
import { decodePage, headerCharset } from './charset.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import { feedArticles } from './feeds.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import { htmlArticleFromBytes } from './html/index.js';

const FEED_TYPE = /^(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml)\b/i;

/** Fetches `url` and reads it as a feed (by content type or first bytes) or as a page. */
export async function urlArticles(url: string, options: FetchOptions = {}): Promise<TextInput[]> {
  const f = await fetchUrl(url, options);
  const head = f.body.subarray(0, 2048).toString('latin1');
  if (FEED_TYPE.test(f.contentType) || looksLikeFeed(head)) {
    const { text } = decodePage(f.body, headerCharset(f.contentType), url);
    const items = feedArticles(parseFeed(text), url);
    if (!items.length) throw new VeilleError('EMPTY_INPUT', `${url}: the feed has no item with text`);
    return items;
  }
  const a = htmlArticleFromBytes(f.body, url, f.url, f.contentType);
  return [{ ...a, meta: { ...a.meta, captured: f.fetchedAt } }];
}
