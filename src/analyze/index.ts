// The analysis core: raw text → normalize → clean → Doc → stages → veille.analysis/1.
// The stage list below is the one place where the order is written; buildPipeline checks it.
import { createHash } from 'node:crypto';
import { Doc } from '../doc.js';
import { buildPipeline, runPipeline, type Context, type Pipeline, type Stage } from '../pipeline.js';
import { SCHEMA, type Analysis, type TextInput } from '../types.js';
import { normalizeDate } from '../util/date.js';
import { clean } from './clean/index.js';
import { normalize } from './normalize/index.js';
import { languageStage } from './language/index.js';
import { paragraphsStage } from './paragraphs/index.js';
import { tokensStage } from './tokens/index.js';
import { sentencesStage } from './sentences/index.js';
import { entitiesStage } from './entities/index.js';
import { quotesStage } from './quotes/index.js';
import { timexesStage } from './time/index.js';
import { eventsStage } from './events/index.js';
import { quantitiesStage } from './quantities/index.js';
import { qualityStage } from './quality/index.js';

/** The stages, in order. Order matters where a stage reads another's layer; buildPipeline refuses a wrong one. */
export const STAGES: readonly Stage[] = [
  paragraphsStage,
  tokensStage,
  sentencesStage,
  languageStage,   // after tokens and sentences: it may score words and spot sentences in another language
  quantitiesStage,
  entitiesStage,
  timexesStage,
  quotesStage,     // speakers are entities
  eventsStage,     // actors are entities, dates are timexes
  qualityStage,    // last: it gathers every flag
];

/** The default pipeline, checked once at load. */
export const DEFAULT_PIPELINE: Pipeline = buildPipeline(STAGES);

/** A stable id for a body: the same text gives the same id. */
export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Analyses one plain-text article with the given pipeline (the default one unless told otherwise). */
export function analyzeText(input: TextInput, pipeline: Pipeline = DEFAULT_PIPELINE): Analysis {
  const cleaned = clean(normalize(input.text), input.title ?? null);
  const published = normalizeDate(input.published ?? null);
  const ctx: Context = { published, ...(input.lang ? { lang: input.lang.toLowerCase() } : {}) };
  // input flags (invalid UTF-8) have no place in the body: they point at its start
  const inputFlags = (input.inputFlags ?? []).map((f) => ({ ...f, start: 0, end: 0 }));
  const doc = runPipeline(pipeline, new Doc(cleaned.text, cleaned.removed, [...inputFlags, ...cleaned.flags]), ctx);
  return {
    schema: SCHEMA,
    id: input.id ?? contentId(cleaned.text),
    lang: doc.get('lang').code,
    published,
    title: input.title ?? null,
    source: input.source ?? null,
    text: doc.text,
    removed: [...doc.removed],
    sentences: doc.get('sentences'),
    entities: doc.get('entities'),
    quotes: doc.get('quotes'),
    timexes: doc.get('timexes'),
    events: doc.get('events'),
    quantities: doc.get('quantities'),
    quality: doc.get('quality'),
    ...(input.meta ? { meta: input.meta } : {}),
  };
}
