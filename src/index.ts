// veille's library entry point: analyze(input, options) → veille.analysis/1.
import { analyzeText } from './analyze/index.js';
import type { Analysis, TextInput } from './types.js';

export * from './types.js';
export { Doc } from './doc.js';
export { buildPipeline, runPipeline, type Stage, type Context, type Pipeline } from './pipeline.js';
export { analyzeText, STAGES, DEFAULT_PIPELINE, contentId } from './analyze/index.js';

/** Options of analyze(): hints that win over what is detected. */
export interface AnalyzeOptions {
  lang?: string;
  published?: string | null;
  title?: string | null;
  id?: string;
  source?: string | null;
}

/** Analyses one article given as plain text (or a TextInput) and returns its veille.analysis/1 JSON. */
export function analyze(input: string | TextInput, options: AnalyzeOptions = {}): Analysis {
  const base: TextInput = typeof input === 'string' ? { text: input } : input;
  return analyzeText({ ...base, ...stripUndefined(options) });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
