// Where the project and the shared folder are, wherever the compiled file runs from (dist/eval/…).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this file holding package.json. */
export const ROOT = (() => {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json'))) {
    const up = dirname(d);
    if (up === d) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    d = up;
  }
  return d;
})();

/** `../shared` beside the project, or null when absent (eval then skips, bench falls back to our articles). */
export const SHARED: string | null = existsSync(join(ROOT, '..', 'shared', 'eval')) ? join(ROOT, '..', 'shared') : null;

/** The veille command, as users run it. */
export const VEILLE_BIN = join(ROOT, 'bin', 'veille.js');
