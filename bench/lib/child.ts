// Child processes measured from outside: wall time from spawn to exit, and peak RSS. The peak comes from
// GNU time (`/usr/bin/time -f %M`, the kernel's maxrss of the child) when installed, else from polling the
// child's VmHWM in /proc (a high-water mark, read until the child exits: slightly under when the peak is last).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 2;

/** A measured run: exit code, wall milliseconds, peak RSS in MB (null if it could not be read), stdout. */
export interface ChildRun {
  code: number;
  ms: number;
  rssMB: number | null;
  stdout: string;
}

/** Options: working folder, lines to stream on stdin, whether to keep stdout, a timeout. */
export interface ChildOptions {
  cwd: string;
  tmp: string;
  stdinLines?: Iterable<string>;
  keepStdout?: boolean;
  timeoutMs?: number;
}

let seq = 0;

/** Node arguments that run the `veille` command as its shebang does (`#!/usr/bin/env -S node FLAGS`): the flags,
 *  then bin/veille.js (relative to the project root, the children's working folder). */
export function veilleArgs(root: string): string[] {
  const first = readFileSync(join(root, 'bin', 'veille.js'), 'utf8').split('\n', 1)[0]!;
  const flags = /^#!\/usr\/bin\/env -S node((?: --[\w-]+)*)\s*$/.exec(first)?.[1]?.trim();
  return [...(flags ? flags.split(' ') : []), 'bin/veille.js'];
}

/** Runs `node ...args`, measuring wall time and peak RSS. */
export async function runMeasured(args: readonly string[], o: ChildOptions): Promise<ChildRun> {
  const useTime = existsSync(GNU_TIME);
  const timeOut = join(o.tmp, `time-${process.pid}-${seq++}.txt`);
  const cmd = useTime ? GNU_TIME : process.execPath;
  const argv = useTime ? ['-o', timeOut, '-f', '%M', process.execPath, ...args] : [...args];
  const t0 = performance.now();
  const child = spawn(cmd, argv, { cwd: o.cwd, stdio: [o.stdinLines ? 'pipe' : 'ignore', o.keepStdout ? 'pipe' : 'ignore', 'pipe'] });
  let stdout = '', stderr = '', hwm = 0;
  child.stdout?.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
  child.stderr!.setEncoding('utf8').on('data', (c: string) => { if (stderr.length < 4000) stderr += c; });
  const poll = useTime ? null : setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) hwm = Math.max(hwm, Number(m[1]));
    } catch { /* exited between two polls */ }
  }, POLL_MS);
  const timer = o.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), o.timeoutMs) : null;
  const closed = once(child, 'close');
  if (o.stdinLines) {
    child.stdin!.on('error', () => { /* child died: its exit code says so */ });
    for (const l of o.stdinLines) if (!child.stdin!.write(l + '\n')) await once(child.stdin!, 'drain');
    child.stdin!.end();
  }
  const [code, signal] = (await closed) as [number | null, string | null];
  const ms = performance.now() - t0;
  if (poll) clearInterval(poll);
  if (timer) clearTimeout(timer);
  let rssKB: number | null = hwm || null;
  if (useTime && existsSync(timeOut)) {
    const m = /(\d+)\s*$/.exec(readFileSync(timeOut, 'utf8'));
    rssKB = m ? Number(m[1]) : null;
  }
  if (signal === 'SIGKILL') return { code: -1, ms, rssMB: null, stdout };
  if (code !== 0 && !o.stdinLines) throw new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(0, 300)}`);
  return { code: code ?? 1, ms, rssMB: rssKB === null ? null : rssKB / 1024, stdout };
}
