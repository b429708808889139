// The Store contract: what the CLI and the HTTP API call, whatever the database behind it.
// Both adapters (sqlite/, postgres/) pass the same conformance suite (test/store/).
// Dates are YYYY-MM-DD strings; every list is ordered newest first unless said otherwise.
import type { Analysis, EntityType, QuoteKind } from '../types.js';

/** What happened to one article given to `put`. */
export interface PutResult {
  /** The article's id (the analysis id). */
  id: string;
  /** `new`: stored now; `present`: the same id or canonical URL was already stored (nothing written). */
  status: 'new' | 'present';
  /** When status is `present`: the id of the stored article it matched. */
  existing?: string;
  /** Id of the first article this one near-duplicates (a republished copy), or null. */
  duplicateOf: string | null;
  /** Id of an article in another language this one translates (or is translated by), or null. */
  translationOf: string | null;
  /** The story the article was grouped into. */
  story: string | null;
}

/** Filters of `search` (all optional; they combine with AND). */
export interface SearchQuery {
  /** Free text, searched in titles and bodies, accents ignored ("geneve" finds "Genève"). Plain words; "…" for a phrase. */
  q?: string;
  /** Articles mentioning this entity (any of its names, in any language). */
  entity?: string;
  /** Articles quoting this speaker. */
  speaker?: string;
  /** Articles with an event of this CAMEO code or root ("04", "043"). */
  type?: string;
  /** Published on or after (YYYY-MM-DD). */
  from?: string;
  /** Published on or before (YYYY-MM-DD). */
  to?: string;
  /** Body language (ISO 639-1). */
  lang?: string;
  /** At most this many hits (default 20, at most 500). */
  limit?: number;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string;
}

/** One article in a result list. */
export interface ArticleHit {
  id: string;
  title: string | null;
  source: string | null;
  lang: string;
  published: string | null;
  /** quality.score of the analysis. */
  quality: number;
  /** Kinds of the quality flags ("mt-artifact", "duplicate", …). */
  flags: string[];
  /** A short extract of the body around the first matched word (or its beginning). */
  snippet: string;
  duplicateOf: string | null;
  translationOf: string | null;
  story: string | null;
}

/** One page of results. */
export interface SearchResult {
  hits: ArticleHit[];
  /** Cursor of the next page, or null at the end. */
  next: string | null;
}

/** A corpus-wide entity: one row per real-world entity across articles and languages. */
export interface EntityRef {
  /** Store-wide id (not the per-article "e1"). */
  id: string;
  type: EntityType;
  /** The name most often written. */
  name: string;
  kb: string | null;
}

/** A quote with its article. */
export interface QuoteRow {
  article: string;
  published: string | null;
  lang: string;
  kind: QuoteKind;
  text: string;
  /** The words naming the speaker in the article, or null. */
  speaker: string | null;
  /** The corpus-wide speaker entity, or null when unresolved. */
  entity: EntityRef | null;
  cue: string | null;
}

/** Filters of `quotes`. */
export interface QuoteQuery {
  /** Speaker name in any language ("Putin" finds quotes of "Poutine"). */
  speaker?: string;
  from?: string;
  to?: string;
  lang?: string;
  limit?: number;
}

/** An event with its article; entity ids resolved to corpus-wide entities. */
export interface EventRow {
  article: string;
  published: string | null;
  /** CAMEO root "01" … "20" and finer code or null. */
  type: string;
  code: string | null;
  trigger: string;
  actors: EntityRef[];
  targets: EntityRef[];
  place: EntityRef | null;
  /** The event's date (TIMEX3 value), or null. */
  date: string | null;
}

/** Filters of `events`: `from`/`to` bound the event date (the publication date when it has none). */
export interface EventQuery {
  from?: string;
  to?: string;
  /** Place name in any language. */
  place?: string;
  /** CAMEO code or root. */
  type?: string;
  /** Only events with this entity as actor, target or place. */
  entity?: string;
  limit?: number;
}

/** Everything known about one entity across the corpus. */
export interface EntityProfile extends EntityRef {
  /** Every name seen, with the languages it was written in. */
  names: { name: string; langs: string[] }[];
  /** Articles mentioning it per publication day (oldest first). */
  mentions: { date: string; articles: number; mentions: number }[];
  /** What they said (newest first, at most 50). */
  quotes: QuoteRow[];
  /** Entities met: targets of its CAMEO 04 (consult/meet) events and actors meeting it, by count. */
  meets: { entity: EntityRef; count: number }[];
  /** Entities mentioned in the same articles, by number of articles. */
  cooccurring: { entity: EntityRef; count: number }[];
}

/** A group of articles about the same story, in any language. */
export interface Story {
  id: string;
  articles: { id: string; title: string | null; lang: string; published: string | null }[];
  langs: string[];
  /** Main entities by number of articles. */
  entities: EntityRef[];
  first: string | null;
  last: string | null;
}

/** Filters of `stories`: stories with an article published within [from, to]. */
export interface StoryQuery {
  from?: string;
  to?: string;
  limit?: number;
}

/** Tables `export` streams. */
export type ExportTable = 'articles' | 'quotes' | 'events';

/** Row counts. */
export interface StoreStats {
  articles: number;
  entities: number;
  quotes: number;
  events: number;
  stories: number;
  schemaVersion: number;
}

/**
 * A veille store. Writes are atomic per call: after a crash an article is either fully stored (analysis and
 * every row derived from it) or absent. `put` is idempotent by analysis id and by canonical URL.
 */
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';
  /** True when an article with this id, or this source's canonical URL, is stored. */
  has(idOrUrl: string): Promise<boolean>;
  /** Stores one analysis with its entities, quotes, events, time expressions and flags; links duplicates and stories. */
  put(analysis: Analysis): Promise<PutResult>;
  /** Stores several analyses in one transaction (all or none), in order. */
  putMany(analyses: readonly Analysis[]): Promise<PutResult[]>;
  /** The stored analysis (with a `duplicate` flag added when it is a republished copy), or null. */
  get(id: string): Promise<Analysis | null>;
  /** Articles matching the query, newest first. */
  search(q: SearchQuery): Promise<SearchResult>;
  /** Quotes, newest first. */
  quotes(q: QuoteQuery): Promise<QuoteRow[]>;
  /** Events ordered by date (oldest first). */
  events(q: EventQuery): Promise<EventRow[]>;
  /** Corpus-wide entities with this name in any language (exact name first, then last name), most mentioned first. */
  findEntities(name: string, limit?: number): Promise<EntityRef[]>;
  /** The profile of an entity given by store id or name (the most mentioned match), or null. */
  entity(idOrName: string): Promise<EntityProfile | null>;
  /** Stories, most recent first. */
  stories(q: StoryQuery): Promise<Story[]>;
  /** Streams a table's rows as flat objects (stable column order), oldest article first. */
  export(table: ExportTable): AsyncIterable<Record<string, string | number | null>>;
  /** Row counts and schema version. */
  stats(): Promise<StoreStats>;
  /** Closes the connection; the store is unusable afterwards. */
  close(): Promise<void>;
}
