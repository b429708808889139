// The API routes, as one table: each validates its input (schemas), calls the Store or the analysis core, and
// returns what they return. The same table registers the routes and writes the OpenAPI document.
import { Type, type TSchema } from '@sinclair/typebox';
import { analyzeText } from '../analyze/index.js';
import { VeilleError } from '../errors.js';
import { batchRecord, urlArticles } from '../ingest/index.js';
import type { EventQuery, QuoteQuery, SearchQuery, Store, StoryQuery } from '../store/types.js';
import type { Analysis, TextInput } from '../types.js';
import { ApiError } from './errors.js';
import { AnalysisSchema } from './schemas/analysis.js';
import {
  ArticleInputSchema, EntityProfileSchema, EventQuerySchema, EventRowSchema, HealthSchema, PutResultSchema, QuoteQuerySchema,
  QuoteRowSchema, SearchQuerySchema, SearchResultSchema, StoryQuerySchema, StorySchema, type ArticleInput,
} from './schemas/store.js';

/** What a route handler gets: validated query, params and body. */
export interface RouteInput { query: Record<string, unknown>; params: Record<string, string>; body: unknown }

/** What the routes need besides the request. */
export interface RouteDeps { store: Store; allowPrivate: boolean }

/** One API route. */
export interface Route {
  method: 'GET' | 'POST';
  url: string;
  summary: string;
  /** True for routes that write: they need the bearer token. */
  write?: boolean;
  querystring?: TSchema;
  params?: TSchema;
  body?: TSchema;
  /** Status and schema of the success response. */
  status?: number;
  response: TSchema;
  handler(input: RouteInput, deps: RouteDeps): Promise<unknown>;
}

/** A query with something to search: a letter or digit (the store drops terms without one). */
const HAS_WORD = /[\p{L}\p{N}]/u;

const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 1000 }) });

/** The text or page of a request body as analysis input (exactly one of text and html; url is for ingest). */
function bodyInput(b: ArticleInput): TextInput {
  if ((b.text !== undefined) === (b.html !== undefined)) throw new ApiError(400, 'BAD_REQUEST', 'give exactly one of "text", "html" or "url"');
  return batchRecord(b);
}

/** The analyses a POST /api/articles body gives: one for text or html, one per page or feed item for a URL. */
async function inputs(b: ArticleInput, allowPrivate: boolean): Promise<TextInput[]> {
  if (b.url === undefined) return [bodyInput(b)];
  if (b.text !== undefined || b.html !== undefined) throw new ApiError(400, 'BAD_REQUEST', 'give exactly one of "text", "html" or "url"');
  const found = await urlArticles(b.url, { allowPrivate });
  // the body's own fields win over what the page states, as for a batch line
  const hints = { ...(b.lang ? { lang: b.lang } : {}), ...(b.published ? { published: b.published } : {}), ...(b.title ? { title: b.title } : {}) };
  return found.map((a) => ({ ...a, ...hints }));
}

const notFound = <T>(v: T | null, code: 'NO_SUCH_ARTICLE' | 'NO_SUCH_ENTITY'): T => {
  if (v === null) throw new ApiError(404, code);
  return v;
};

/** Every route of the API. */
export const ROUTES: readonly Route[] = [
  {
    method: 'GET', url: '/api/health', summary: 'Liveness and row counts', response: HealthSchema,
    handler: async (_i, { store }) => ({ ok: true, store: store.kind, ...(await store.stats()) }),
  },
  {
    method: 'POST', url: '/api/analyze', summary: 'Analyse a text or an HTML page (nothing is stored)', body: ArticleInputSchema, response: AnalysisSchema,
    handler: async ({ body }) => {
      const b = body as ArticleInput;
      if (b.url !== undefined) throw new ApiError(400, 'BAD_REQUEST', 'analyze takes "text" or "html"; to fetch a URL, POST it to /api/articles');
      return analyzeText(bodyInput(b));
    },
  },
  {
    method: 'POST', url: '/api/articles', summary: 'Analyse and store an article (text, HTML, or a URL fetched from a public address)', write: true,
    body: ArticleInputSchema, status: 201, response: Type.Object({ results: Type.Array(PutResultSchema) }),
    handler: async ({ body }, { store, allowPrivate }) => {
      const analyses: Analysis[] = (await inputs(body as ArticleInput, allowPrivate)).map((i) => analyzeText(i));
      if (!analyses.length) throw new VeilleError('EMPTY_INPUT');
      return { results: await store.putMany(analyses) };
    },
  },
  {
    method: 'GET', url: '/api/articles', summary: 'Search articles (newest first); follow `next` with `cursor`', querystring: SearchQuerySchema,
    response: SearchResultSchema,
    // words without a letter or digit ("?!", "--") match nothing: answered here, without a trip to a reader
    handler: async ({ query }, { store }) => (typeof query.q === 'string' && !HAS_WORD.test(query.q) ? { hits: [], next: null } : store.search(query as SearchQuery)),
  },
  {
    method: 'GET', url: '/api/articles/:id', summary: 'One stored article: its full veille.analysis/1', params: IdParams, response: AnalysisSchema,
    handler: async ({ params }, { store }) => notFound(await store.get(params.id!), 'NO_SUCH_ARTICLE'),
  },
  {
    method: 'GET', url: '/api/entities/:id', summary: "An entity's profile, by store id or by name in any language", params: IdParams,
    response: EntityProfileSchema, handler: async ({ params }, { store }) => notFound(await store.entity(params.id!), 'NO_SUCH_ENTITY'),
  },
  {
    method: 'GET', url: '/api/quotes', summary: 'Quotes (newest first), by speaker in any language', querystring: QuoteQuerySchema,
    response: Type.Array(QuoteRowSchema), handler: ({ query }, { store }) => store.quotes(query as QuoteQuery),
  },
  {
    method: 'GET', url: '/api/events', summary: 'Events by date (oldest first), place, type or entity', querystring: EventQuerySchema,
    response: Type.Array(EventRowSchema), handler: ({ query }, { store }) => store.events(query as EventQuery),
  },
  {
    method: 'GET', url: '/api/stories', summary: 'Articles grouped by story, most recent first', querystring: StoryQuerySchema,
    response: Type.Array(StorySchema), handler: ({ query }, { store }) => store.stories(query as StoryQuery),
  },
];
