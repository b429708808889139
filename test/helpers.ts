// Shared test helpers: project paths and span surface texts.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { Span } from '../src/types.js';

/** The project root (tests run from dist/test/…, sources live beside dist/). */
export const ROOT = (() => {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json'))) d = dirname(d);
  return d;
})();

/** The shared folder beside the project, or null when absent (tests that need it skip). */
export const SHARED = existsSync(join(ROOT, '..', 'shared')) ? join(ROOT, '..', 'shared') : null;

/** The surface texts of spans: what table tests assert. */
export function surfaces(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
