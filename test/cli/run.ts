// Spawns the real `veille` command (bin/veille.js over the built dist/) with bytes on stdin.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

/** Exit code and the two output streams of one run. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/veille.js ...args` with `input` on stdin (nothing when undefined). */
export async function veille(args: readonly string[], input?: string | Uint8Array): Promise<Ran> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'veille.js'), ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [], err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  child.stdin.on('error', () => { /* the command may exit before reading everything */ });
  const closed = once(child, 'close');
  child.stdin.end(input ?? '');
  const [code] = (await closed) as [number | null];
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** A stack trace line as node prints them ("    at foo (file.js:1:2)"): users must never see one. */
export const STACK_LINE = /^\s+at .+/m;
