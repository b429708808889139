// JSON-LD (schema.org) metadata: the article object of a page, found in plain objects, arrays and @graph.
// Walked with an explicit stack and a node budget: JSON-LD is page-controlled input.

/** schema.org types that describe the article itself (not the page, the site or a breadcrumb). */
const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|Report|LiveBlogPosting|NewsArticle|OpinionNewsArticle|AnalysisNewsArticle|ReportageNewsArticle|Review)$/;
/** Objects visited at most per JSON-LD block. */
const MAX_NODES = 5000;

/** Article metadata read from JSON-LD; every field optional. */
export interface LdArticle {
  headline?: string;
  datePublished?: string;
  authors?: string[];
  publisher?: string;
  inLanguage?: string;
  url?: string;
  description?: string;
  image?: string;
  articleBody?: string;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function types(o: Json): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

function names(v: unknown): string[] {
  const out: string[] = [];
  for (const a of Array.isArray(v) ? v : [v]) {
    const n = typeof a === 'string' ? a : isObj(a) ? str(a['name']) : undefined;
    // "https://example.com/author/jane" is an author page, not a name
    if (n && !/^https?:\/\//.test(n) && n.length < 120) out.push(n.trim());
  }
  return out;
}

function imageUrl(v: unknown): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : isObj(first) ? str(first['url']) : undefined;
}

/** The first article-typed object in the given JSON-LD texts, as LdArticle; {} when none. */
export function readJsonLd(blocks: readonly string[]): LdArticle {
  for (const block of blocks) {
    let data: unknown;
    try { data = JSON.parse(block.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '')); } catch { continue; }
    const stack: unknown[] = [data];
    let seen = 0;
    while (stack.length && seen++ < MAX_NODES) {
      const v = stack.pop();
      if (Array.isArray(v)) { for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]); continue; }
      if (!isObj(v)) continue;
      if (types(v).some((t) => ARTICLE_TYPES.test(t))) return toArticle(v);
      if (Array.isArray(v['@graph'])) stack.push(v['@graph']);
      if (isObj(v['mainEntity'])) stack.push(v['mainEntity']);
    }
  }
  return {};
}

function toArticle(o: Json): LdArticle {
  const out: LdArticle = {};
  const headline = str(o['headline']) ?? str(o['name']);
  if (headline) out.headline = headline;
  const date = str(o['datePublished']);
  if (date) out.datePublished = date;
  const authors = names(o['author']);
  if (authors.length) out.authors = authors;
  const publisher = isObj(o['publisher']) ? str(o['publisher']['name']) : str(o['publisher']);
  if (publisher) out.publisher = publisher;
  const lang = str(o['inLanguage']);
  if (lang) out.inLanguage = lang;
  const main = o['mainEntityOfPage'];
  const url = str(o['url']) ?? (isObj(main) ? str(main['@id']) : str(main));
  if (url) out.url = url;
  const description = str(o['description']);
  if (description) out.description = description;
  const image = imageUrl(o['image']);
  if (image) out.image = image;
  const body = str(o['articleBody']);
  if (body) out.articleBody = body;
  return out;
}
