// Feeds: RSS 2.0, Atom 1.0 and RSS 1.0 (RDF) → items. A streaming XML parser (htmlparser2, xmlMode) that
// never expands DTD entities: "billion laughs" stays the literal "&lol9;", external entities are never
// fetched. Input size and item count are bounded; the walk keeps no tree, so depth costs nothing.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { VeilleError } from '../errors.js';
import { parseStatedDate } from './dates.js';
import { FEED_ROOT } from './files.js';
import { langCode } from './html/metadata.js';

/** Feeds larger than this are refused (a busy news feed is < 2 MB). */
export const MAX_FEED_CHARS = 32_000_000;
/** Items read at most per feed. */
export const MAX_ITEMS = 5000;
/** Characters kept at most per item field (content:encoded of a long article is < 1 MB). */
const MAX_FIELD = 4_000_000;

/** One feed item; absent fields were not in the feed. */
export interface FeedItem {
  /** guid, Atom id or rdf:about; else "link:<hash of the link>"; else a hash of title and date. */
  id: string;
  link?: string;
  title?: string;
  published?: string;
  author?: string;
  lang?: string;
  summary?: string;
  /** Full content (content:encoded, Atom content), HTML or text. */
  content?: string;
}

/** A parsed feed: its title, language and items. */
export interface Feed {
  kind: 'rss' | 'atom' | 'rdf';
  title?: string;
  lang?: string;
  items: FeedItem[];
}

// the sniffing lives in files.ts, so that reading a plain-text file does not load this parser
export { looksLikeFeed } from './files.js';

const DTD_ENTITY = /<!ENTITY\b/i;
const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);
const ITEM = new Set(['item', 'entry']);
type Field = 'title' | 'link' | 'guid' | 'published' | 'updated' | 'author' | 'summary' | 'content' | 'language';
/** Element names (namespace prefix kept as written by convention) → the field they fill. */
const FIELDS: Record<string, Field> = {
  title: 'title', link: 'link', guid: 'guid', id: 'guid', pubdate: 'published', published: 'published',
  'dc:date': 'published', issued: 'published', updated: 'updated', modified: 'updated', author: 'author', 'dc:creator': 'author',
  description: 'summary', summary: 'summary', 'content:encoded': 'content', content: 'content',
  language: 'language', 'dc:language': 'language',
};

/** Parses a feed. Throws BAD_FEED when the text is not a feed, TOO_LARGE when it is too big. */
export function parseFeed(xml: string): Feed {
  if (xml.length > MAX_FEED_CHARS) throw new VeilleError('TOO_LARGE', `feed of ${(xml.length / 1e6).toFixed(1)} M characters`);
  // "<!DOCTYPE x [<!ENTITY lol …>]>": entity declarations are how XML bombs (billion laughs, external
  // entities) work; no real feed needs them, so the feed is refused rather than half-read
  if (DTD_ENTITY.test(xml.slice(0, 65536))) throw new VeilleError('BAD_FEED', 'the feed declares XML entities in a DTD; refused (entity expansion is how XML bombs work)');
  const root = FEED_ROOT.exec(xml.slice(0, 2000))?.[1];
  if (!root) throw new VeilleError('BAD_FEED', 'no <rss>, <feed> or <rdf:RDF> root element');
  const feed: Feed = { kind: root === 'feed' ? 'atom' : root === 'rss' ? 'rss' : 'rdf', items: [] };
  let item: Partial<Record<Field, string>> & { about?: string; lang?: string } | null = null;
  let field: Field | null = null, fieldDepth = 0, depth = 0, buf = '';
  let feedLang: string | undefined;

  const parser = new Parser({
    onopentag(rawName, attrs) {
      const name = rawName.toLowerCase();
      depth++;
      if (field) {
        // Atom type="xhtml" content: markup inside the field is kept as HTML for the extractor
        if (field === 'content' || field === 'summary') buf += `<${name.replace(/^\w+:/, '')}>`;
        return;
      }
      if (depth <= 2 && attrs['xml:lang']) feedLang ??= langCode(attrs['xml:lang']);
      if (ITEM.has(name)) {
        item = { ...(attrs['rdf:about'] ? { about: attrs['rdf:about'] } : {}), ...(attrs['xml:lang'] ? { lang: attrs['xml:lang'] } : {}) };
        return;
      }
      const f = FIELDS[name];
      if (!item) {
        if (f === 'title' && feed.title === undefined && depth <= 3) { field = 'title'; fieldDepth = depth; buf = ''; }
        else if (f === 'language' && depth <= 3) { field = 'language'; fieldDepth = depth; buf = ''; }
        return;
      }
      if (name === 'link' && attrs['href'] !== undefined) {
        // Atom: <link rel="alternate" href="…"/>; the first alternate (or rel-less) link is the page
        const rel = attrs['rel'] ?? 'alternate';
        if (rel === 'alternate' && !item.link) item.link = attrs['href'];
        return;
      }
      if (f) { field = f; fieldDepth = depth; buf = ''; }
    },
    ontext(t) {
      if (field && buf.length < MAX_FIELD) buf += t;
    },
    onclosetag(rawName, implied) {
      const name = rawName.toLowerCase();
      if (field && depth > fieldDepth) {
        if (field === 'content' || field === 'summary') buf += `</${name.replace(/^\w+:/, '')}>`;
        depth--;
        return;
      }
      depth--;
      if (field) {
        const v = buf.trim();
        if (!item) {
          if (field === 'title') feed.title = v;
          else if (field === 'language') feedLang ??= langCode(v);
        } else if (v && (item[field] === undefined || field === 'author')) {
          item[field] = item[field] && field === 'author' ? `${item[field]}, ${v}` : v;
        }
        field = null;
        return;
      }
      if (ITEM.has(name) && item) {
        // an item closed only by the end of input (a truncated feed) is left out: it may be cut mid-text
        if (!implied && feed.items.length < MAX_ITEMS) feed.items.push(toItem(item, feedLang));
        item = null;
      }
    },
  }, { xmlMode: true, decodeEntities: true });
  parser.write(xml);
  parser.end();
  if (feedLang) feed.lang = feedLang;
  return feed;
}

function toItem(r: Partial<Record<Field, string>> & { about?: string; lang?: string }, feedLang?: string): FeedItem {
  const link = r.link?.trim();
  const published = parseStatedDate(r.published) ?? parseStatedDate(r.updated);
  const id = r.guid ?? r.about ?? (link ? `link:${hash(link)}` : `item:${hash(`${r.title ?? ''}\u0001${r.published ?? ''}\u0001${r.summary ?? ''}`)}`);
  const lang = langCode(r.lang) ?? langCode(r.language) ?? feedLang;
  return {
    id,
    ...(link ? { link } : {}),
    ...(r.title ? { title: r.title } : {}),
    ...(published ? { published } : {}),
    ...(r.author ? { author: r.author } : {}),
    ...(lang ? { lang } : {}),
    ...(r.summary ? { summary: r.summary } : {}),
    ...(r.content ? { content: r.content } : {}),
  };
}
