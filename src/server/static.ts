// The built web UI (dist/web, made by `npm run build`): read once into memory at start, served with a strict
// Content-Security-Policy so that even a slip in the UI could not run an article's markup.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file of the UI, ready to send. */
export interface StaticFile { body: Buffer; type: string; etag: string; immutable: boolean }

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2',
};

/** Headers of every UI response: scripts only from this origin, no inline script, no framing, no referrer. */
export const UI_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/** The project folder: the nearest parent of this module holding package.json (works from src/ and dist/src/). */
function projectRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
  return d;
}

/** Where `npm run build` writes the UI. */
export const DEFAULT_WEB_ROOT = join(projectRoot(), 'dist', 'web');

/** Reads every file under `root` into a map by URL path ("/", "/assets/index-3f2a.js"); empty when the UI is not built. */
export function loadStatic(root: string = DEFAULT_WEB_ROOT): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(root)) return files;
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) { walk(p); continue; }
      const body = readFileSync(p);
      const url = '/' + relative(root, p).split(sep).join('/');
      files.set(url, {
        body, type: TYPES[extname(p).toLowerCase()] ?? 'application/octet-stream',
        etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`, immutable: url.startsWith('/assets/'),
      });
    }
  };
  walk(root);
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  return files;
}
