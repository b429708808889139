// Raw HTML → a smaller, safer string before any DOM is built. Linear passes only: scripts, styles,
// comments and inline SVG are most of a news page's bytes and never article text, so dropping them
// here makes parsing and Readability faster; JSON-LD blocks are kept aside first (they carry metadata).
import { VeilleError } from '../../errors.js';

/** Pages larger than this (after stripping scripts and styles) are refused: a news article is < 2 MB. */
export const MAX_HTML_CHARS = 16_000_000;
/**
 * Tag nesting deeper than this sends the page to the DOM-free baseline: deep recursion in a DOM
 * library would blow the stack. Real pages stay under ~60; 400 leaves room for unclosed <p>/<li>.
 */
export const MAX_NESTING = 400;

// attribute runs are [^<>]* so that a "<" with no ">" costs only up to the next "<" (linear overall)
const JSON_LD = /<script\b[^<>]*?type\s*=\s*["']?application\/ld\+json["']?[^<>]*>([\s\S]*?)(?:<\/script\s*>|$)/gi;
// one alternation, each branch ends at the first closing tag: no nested quantifiers, linear.
const STRIP = /<!--[\s\S]*?(?:-->|$)|<(script|style|noscript|svg|template|iframe)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/g;
/** Elements that never have children (HTML void elements): they open no nesting level. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param']);
/** Elements whose end tag is optional and usually left out: they open no level either. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);

/** The page ready to parse, and the JSON-LD texts found in it. */
export interface Prepared {
  html: string;
  jsonLd: string[];
  /** Deepest tag nesting seen (approximate: optional end tags are not counted). */
  depth: number;
}

/** Keeps JSON-LD aside, strips scripts, styles, comments and SVG, and measures nesting. Throws when too large. */
export function prepareHtml(raw: string): Prepared {
  const jsonLd: string[] = [];
  for (const m of raw.matchAll(JSON_LD)) if (m[1]!.length < 1_000_000) jsonLd.push(m[1]!);
  const html = raw.replace(STRIP, ' ');
  if (html.length > MAX_HTML_CHARS) {
    throw new VeilleError('TOO_LARGE', `${(html.length / 1e6).toFixed(1)} M characters of HTML without scripts (limit ${MAX_HTML_CHARS / 1e6} M)`);
  }
  return { html, jsonLd, depth: nestingDepth(html) };
}

/** Approximate maximum element nesting, by counting start and end tags (linear, no DOM). */
export function nestingDepth(html: string): number {
  let depth = 0, max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || OPTIONAL_END.has(name) || m[3]) continue;
    if (m[1]) { if (depth > 0) depth--; } else if (++depth > max) max = depth;
  }
  return max;
}
