// Step 3 of the cascade: remove containers that are never the article, by generic cues only —
// tag names (figcaption, aside, nav) and class/id words (share, related, newsletter, caption, byline…).
// Held-out pages are scored independently: no site names here.

/** Minimal element surface used here (linkedom's Element fits). */
interface El {
  tagName: string;
  className?: unknown;
  id?: unknown;
  textContent: string | null;
  parentNode: unknown;
  closest?(sel: string): unknown;
  remove(): void;
  getAttribute(n: string): string | null;
}
interface Root { querySelectorAll(sel: string): ArrayLike<El>; }

/** Tags whose whole subtree is apparatus around the article: captions, side boxes, menus, forms. */
const DROP_TAGS = 'figcaption, aside, nav, form, button, dialog, select, [role="navigation"], [role="complementary"], [aria-hidden="true"], [hidden]';
/**
 * Class/id words of boilerplate containers: share bars, "related"/"read also" lists, newsletter and
 * subscription inserts, captions and credits, author boxes, tags, comments, ads. Matched on word parts
 * ("article-share-bar", "relatedStories").
 */
const BOILER = /(?:^|[\s_-])(?:share|sharing|social|related|recommend\w*|newsletter|subscri\w*|signup|sign-up|promo\w*|outbrain|taboola|caption|credit|byline|author-?(?:bio|box|info|card)|about-?(?:the-?)?author|bio|breadcrumbs?|tags?|tag-?list|comments?|cookie\w*|consent|advert\w*|ads?|ad-?slot|sponsor\w*|gallery|slideshow|carousel|read-?more|more-?(?:stories|articles|news)|trending|popular|most-?read|toolbar|reprints?|print|timestamp|dateline|published|inline-?(?:link|promo)|disclaimer|newsletter-?signup)(?:$|[\s_-])/i;
const CAMEL = /([a-z])([A-Z])/g;
/** A boilerplate container is kept anyway when it holds at least this share of the page's paragraph text. */
const MAX_SHARE_OF_TEXT = 0.3;

function label(el: El): string {
  const c = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
  const id = typeof el.id === 'string' ? el.id : '';
  return `${c} ${id}`.replace(CAMEL, '$1-$2');
}

/** Removes boilerplate containers from `doc` in place (it is a private parse); returns how many went. */
export function pruneBoilerplate(doc: Root): number {
  let removed = 0;
  const ps = doc.querySelectorAll('p');
  let pageText = 0;
  for (let i = 0; i < ps.length; i++) pageText += ps[i]!.textContent?.length ?? 0;
  const drop = (el: El): void => { el.remove(); removed++; };
  const tagged = doc.querySelectorAll(DROP_TAGS);
  for (let i = 0; i < tagged.length; i++) {
    const el = tagged[i]!;
    if ((el.textContent?.length ?? 0) <= MAX_SHARE_OF_TEXT * pageText || el.tagName === 'FIGCAPTION') drop(el);
  }
  const all = doc.querySelectorAll('[class], [id]');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const tag = el.tagName;
    if (tag === 'BODY' || tag === 'HTML' || tag === 'ARTICLE' || tag === 'MAIN') continue;
    if (!BOILER.test(label(el))) continue;
    if ((el.textContent?.length ?? 0) > MAX_SHARE_OF_TEXT * pageText) continue;
    drop(el);
  }
  return removed;
}
