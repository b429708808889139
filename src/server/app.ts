// The HTTP server (Fastify): the API routes of routes.ts, the OpenAPI document, the built web UI, and the guards
// every request passes — allowed Host names, bearer token on writes, body size limit, JSON errors.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Store } from '../store/types.js';
import type { ResponseCache } from './cache.js';
import { ApiError, toHttpError } from './errors.js';
import { openApiDocument } from './openapi.js';
import { ROUTES } from './routes.js';
import { loadStatic, UI_HEADERS, type StaticFile } from './static.js';

/** Largest request body accepted by default (an article page of a few MB is already unusual). */
export const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

/** Options of `buildServer`. */
export interface ServerOptions {
  store: Store;
  /** Bearer token that writes need. */
  token: string;
  /** Host names (without port) requests may name; empty or absent accepts any (binding a public address). */
  allowedHosts?: readonly string[];
  /** Let URL ingest fetch private addresses (tests, intranets). Default false. */
  allowPrivate?: boolean;
  /** Request body limit in bytes. */
  bodyLimit?: number;
  /** Folder of the built UI (default dist/web); null serves no UI. */
  webRoot?: string | null;
  /** Called with server faults (500s): the log. Default: stderr. */
  log?: (message: string) => void;
  version?: string;
  /** Cache of GET responses (SQLite only: see cache.ts); absent caches nothing. */
  cache?: ResponseCache;
}

/** Host names a loopback server answers to: DNS rebinding points another name at 127.0.0.1. */
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]', '::1'];

/** A random token for writes (printed by `veille serve` when $VEILLE_TOKEN is unset). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Compares tokens in constant time (hashes first, so lengths do not leak either). */
function sameToken(given: string, expected: string): boolean {
  const h = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(h(given), h(expected));
}

/** The host name of a Host header, without the port ("127.0.0.1:8080" → "127.0.0.1", "[::1]:80" → "[::1]"). */
function hostName(host: string | undefined): string {
  const h = (host ?? '').toLowerCase();
  return h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.replace(/:\d*$/, '');
}

/** Builds the server (not listening: call `listen`, or `inject` in tests). */
export async function buildServer(o: ServerOptions): Promise<FastifyInstance> {
  const log = o.log ?? ((m: string) => process.stderr.write(`veille serve: ${m}\n`));
  const app = Fastify({ logger: false, bodyLimit: o.bodyLimit ?? DEFAULT_BODY_LIMIT, return503OnClosing: true, forceCloseConnections: true,
    // an unknown field is refused (400), not silently dropped: a typo in "publshed" should not go unnoticed
    ajv: { customOptions: { removeAdditional: false } } });
  // bodies are JSON only: a cross-site form (text/plain) cannot reach a route
  app.removeContentTypeParser('text/plain');
  const hosts = new Set((o.allowedHosts ?? []).map((h) => h.toLowerCase()));
  const files: Map<string, StaticFile> = o.webRoot === null ? new Map() : loadStatic(o.webRoot);

  app.setErrorHandler((e, req, reply) => {
    const { status, body, internal } = toHttpError(e);
    if (internal) log(`${req.method} ${req.url}: ${(e as Error)?.stack ?? String(e)}`);
    // a 503 (readers saturated, database busy) is temporary: tell clients when to come back
    if (status === 503) void reply.header('retry-after', '1');
    void reply.code(status).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    const f = req.method === 'GET' || req.method === 'HEAD' ? files.get(path) : undefined;
    if (f) return sendFile(reply, f, req.headers['if-none-match']);
    const code = path.startsWith('/api/') ? 'NO_SUCH_ROUTE' : 'NOT_FOUND';
    return reply.code(404).send({ error: { code, message: `${code === 'NO_SUCH_ROUTE' ? 'no such API route' : 'no such page'}: ${req.method} ${path}` } });
  });
  app.addHook('onRequest', async (req) => {
    if (hosts.size && !hosts.has(hostName(req.headers.host))) throw new ApiError(403, 'FORBIDDEN_HOST');
  });

  const doc = openApiDocument(ROUTES, o.version ?? '0.1.0');
  app.get('/api/openapi.json', async () => doc);
  const deps = { store: o.store, allowPrivate: o.allowPrivate === true };
  for (const r of ROUTES) {
    app.route({
      method: r.method, url: r.url,
      schema: { ...(r.querystring ? { querystring: r.querystring } : {}), ...(r.params ? { params: r.params } : {}), ...(r.body ? { body: r.body } : {}) },
      ...(r.write ? {
        preValidation: async (req) => {
          const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
          if (!m || !sameToken(m[1]!, o.token)) throw new ApiError(401, 'UNAUTHORIZED');
        },
      } : {}),
      handler: async (req, reply) => {
        const input = { query: (req.query ?? {}) as Record<string, unknown>, params: (req.params ?? {}) as Record<string, string>, body: req.body };
        const cache = o.cache;
        if (!cache || (r.method !== 'GET' && !r.write)) return reply.code(r.status ?? 200).send(await r.handler(input, deps));
        if (r.write) {
          // cleared before (reads from now on wait for the new generation) and after (reads that raced the write)
          cache.clear();
          try { return reply.code(r.status ?? 200).send(await r.handler(input, deps)); } finally { cache.clear(); }
        }
        const ticket = cache.begin();
        let body = cache.get(req.url, ticket);
        void reply.header('x-cache', body === undefined ? 'miss' : 'hit');
        if (body === undefined) { body = JSON.stringify(await r.handler(input, deps)); cache.set(req.url, body, ticket); }
        return reply.code(r.status ?? 200).type('application/json; charset=utf-8').send(body);
      },
    });
  }
  return app;
}

/** Sends a UI file with its security headers and caching (hashed assets are immutable; index.html revalidates). */
function sendFile(reply: FastifyReply, f: StaticFile, ifNoneMatch: string | undefined): FastifyReply {
  reply.headers(UI_HEADERS).header('etag', f.etag)
    .header('cache-control', f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (ifNoneMatch === f.etag) return reply.code(304).send();
  return reply.type(f.type).send(f.body);
}
