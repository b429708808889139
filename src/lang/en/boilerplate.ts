// English page furniture that ends up in plain-text articles, for the clean stage. Each pattern matches
// the start of a whole line; the clean stage adds the length and shape checks.

/** "Read also: …", "Read more", "See also", "Related:", "Also read". */
export const EN_READ_ALSO = String.raw`read\s+(?:also|more|next)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|coverage))?|more\s+on\s+this\s+story|recommended`;

/** "Sign up for our newsletter", "Subscribe to …", "Get our daily briefing". */
export const EN_NEWSLETTER_CUE = String.raw`sign\s+up|subscribe|get\s+(?:our|the)|join\s+our|don['’]t\s+miss|newsletter`;
/** Words that make a newsletter cue line about a newsletter and not about something else. */
export const EN_NEWSLETTER_WORD = String.raw`newsletter|inbox|briefing|subscri|alerts?|digest`;

/** "All rights reserved". */
export const EN_COPYRIGHT = String.raw`all\s+rights\s+reserved`;

/** "Share this article", "Follow us on Twitter", "Share on Facebook". */
export const EN_SOCIAL_CUE = String.raw`share|follow\s+us|like\s+us|tweet|copy\s+link|print\s+this`;

/** Author blurbs: "About the author", "The author is …", "Jane Smith is a reporter …". */
export const EN_BIO_START = String.raw`about\s+the\s+author|the\s+author\s+is`;
/** Job words of a signature line: "… is a senior reporter at …". */
export const EN_BIO_JOB = String.raw`journalist|reporter|correspondent|writer|editor|columnist|contributor|freelancer?|author|photographer|analyst\s+at`;

/** Social networks named in share and follow lines (all languages). */
export const SOCIAL_NETWORKS = String.raw`facebook|twitter|x|linkedin|whatsapp|instagram|pinterest|telegram|reddit|tiktok|youtube|threads|bluesky|mastodon|e-?mail|courriel|flipboard|messenger`;
