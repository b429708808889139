// Feed items → articles: one TextInput per item with text (full content, else summary), title, date and
// link; an item with neither content nor summary yields no article (its page can be fetched instead).
import type { ArticleMeta, TextInput } from '../types.js';
import type { Feed, FeedItem } from './feed.js';
import { fragmentText } from './html/extract.js';

/** The article a feed item carries, or null when it carries no text. `feedSource` names the feed. */
export function itemArticle(item: FeedItem, feedSource: string | null): TextInput | null {
  const body = item.content ?? item.summary;
  const text = body ? fragmentText(body) : '';
  if (!text.trim()) return null;
  const meta: ArticleMeta = { itemId: item.id };
  if (item.author) meta.authors = [item.author];
  if (item.lang) meta.declaredLang = item.lang;
  if (item.link) meta.canonicalUrl = item.link;
  if (item.content && item.summary) meta.description = fragmentText(item.summary);
  return {
    text,
    source: item.link ?? (feedSource ? `${feedSource}#${item.id}` : item.id),
    ...(item.title ? { title: item.title } : {}),
    ...(item.published ? { published: item.published } : {}),
    meta,
  };
}

/** Every article a feed carries, in feed order (items without text are left out). */
export function feedArticles(feed: Feed, feedSource: string | null): TextInput[] {
  const out: TextInput[] = [];
  for (const item of feed.items) {
    const a = itemArticle(item, feedSource);
    if (a) out.push(a);
  }
  return out;
}
