// Feed polling core for `veille watch`: which items are new (a small state of seen ids per feed), and
// one item → its article (the linked page when it can be fetched, else the item's own content).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { describeError, VeilleError } from '../errors.js';
import type { TextInput } from '../types.js';
import { decodePage, headerCharset } from './charset.js';
import { parseFeed, type Feed, type FeedItem } from './feed.js';
import { itemArticle } from './feeds.js';
import { fetchUrl, isUrl, type FetchOptions } from './fetch.js';
import { htmlArticleFromBytes } from './html/index.js';

/** Seen item ids kept per feed (oldest forgotten first): a feed lists far fewer items than this. */
export const MAX_SEEN_PER_FEED = 5000;

/** Seen item ids by feed. */
export type WatchState = Record<string, string[]>;

/** Reads the state file; a missing or unreadable file is an empty state. */
export function loadState(path: string): WatchState {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as WatchState) : {};
  } catch { return {}; }
}

/** Writes the state atomically (temp file, then rename), so an interrupted write never corrupts it. */
export function saveState(path: string, state: WatchState): void {
  writeFileSync(`${path}.tmp`, JSON.stringify(state));
  renameSync(`${path}.tmp`, path);
}

/** Fetches (URL) or reads (path) a feed and parses it. */
export async function loadFeed(where: string, options: FetchOptions): Promise<Feed> {
  if (isUrl(where)) {
    const f = await fetchUrl(where, options);
    return parseFeed(decodePage(f.body, headerCharset(f.contentType), where).text);
  }
  let bytes: Buffer;
  try { bytes = readFileSync(where); } catch (e) { throw new VeilleError('READ_FAILED', `${where}: ${(e as Error).message}`); }
  return parseFeed(decodePage(bytes, undefined, where).text);
}

/** The items of `feed` not yet in `seen`. */
export function newItems(feed: Feed, seen: readonly string[]): FeedItem[] {
  const s = new Set(seen);
  return feed.items.filter((i) => !s.has(i.id));
}

/** Marks ids as seen, keeping at most MAX_SEEN_PER_FEED (the newest). */
export function remember(seen: readonly string[], ids: readonly string[]): string[] {
  const all = [...seen, ...ids.filter((id) => !seen.includes(id))];
  return all.slice(Math.max(0, all.length - MAX_SEEN_PER_FEED));
}

/**
 * The article of one item: its linked page when fetchable (the page's date and title win, the item's
 * fill the gaps), else the item's own content. `note` says why the page was not used, when it was not.
 */
export async function itemToArticle(item: FeedItem, feedSource: string, options: FetchOptions): Promise<{ input: TextInput | null; note?: string }> {
  const fromItem = itemArticle(item, feedSource);
  if (!item.link || !isUrl(item.link)) return { input: fromItem, ...(fromItem ? {} : { note: 'item has no link and no text' }) };
  try {
    const f = await fetchUrl(item.link, options);
    const page = htmlArticleFromBytes(f.body, item.link, f.url, f.contentType);
    return {
      input: {
        ...page,
        title: page.title ?? item.title ?? null,
        published: page.published ?? item.published ?? null,
        meta: { ...page.meta, captured: f.fetchedAt, itemId: item.id, ...(item.author && !page.meta?.authors ? { authors: [item.author] } : {}) },
      },
    };
  } catch (e) {
    return { input: fromItem, note: `page not used: ${describeError(e)}` };
  }
}
