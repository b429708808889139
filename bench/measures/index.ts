// The benchmark measures, in the order they run. Append yours (chrono vs our time stage, Readability vs our
// extractor, store ingest rates): one file in this folder exporting a Measure, one line below.
import type { Measure } from '../lib/measure.js';
import { batchMemoryMeasure } from './batch-memory.js';
import { cliMeasure } from './cli.js';
import { extractMeasure } from './extract.js';
import { linearityMeasure } from './linearity.js';
import { pipelineMeasure } from './pipeline.js';
import { quotesLinearityMeasure } from './quotes.js';
import { queueMeasure } from './queue.js';
import { storeMeasure } from '../store.js';
import { apiMeasure } from '../api.js';
import { timeMeasure } from '../time.js';

/** Every measure `npm run bench` knows. */
export const MEASURES: Measure[] = [
  pipelineMeasure,
  cliMeasure,
  linearityMeasure,
  quotesLinearityMeasure,
  batchMemoryMeasure,
  extractMeasure,
  storeMeasure,
  timeMeasure,
  apiMeasure,
  queueMeasure,
];
