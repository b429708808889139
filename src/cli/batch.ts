// The batch form of veille.analysis/1: JSON Lines in, one analysis a line out, in input order, streaming.
// A bad line is reported on stderr with its number; the others go on.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { analyzeText } from '../analyze/index.js';
import { describeError, VeilleError } from '../errors.js';
import { batchRecord } from '../ingest/index.js';
import type { TextInput } from '../types.js';

/** Counts of a batch run. */
export interface BatchResult {
  analysed: number;
  failed: number;
}

/** Hints applied to every line that does not carry its own. */
export type BatchDefaults = Pick<TextInput, 'lang' | 'published'>;

/** Reads JSON Lines from `input`, writes analyses to `output` and one message a failed line to `errors`. */
export async function runBatch(input: Readable, output: Writable, errors: Writable, defaults: BatchDefaults = {}): Promise<BatchResult> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  const result: BatchResult = { analysed: 0, failed: 0 };
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let out: string;
    try {
      let rec: unknown;
      try { rec = JSON.parse(line); } catch (e) { throw new VeilleError('BAD_JSON', (e as Error).message); }
      const inp = batchRecord(rec);
      out = JSON.stringify(analyzeText({ ...defaults, ...inp })) + '\n';
    } catch (e) {
      result.failed++;
      errors.write(`line ${n}: ${describeError(e)}\n`);
      continue;
    }
    result.analysed++;
    if (!output.write(out)) await once(output, 'drain');
  }
  return result;
}
