// The UI's only way to the data: the HTTP API, typed with the core and store types.
import type { EntityProfile, EventRow, QuoteRow, SearchResult, Story } from '../../src/store/types.js';
import type { Analysis } from '../../src/types.js';

export type { Analysis, EntityProfile, EventRow, QuoteRow, SearchResult, Story };

/** An API error, with the server's code. */
export class ApiFailure extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

async function get<T>(path: string, query: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const url = `/api/${path}${qs.size ? '?' + qs.toString() : ''}`;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.code ?? 'HTTP_' + res.status, body?.error?.message ?? res.statusText);
  return body as T;
}

/** Filters of the search view (all strings, as in the URL). */
export type SearchFilters = Partial<Record<'q' | 'entity' | 'speaker' | 'type' | 'from' | 'to' | 'lang' | 'cursor', string>>;

/** The API calls the views make. */
export const api = {
  search: (f: SearchFilters, limit = 20) => get<SearchResult>('articles', { ...f, limit }),
  article: (id: string) => get<Analysis>(`articles/${encodeURIComponent(id)}`),
  entity: (idOrName: string) => get<EntityProfile>(`entities/${encodeURIComponent(idOrName)}`),
  quotes: (speaker?: string, limit = 200) => get<QuoteRow[]>('quotes', { speaker, limit }),
  events: (q: { entity?: string; from?: string; to?: string; limit?: number }) => get<EventRow[]>('events', { limit: 500, ...q }),
  stories: (limit = 50) => get<Story[]>('stories', { limit }),
};
