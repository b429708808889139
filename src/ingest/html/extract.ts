// HTML page → article text + metadata. A cascade (after trafilatura), each step numbered:
//  1. prepare the raw string (strip scripts/styles, keep JSON-LD aside, measure nesting)
//  2. read metadata from the whole page, before any pruning
//  3. prune boilerplate containers by generic cues (captions, share bars, "read also", newsletters)
//  4. Readability over the pruned DOM
//  5. check the result against a cheap witness (the page's JSON-LD articleBody); when
//     Readability kept a teaser, the witness wins
//  6. a DOM-free baseline (tags stripped) for pages too deeply nested to walk safely
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readMeta, type PageMeta } from './metadata.js';
import { prepareHtml, MAX_NESTING } from './prepare.js';
import { filterLines } from './lines.js';
import { pruneBoilerplate } from './prune.js';
import { domLines, type NodeLike } from './text.js';

/** An article extracted from a page. */
export interface HtmlArticle extends PageMeta {
  text: string;
  /** Which cascade step produced the text (for debugging and the bench). */
  method: 'readability' | 'jsonld' | 'baseline';
}

/** Extracts the article of one HTML page. `url` (where it came from) is only used as a fallback canonical URL. */
export function extractHtml(raw: string, url?: string): HtmlArticle {
  const prep = prepareHtml(raw);
  if (prep.depth > MAX_NESTING) return { text: baselineText(prep.html), method: 'baseline' };
  const { document } = parseHTML(prep.html);
  const meta = readMeta(document as never, prep.jsonLd);
  if (!meta.canonicalUrl && url) meta.canonicalUrl = url;
  pruneBoilerplate(document as never);
  const parsed = new Readability(document as never, { serializer: (el: unknown) => el }).parse();
  const text = parsed?.content ? filterLines(domLines(parsed.content as unknown as NodeLike), meta.title).join('\n') : '';
  // 5. the page's own JSON-LD articleBody is a witness: when Readability kept much less (a teaser, one
  // block of a split body), the page's full text wins
  if (meta.ldBody && text.length < TEASER_SHARE * meta.ldBody.length) {
    const ld = fragmentText(meta.ldBody);
    if (ld.length > text.length) return { ...meta, text: ld, method: 'jsonld' };
  }
  return { ...meta, text, method: 'readability' };
}

/**
 * Readability's text is taken for a teaser when shorter than this share of the JSON-LD articleBody.
 * Hand-set: articleBody usually matches the visible text within ±20 %; under half means a cut.
 */
const TEASER_SHARE = 0.5;

const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|li|tr|section|article|blockquote|header|footer|table|ul|ol)\b[^<>]*>/gi;
const ANY_TAG = /<[^<>]*>/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi;

/** Step 6: text without a DOM — block tags become line breaks, other tags go, common entities decoded. */
export function baselineText(html: string): string {
  const body = html.replace(BLOCK_TAG, '\n').replace(ANY_TAG, ' ').replace(ENTITY, (_, e: string) => decodeEntity(e));
  return body.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l.length > 0).join('\n');
}

function decodeEntity(e: string): string {
  const k = e.toLowerCase();
  if (k[0] === '#') {
    const n = k[1] === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : ' ';
  }
  return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[k] ?? ' ';
}

/** Text of an HTML fragment (a feed item's content): no Readability, apparatus lines filtered. */
export function fragmentText(fragment: string): string {
  if (!/<[a-zA-Z!\/]/.test(fragment)) return fragment.split(/\n\s*\n|\r\n\s*\r\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  const prep = prepareHtml(fragment);
  if (prep.depth > MAX_NESTING) return baselineText(prep.html);
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${prep.html}</body></html>`);
  return filterLines(domLines(document.body as unknown as NodeLike)).join('\n');
}
