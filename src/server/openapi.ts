// The OpenAPI 3.1 document, written from the route table (the same schemas that validate requests).
import type { TSchema } from '@sinclair/typebox';
import { ErrorSchema } from './schemas/store.js';
import type { Route } from './routes.js';

/** A schema as plain JSON (TypeBox marks schemas with symbols, which JSON drops anyway). */
const plain = (s: TSchema): Record<string, unknown> => JSON.parse(JSON.stringify(s)) as Record<string, unknown>;

/** OpenAPI parameters from an object schema's properties. */
function parameters(where: 'query' | 'path', s: TSchema | undefined): unknown[] {
  if (!s) return [];
  const props = (s as { properties?: Record<string, TSchema> }).properties ?? {};
  const required = new Set((s as { required?: string[] }).required ?? []);
  return Object.entries(props).map(([name, p]) => ({ name, in: where, required: where === 'path' || required.has(name), schema: plain(p) }));
}

/** The OpenAPI document of `routes`. */
export function openApiDocument(routes: readonly Route[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const errors = { description: 'error', content: { 'application/json': { schema: plain(ErrorSchema) } } };
    (paths[path] ??= {})[r.method.toLowerCase()] = {
      summary: r.summary,
      parameters: [...parameters('path', r.params), ...parameters('query', r.querystring)],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: plain(r.body) } } } } : {}),
      ...(r.write ? { security: [{ bearer: [] }] } : {}),
      responses: { [String(r.status ?? 200)]: { description: 'ok', content: { 'application/json': { schema: plain(r.response) } } }, default: errors },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'veille', version, description: 'News-intelligence engine: search stored articles, entities, quotes, events and stories; analyse text.' },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
