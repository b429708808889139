// Page metadata: title, publication date, authors, language, site name, canonical URL, description, image.
// Sources in order of trust: JSON-LD article object, then Open Graph / article:* / Dublin Core meta tags,
// then <time> elements that say they are the publication time. A date is reported only when the page
// states one; nothing is inferred from the URL, the clock or the text.
import { parseStatedDate } from '../dates.js';
import { readJsonLd, type LdArticle } from './jsonld.js';

/** Metadata of one page; absent fields were not stated. */
export interface PageMeta {
  title?: string;
  published?: string;
  authors?: string[];
  /** Language the page declares (<html lang>, og:locale, inLanguage), ISO 639-1; a hint, not a verdict. */
  lang?: string;
  siteName?: string;
  canonicalUrl?: string;
  description?: string;
  image?: string;
  /** JSON-LD articleBody, when the page ships one: a witness the cascade compares extractions with. */
  ldBody?: string;
}

/** The DOM surface read here (linkedom's Document fits). */
export interface QueryRoot {
  querySelectorAll(sel: string): ArrayLike<{ getAttribute(n: string): string | null; textContent: string | null }>;
  documentElement?: { getAttribute(n: string): string | null } | null;
}

/** Meta names and properties giving the publication date, most specific first. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'article.published', 'pubdate',
  'publishdate', 'publish-date', 'publish_date', 'published_time', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'date', 'article_date_original',
  'cxenseparse:recs:publishtime', 'og:published_time',
];
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];

function metaMap(doc: QueryRoot): Map<string, string> {
  const map = new Map<string, string>();
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

/** "en-US", "fr_FR", "French"? → "en", "fr"; null when it is not an ISO 639-1 code. */
export function langCode(s: string | null | undefined): string | undefined {
  const m = /^([a-z]{2})(?:[-_][a-z0-9]+)*$/i.exec(s?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : undefined;
}

function timeDate(doc: QueryRoot): string | undefined {
  // <time pubdate>, <time itemprop="datePublished">, <time class="…published…">: the page says what it is
  const times = doc.querySelectorAll('time[datetime]');
  for (let i = 0; i < times.length; i++) {
    const t = times[i]!;
    const what = `${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('class') ?? ''} ${t.getAttribute('pubdate') !== null ? 'pubdate' : ''}`;
    if (/datepublished|pubdate|publish|posted/i.test(what)) {
      const d = parseStatedDate(t.getAttribute('datetime'));
      if (d) return d;
    }
  }
  return undefined;
}

/** Reads the page's metadata; `jsonLd` holds the JSON-LD texts kept aside before scripts were stripped. */
export function readMeta(doc: QueryRoot, jsonLd: readonly string[]): PageMeta {
  const ld: LdArticle = readJsonLd(jsonLd);
  const meta = metaMap(doc);
  const get = (...keys: string[]): string | undefined => { for (const k of keys) { const v = meta.get(k); if (v) return v; } return undefined; };
  const out: PageMeta = {};

  const titleEl = doc.querySelectorAll('title')[0];
  const title = ld.headline ?? get('og:title', 'twitter:title', 'dc.title', 'headline') ?? titleEl?.textContent?.trim();
  if (title) out.title = title.replace(/\s+/g, ' ');

  let published = parseStatedDate(ld.datePublished);
  for (const k of DATE_META) { if (published) break; published = parseStatedDate(meta.get(k)); }
  published ??= timeDate(doc) ?? null;
  if (published) out.published = published;

  const authors = ld.authors ?? AUTHOR_META.map((k) => meta.get(k)).filter((a): a is string => !!a && !/^https?:/.test(a)).slice(0, 1);
  if (authors.length) out.authors = [...new Set(authors)];

  const lang = langCode(ld.inLanguage) ?? langCode(doc.documentElement?.getAttribute('lang')) ?? langCode(get('og:locale', 'content-language', 'language', 'dc.language'));
  if (lang) out.lang = lang;

  const site = ld.publisher ?? get('og:site_name', 'application-name', 'publisher');
  if (site) out.siteName = site;

  const links = doc.querySelectorAll('link[rel="canonical"]');
  const canonical = links[0]?.getAttribute('href')?.trim() || get('og:url') || ld.url;
  if (canonical && /^https?:\/\//.test(canonical)) out.canonicalUrl = canonical;

  const description = ld.description ?? get('og:description', 'description', 'twitter:description');
  if (description) out.description = description;
  const image = ld.image ?? get('og:image', 'twitter:image');
  if (image) out.image = image;
  if (ld.articleBody) out.ldBody = ld.articleBody;
  return out;
}
