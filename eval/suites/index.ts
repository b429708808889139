// The eval suites, in the order they run. A new corpus is a new entry (its name prefixes its floors).
import type { Suite } from '../lib/suite.js';
import { extractSuite } from './extract.js';
import { goldDirSuite } from './gold-dir.js';
import { goldenSuite } from './golden.js';
import { nerSuite } from './ner.js';
import { seedSuite } from './seed.js';

/** Parts of wikinews-en-quotes scored as time expressions; the rest belongs to quotes-en. */
const TIME_PARTS = ['timexes', 'timex_values'];

/** Every suite `npm run eval` knows. */
export const SUITES: readonly Suite[] = [
  seedSuite,
  nerSuite('ner-fr', 'winer-fr', 'fr'),
  nerSuite('ner-en', 'gum-news-en', 'en'),
  goldDirSuite('quotes-fr', 'winer-fr-quotes'),
  goldDirSuite('quotes-en', 'wikinews-en-quotes', ['lang', 'quotes', 'attribution', 'quotes_e2e', 'events']),
  goldDirSuite('time-fr', 'fr-timebank'),
  goldDirSuite('time-en', 'wikinews-en-quotes', TIME_PARTS),
  extractSuite,
  goldenSuite,
];
