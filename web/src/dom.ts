// Building the page: elements from data, text always as text nodes. Nothing here (or anywhere in the UI)
// assigns innerHTML, so an article's "<script>" or "<img onerror>" stays characters on the screen.

/** A child: a node, text, or nothing; arrays are flattened. */
export type Child = Node | string | number | null | undefined | false | Child[];

/** Attributes: strings set with setAttribute, functions for `on…` listeners. */
export type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

function append(el: Element, kids: Child[]): void {
  for (const k of kids) {
    if (k === null || k === undefined || k === false) continue;
    if (Array.isArray(k)) append(el, k);
    else el.append(typeof k === 'string' || typeof k === 'number' ? document.createTextNode(String(k)) : k);
  }
}

function setAttrs(el: Element, attrs: Attrs | null): void {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

/** An HTML element. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...kids: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, kids);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element. */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs | null = null, ...kids: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, kids);
  return el;
}

/** A link inside the UI ("#/article/…"); parts are URI-encoded. */
export function route(view: string, ...parts: string[]): string {
  return `#/${view}${parts.map((p) => '/' + encodeURIComponent(p)).join('')}`;
}

/** A link to a query view ("#/search?q=…"), empty values left out. */
export function routeQuery(view: string, q: Record<string, string | undefined>): string {
  const p = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1]));
  const qs = p.toString();
  return `#/${view}${qs ? '?' + qs : ''}`;
}

/** A link to a page outside the UI, only for http(s) URLs (never "javascript:"); plain text otherwise. */
export function outLink(url: string | null, label?: string): Child {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, label ?? url) : (label ?? url);
}

/** A small coloured label. */
export function badge(text: string, kind = ''): HTMLElement {
  return h('span', { class: `badge ${kind}`.trim() }, text);
}

/** Quality score as a badge: green from 0.8, amber from 0.5, red below. */
export function qualityBadge(score: number): HTMLElement {
  const kind = score >= 0.8 ? 'q-good' : score >= 0.5 ? 'q-fair' : 'q-poor';
  return h('span', { class: `badge ${kind}`, title: 'quality score (1 = clean original text)' }, `quality ${score.toFixed(2)}`);
}

/** "Mon 10 Mar 2025" from YYYY-MM-DD (UTC, so the day never shifts). */
export function day(d: string | null): string {
  if (!d) return 'undated';
  const t = Date.parse(d.slice(0, 10) + 'T00:00:00Z');
  if (Number.isNaN(t)) return d;
  return new Date(t).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A message in place of content (loading, empty, error). */
export function note(text: string, kind = ''): HTMLElement {
  return h('p', { class: `note ${kind}`.trim() }, text);
}
