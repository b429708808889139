// The analysis contract, veille.analysis/1 (../shared/SCHEMA.md). Every part of veille speaks these types.
// Offsets are [start, end) JavaScript string indices into `text`, the cleaned body.

/** The schema tag written in every analysis. */
export const SCHEMA = 'veille.analysis/1';

/** A half-open range [start, end) of UTF-16 code units in the cleaned body. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the surface text it covers (`text === body.slice(start, end)`). */
export interface TextSpan extends Span {
  text: string;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** One real-world entity of the article with every mention of it. */
export interface Entity {
  id: string;
  type: EntityType;
  /** Fullest name written in this article. */
  name: string;
  /** Known names in other languages ("OTAN" ↔ "NATO"). */
  aliases?: string[];
  /** Id in the project's knowledge base, or null. */
  kb?: string | null;
  mentions: TextSpan[];
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Speaker {
  /** Entity id, or null when the speaker is only described ("un témoin"). */
  entity: string | null;
  /** The words naming the speaker in the text. */
  text: string;
  /** How the speaker was found: named at the cue, through a pronoun, a role, or carried over. */
  via?: 'named' | 'pronoun' | 'role' | 'carried' | 'description';
}

export interface Quote extends Span {
  kind: QuoteKind;
  /** The words quoted or reported, without the quotation marks. */
  text: string;
  speaker: Speaker | null;
  /** The reporting verb or phrase, or null. */
  cue: string | null;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends TextSpan {
  type: TimexType;
  /** TIMEX3 value: 2022-01-10, 2022-W02, 2021-12, P1W, PAST_REF, FUTURE_REF, XXXX-WXX-1, … */
  value: string;
  /** Which parts of the value the text stated; the rest was filled from the publication date. */
  stated?: string[];
}

export interface Event {
  /** CAMEO root code, "01" … "20". */
  type: string;
  /** Finer CAMEO code where known, or null. */
  code: string | null;
  trigger: TextSpan;
  actors: string[];
  targets: string[];
  place: string | null;
  date: string | null;
}

export type Comparator = '=' | '>' | '<' | '~';

export interface Quantity extends TextSpan {
  value: number;
  /** The counted noun ("soldats"), or null. */
  unit: string | null;
  comparator: Comparator;
}

/** Kinds of quality flag: the schema's list, open to additions. */
export type FlagKind =
  | 'mt-artifact' | 'unbalanced-quote' | 'spam' | 'boilerplate' | 'author-bio' | 'mixed-language'
  | 'truncated' | 'duplicate' | 'invalid-utf8' | 'empty' | 'binary';

/**
 * A quality flag. `start`/`end` index the body; a flag about removed text (a spam bio) carries
 * the removed words in `text` and points at the place where they stood (start === end).
 */
export interface Flag extends TextSpan {
  kind: FlagKind;
  /** Free-form detail for a reader ("untranslated English word"). */
  note?: string;
}

export interface Quality {
  /** 0 unusable … 1 clean, well-formed original text; explained by the flags' weights. */
  score: number;
  flags: Flag[];
}

export interface Removed {
  text: string;
  /** boilerplate, author-bio, spam, navigation, repeated-title, … */
  reason: string;
}

/** One analysed article: exactly the veille.analysis/1 shape. */
export interface Analysis {
  schema: typeof SCHEMA;
  id: string;
  lang: string;
  published: string | null;
  title: string | null;
  source: string | null;
  text: string;
  removed: Removed[];
  sentences: Span[];
  entities: Entity[];
  quotes: Quote[];
  timexes: Timex[];
  events: Event[];
  quantities: Quantity[];
  quality: Quality;
  /** Source metadata from ingest (authors, site, canonical URL…), when any was stated. */
  meta?: ArticleMeta;
}

/** One article to analyse, as plain text (what ingest produces and analyze reads). */
export interface TextInput {
  /** Stable id; when absent, one is derived from the text. */
  id?: string;
  text: string;
  title?: string | null;
  /** Language hint (ISO 639-1); wins over detection. */
  lang?: string;
  /** Publication date (YYYY-MM-DD, or a full ISO date-time) used to resolve relative dates. */
  published?: string | null;
  /** Where the article came from (path, URL, feed item id). */
  source?: string | null;
  /** Flags found while reading the input (invalid UTF-8…), with offsets into the raw text ignored. */
  inputFlags?: Flag[];
  /** Metadata the source stated (HTML page, feed item, WARC record); passed through to the analysis. */
  meta?: ArticleMeta;
}

/** What ingest read about an article besides its text; every field is optional and only set when stated. */
export interface ArticleMeta {
  authors?: string[];
  siteName?: string;
  canonicalUrl?: string;
  description?: string;
  image?: string;
  /** Language the page declares (<html lang>, og:locale); detection still decides `lang`. */
  declaredLang?: string;
  /** When the page was captured (WARC-Date) or fetched: not the publication date. */
  captured?: string;
  /** Feed item id (guid, Atom id, or one derived from its link). */
  itemId?: string;
}

