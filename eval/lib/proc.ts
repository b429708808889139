// Child processes of the eval: the real `veille analyze --jsonl` and the scorers of ../shared/eval.
// Input streams into the CLI's stdin and output streams to a file, so no corpus sits whole in memory twice.
import { spawn } from 'node:child_process';
import { createReadStream, openSync, closeSync } from 'node:fs';
import { once } from 'node:events';
import { ROOT, VEILLE_BIN } from './paths.js';

/** What a batch run of the CLI did: its exit code and the lines it refused. */
export interface CliRun {
  code: number;
  /** How many input lines the CLI reported as failed ("line N: …" on stderr). */
  failedLines: number;
  /** The first few stderr messages, to show why lines failed. */
  firstErrors: string[];
  seconds: number;
}

/** Lines reported by the CLI that are kept for the summary. */
const KEPT_ERRORS = 3;

/** Runs `veille analyze --jsonl` with `input` (a file path or generated lines) on stdin, writing to `outPath`. */
export async function analyzeJsonl(input: string | Iterable<string>, outPath: string): Promise<CliRun> {
  const t0 = performance.now();
  const out = openSync(outPath, 'w');
  const child = spawn(process.execPath, [VEILLE_BIN, 'analyze', '--jsonl'], { cwd: ROOT, stdio: ['pipe', out, 'pipe'] });
  closeSync(out);
  const run: CliRun = { code: 0, failedLines: 0, firstErrors: [], seconds: 0 };
  let pending = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const l of lines) {
      if (/^line \d+:/.test(l)) run.failedLines++;
      if (l.trim() && run.firstErrors.length < KEPT_ERRORS) run.firstErrors.push(l);
    }
  });
  child.stdin!.on('error', () => { /* the CLI died early: its exit code says so */ });
  const closed = once(child, 'close');
  if (typeof input === 'string') {
    createReadStream(input).pipe(child.stdin!);
  } else {
    for (const line of input) {
      if (!child.stdin!.write(line.endsWith('\n') ? line : line + '\n')) await once(child.stdin!, 'drain');
    }
    child.stdin!.end();
  }
  const [code] = (await closed) as [number | null];
  run.code = code ?? 1;
  run.seconds = (performance.now() - t0) / 1000;
  return run;
}

/** Runs `node <script> ...args` from the project root and returns its stdout; throws with stderr on failure. */
export async function runNode(script: string, args: readonly string[], stdoutPath?: string): Promise<string> {
  const out = stdoutPath ? openSync(stdoutPath, 'w') : 'pipe';
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: ['ignore', out, 'pipe'] });
  if (typeof out === 'number') closeSync(out);
  let stdout = '', stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
  child.stderr!.setEncoding('utf8').on('data', (c: string) => { stderr += c; });
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} exited ${code}: ${stderr.trim().slice(0, 500)}`);
  return stdout;
}
