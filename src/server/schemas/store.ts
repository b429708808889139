// JSON Schemas of the Store's results (src/store/types.ts) and of the API's requests. The `Same<…>` checks
// fail the type-check when a schema and the store's type drift apart, so the OpenAPI document stays true.
import { Type, type Static } from '@sinclair/typebox';
import type { ArticleHit, EntityProfile, EventRow, PutResult, QuoteRow, SearchResult, Story } from '../../store/types.js';
import { EntityTypeSchema, Nullable, QuoteKindSchema, type Same } from './analysis.js';

/** YYYY-MM-DD. */
const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
/** A name or words typed by a user: bounded so a query cannot be a megabyte. */
const Words = (description: string) => Type.String({ minLength: 1, maxLength: 1000, description });
const Limit = Type.Integer({ minimum: 1, maximum: 500, description: 'at most this many (default 20)' });
/** Largest search page: each hit carries a snippet cut from up to 20,000 characters of body, so 500 would be a heavy
 *  request any client could repeat; pages beyond follow `next`. */
export const MAX_SEARCH_LIMIT = 100;
const SearchLimit = Type.Integer({ minimum: 1, maximum: MAX_SEARCH_LIMIT, description: `at most this many (default 20, at most ${MAX_SEARCH_LIMIT}; follow \`next\` for more)` });
const Lang = Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 639-1 code' });

/** A corpus-wide entity. */
export const EntityRefSchema = Type.Object({ id: Type.String(), type: EntityTypeSchema, name: Type.String(), kb: Nullable(Type.String()) });

/** One search hit. */
export const ArticleHitSchema = Type.Object({
  id: Type.String(), title: Nullable(Type.String()), source: Nullable(Type.String()), lang: Type.String(), published: Nullable(Type.String()),
  quality: Type.Number(), flags: Type.Array(Type.String()), snippet: Type.String(),
  duplicateOf: Nullable(Type.String()), translationOf: Nullable(Type.String()), story: Nullable(Type.String()),
});

/** One page of search results. */
export const SearchResultSchema = Type.Object({ hits: Type.Array(ArticleHitSchema), next: Nullable(Type.String()) });

/** A quote with its article. */
export const QuoteRowSchema = Type.Object({
  article: Type.String(), published: Nullable(Type.String()), lang: Type.String(), kind: QuoteKindSchema, text: Type.String(),
  speaker: Nullable(Type.String()), entity: Nullable(EntityRefSchema), cue: Nullable(Type.String()),
});

/** An event with its article. */
export const EventRowSchema = Type.Object({
  article: Type.String(), published: Nullable(Type.String()), type: Type.String(), code: Nullable(Type.String()), trigger: Type.String(),
  actors: Type.Array(EntityRefSchema), targets: Type.Array(EntityRefSchema), place: Nullable(EntityRefSchema), date: Nullable(Type.String()),
});

/** An entity's profile. */
export const EntityProfileSchema = Type.Object({
  ...EntityRefSchema.properties,
  names: Type.Array(Type.Object({ name: Type.String(), langs: Type.Array(Type.String()) })),
  mentions: Type.Array(Type.Object({ date: Type.String(), articles: Type.Integer(), mentions: Type.Integer() })),
  quotes: Type.Array(QuoteRowSchema),
  meets: Type.Array(Type.Object({ entity: EntityRefSchema, count: Type.Integer() })),
  cooccurring: Type.Array(Type.Object({ entity: EntityRefSchema, count: Type.Integer() })),
});

/** A story. */
export const StorySchema = Type.Object({
  id: Type.String(),
  articles: Type.Array(Type.Object({ id: Type.String(), title: Nullable(Type.String()), lang: Type.String(), published: Nullable(Type.String()) })),
  langs: Type.Array(Type.String()), entities: Type.Array(EntityRefSchema), first: Nullable(Type.String()), last: Nullable(Type.String()),
});

/** What happened to one stored article. */
export const PutResultSchema = Type.Object({
  id: Type.String(), status: Type.Union([Type.Literal('new'), Type.Literal('present')]), existing: Type.Optional(Type.String()),
  duplicateOf: Nullable(Type.String()), translationOf: Nullable(Type.String()), story: Nullable(Type.String()),
});

/** Every error the API returns. */
export const ErrorSchema = Type.Object({ error: Type.Object({ code: Type.String(), message: Type.String() }) });

/** GET /api/articles. */
export const SearchQuerySchema = Type.Object({
  q: Type.Optional(Words('words, accents ignored; "…" for a phrase')), entity: Type.Optional(Words('entity name, any language')),
  speaker: Type.Optional(Words('speaker name, any language')), type: Type.Optional(Type.String({ pattern: '^\\d{2,4}$', description: 'CAMEO code or root' })),
  from: Type.Optional(Day), to: Type.Optional(Day), lang: Type.Optional(Lang), limit: Type.Optional(SearchLimit),
  cursor: Type.Optional(Type.String({ maxLength: 200, description: 'the previous page\'s `next`' })),
}, { additionalProperties: false });

/** GET /api/quotes. */
export const QuoteQuerySchema = Type.Object({
  speaker: Type.Optional(Words('speaker name, any language')), from: Type.Optional(Day), to: Type.Optional(Day),
  lang: Type.Optional(Lang), limit: Type.Optional(Limit),
}, { additionalProperties: false });

/** GET /api/events. */
export const EventQuerySchema = Type.Object({
  from: Type.Optional(Day), to: Type.Optional(Day), place: Type.Optional(Words('place name, any language')),
  type: Type.Optional(Type.String({ pattern: '^\\d{2,4}$' })), entity: Type.Optional(Words('actor, target or place')), limit: Type.Optional(Limit),
}, { additionalProperties: false });

/** GET /api/stories. */
export const StoryQuerySchema = Type.Object({ from: Type.Optional(Day), to: Type.Optional(Day), limit: Type.Optional(Limit) }, { additionalProperties: false });

/** An article given to the API: exactly one of text, html or url (url only for ingest). */
export const ArticleInputSchema = Type.Object({
  text: Type.Optional(Type.String({ minLength: 1 })), html: Type.Optional(Type.String({ minLength: 1 })),
  url: Type.Optional(Type.String({ pattern: '^https?://', maxLength: 2000 })),
  id: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), title: Type.Optional(Type.String({ maxLength: 2000 })),
  lang: Type.Optional(Lang), published: Type.Optional(Type.String({ maxLength: 40, description: 'YYYY-MM-DD or ISO date-time' })),
}, { additionalProperties: false });

/** The request body of POST /api/articles and POST /api/analyze. */
export type ArticleInput = Static<typeof ArticleInputSchema>;

/** Health. */
export const HealthSchema = Type.Object({
  ok: Type.Boolean(), store: Type.String(),
  articles: Type.Integer(), entities: Type.Integer(), quotes: Type.Integer(), events: Type.Integer(), stories: Type.Integer(), schemaVersion: Type.Integer(),
});

/** Compile-time checks that each result schema is exactly the store's type. */
export const STORE_SCHEMAS_MATCH: [
  Same<Static<typeof ArticleHitSchema>, ArticleHit>, Same<Static<typeof SearchResultSchema>, SearchResult>,
  Same<Static<typeof QuoteRowSchema>, QuoteRow>, Same<Static<typeof EventRowSchema>, EventRow>,
  Same<Static<typeof EntityProfileSchema>, EntityProfile>, Same<Static<typeof StorySchema>, Story>, Same<Static<typeof PutResultSchema>, PutResult>,
] = [true, true, true, true, true, true, true];
