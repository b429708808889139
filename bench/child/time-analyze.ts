// Child of the linearity measure: analyses one file in a fresh process and prints {"ms", "words"} as JSON.
// A separate process so that a non-linear stage can be stopped by a timeout instead of hanging the bench.
import { readFileSync } from 'node:fs';
import { analyzeText } from '../../src/analyze/index.js';
import { countWords } from '../lib/corpus.js';

const [path, lang] = process.argv.slice(2);
const text = readFileSync(path!, 'utf8');
analyzeText({ text: text.slice(0, 20_000), ...(lang ? { lang } : {}) }); // warm-up: JIT, language data
const t0 = performance.now();
analyzeText({ text, ...(lang ? { lang } : {}) });
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, words: countWords(text) }) + '\n');
