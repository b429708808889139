// What `veille ingest` and `veille enqueue` read from their command line: files, directories, WARC, feeds,
// URLs, standard input, or --jsonl lines. A failure is an item to report, never thrown.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { describeError, VeilleError } from '../errors.js';
import { batchRecord, expandPaths, ingestPath, isUrl, textArticle, urlArticles, type Ingested } from './index.js';

/** Lines of files (or standard input for none or "-"), blank ones skipped, with where they came from. */
export async function* lines(paths: readonly string[]): AsyncGenerator<{ line: string; where: string }> {
  for (const p of paths.length ? paths : ['-']) {
    const input = p === '-' ? process.stdin : createReadStream(p);
    let n = 0;
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      n++;
      if (line.trim()) yield { line, where: `${p === '-' ? 'stdin' : p}:${n}` };
    }
  }
}

/** Every article the inputs hold, in order: JSON Lines records with `jsonl`, else files, directories and URLs. */
export async function* readInputs(positionals: readonly string[], jsonl: boolean, allowPrivate: boolean): AsyncGenerator<Ingested> {
  if (jsonl) {
    for await (const { line, where } of lines(positionals)) {
      try { yield { input: batchRecord(JSON.parse(line)) }; } catch (e) {
        yield { error: describeError(e instanceof SyntaxError ? new VeilleError('BAD_JSON', e.message) : e), source: where };
      }
    }
    return;
  }
  if (!positionals.length || (positionals.length === 1 && positionals[0] === '-')) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    try { yield { input: textArticle(Buffer.concat(chunks), null) }; } catch (e) { yield { error: describeError(e), source: 'stdin' }; }
    return;
  }
  for (const p of positionals) {
    if (isUrl(p)) {
      try { for (const input of await urlArticles(p, { allowPrivate })) yield { input }; } catch (e) { yield { error: describeError(e), source: p }; }
      continue;
    }
    let files: string[];
    try { files = expandPaths([p]); } catch (e) { yield { error: describeError(e), source: p }; continue; }
    for (const f of files) yield* ingestPath(f);
  }
}
