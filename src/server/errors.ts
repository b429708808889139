// Every failure of the API becomes JSON `{ error: { code, message } }` with an HTTP status; never a stack trace.
import { VeilleError, type ErrorCode } from '../errors.js';
import { StoreError, type StoreErrorCode } from '../store/errors.js';

/** Codes the API adds to the catalogues of src/errors.ts and src/store/errors.ts. */
export const API_ERRORS = {
  BAD_REQUEST: 'the request does not match the API schema',
  UNAUTHORIZED: 'this request writes: send "Authorization: Bearer <token>" with the token veille serve printed (or $VEILLE_TOKEN)',
  FORBIDDEN_HOST: 'the Host header names another site (DNS rebinding is refused)',
  NO_SUCH_ROUTE: 'no such API route',
  NO_SUCH_ARTICLE: 'no article with this id is stored',
  NO_SUCH_ENTITY: 'no entity with this id or name is stored',
  UNSUPPORTED_MEDIA_TYPE: 'send the body as application/json',
  SERVER_BUSY: 'too many requests are waiting for the database; retry shortly',
  QUERY_TIMEOUT: 'the database did not answer in time; retry shortly',
  INTERNAL: 'the server failed; the details are in its log',
} as const;

/** An API error code. */
export type ApiErrorCode = keyof typeof API_ERRORS | ErrorCode | StoreErrorCode;

/** An error raised by a route, with its HTTP status. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: ApiErrorCode, message?: string) {
    super(message ?? (API_ERRORS as Record<string, string>)[code] ?? code);
  }
}

/** HTTP status of each ingest/analysis error code (400 unless listed). */
const VEILLE_STATUS: Partial<Record<ErrorCode, number>> = {
  TOO_LARGE: 413, FETCH_FAILED: 502, NO_ARTICLE: 422, UNSUPPORTED: 415, NOT_FOUND: 404, READ_FAILED: 502, PRIVATE_ADDRESS: 403,
};

/** HTTP status of each store error code (500 unless listed). */
const STORE_STATUS: Partial<Record<StoreErrorCode, number>> = { QUERY_TOO_LONG: 400, BAD_QUERY: 400, DB_BUSY: 503, DB_UNREACHABLE: 503 };

/** Fastify's own error codes that a client causes. */
const FASTIFY_STATUS: Record<string, [number, ApiErrorCode]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'TOO_LARGE'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'BAD_JSON'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST'],
};

/** The JSON body of an error response. */
export interface ErrorBody { error: { code: string; message: string } }

/** Turns anything thrown into a status and a JSON body a client can act on. `internal` is true for a server fault (to log). */
export function toHttpError(e: unknown): { status: number; body: ErrorBody; internal: boolean } {
  const out = (status: number, code: string, message: string, internal = false) => ({ status, body: { error: { code, message } }, internal });
  if (e instanceof ApiError) return out(e.status, e.code, e.message);
  if (e instanceof VeilleError) return out(VEILLE_STATUS[e.code] ?? 400, e.code, e.message);
  if (e instanceof StoreError) { const s = STORE_STATUS[e.code] ?? 500; return out(s, e.code, e.message, s === 500); }
  const f = e as { code?: string; statusCode?: number; validation?: unknown; validationContext?: string; message?: string };
  if (f?.validation) return out(400, 'BAD_REQUEST', `${API_ERRORS.BAD_REQUEST}: ${f.message ?? ''}`.trim());
  if (f?.code && FASTIFY_STATUS[f.code]) { const [s, c] = FASTIFY_STATUS[f.code]!; return out(s, c, f.message ?? c); }
  if (f instanceof SyntaxError || (f?.statusCode === 400 && /JSON/i.test(f.message ?? ''))) return out(400, 'BAD_JSON', 'the body is not valid JSON');
  if (f?.statusCode && f.statusCode >= 400 && f.statusCode < 500) return out(f.statusCode, 'BAD_REQUEST', f.message ?? 'bad request');
  return out(500, 'INTERNAL', API_ERRORS.INTERNAL, true);
}
