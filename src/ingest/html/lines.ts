// Step 5a of the cascade: paragraph-level filters over the extracted text — lines a reader recognises
// as apparatus whatever the site: captions and credits, "read more" pointers, datelines, link lists,
// the title repeated. Short lines only: a long paragraph is article text even when it mentions a photo.
import type { TextLine } from './text.js';

/** Lines of at most this many words can be dropped by a pattern; longer ones are taken for prose. */
const MAX_APPARATUS_WORDS = 30;
/** A short line whose text is mostly link text is navigation ("More Business News"). */
const LINK_SHARE = 0.6;
const LINK_LINE_WORDS = 15;

// "(Image: GETTY)", "Photo: David Z / AP", "Image copyright Reuters", "Credit: ESA", "Getty Images"
const CAPTION = /\((?:image|photo|picture|pictured|credit|source|video)s?:[^)]*\)\s*$|^(?:image|photo|picture|media|video)\s*(?:copyright|caption|credit)|^(?:photo|image|credit|photograph|picture)s?(?:\s+by)?\s*:|(?:getty images|shutterstock|\bafp\b|ap photo|associated press|reuters|bloomberg|\bepa\b)\s*\)?\s*$|^\d+\s*of\s*\d+/i;
// "READ MORE: …", "Related: …", "Also on …", "Lire aussi", "DON'T MISS", "You may also like"
const POINTER = /^(?:read more|see more|see also|read also|also read|also on|also:|related|more from|more on|don['’]t miss|you may also like|recommended|click here|sign up|subscribe|follow us|follow @|like this story|share this|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|lire la suite|abonnez-vous|inscrivez-vous|newsletter|advertisement|advert|publicité|this slideshow requires|media playback is unsupported)/i;
// "PUBLISHED: 10:48, Tue, Nov 19, 2019", "Updated Nov. 19, 2019 8:21 am ET", "Publié le 3 mars 2022", "By Reuters"
const DATELINE = /^(?:\|?\s*(?:published|updated|posted|last updated|modified|publié|mis à jour|modifié)\b|by\s+\S+(?:\s+\S+){0,3}$|par\s+\S+(?:\s+\S+){0,3}$)/i;
const COPYRIGHT = /(?:©|\(c\)\s*\d{4}|copyright|all rights reserved|tous droits réservés)/i;
const WORD = /\S+/g;

/** Drops apparatus lines; `title` (when known) removes a repeated headline. */
export function filterLines(lines: readonly TextLine[], title?: string): string[] {
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const t = title ? norm(title) : '';
  const out: string[] = [];
  // link lists count as navigation only before the first and after the last prose paragraph: inside the
  // body a linked line ("Get it on Amazon for $39") is usually part of the article
  const isProse = (l: TextLine): boolean => (l.text.match(WORD)?.length ?? 0) > LINK_LINE_WORDS && l.linkChars < LINK_SHARE * l.rawChars;
  let first = lines.findIndex(isProse), last = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (isProse(lines[i]!)) { last = i; break; }
  if (first < 0) first = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const words = l.text.match(WORD)?.length ?? 0;
    if (words <= MAX_APPARATUS_WORDS) {
      if (CAPTION.test(l.text) || POINTER.test(l.text) || DATELINE.test(l.text) || COPYRIGHT.test(l.text)) continue;
      if (t && norm(l.text) === t) continue;
      if ((i < first || i > last) && words <= LINK_LINE_WORDS && l.rawChars > 0 && l.linkChars / l.rawChars >= LINK_SHARE) continue;
    }
    out.push(l.text);
  }
  return out;
}
