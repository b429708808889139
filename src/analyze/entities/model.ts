// The averaged-perceptron BIO tagger's weights and greedy left-to-right decoding (labels O, B-X, I-X for
// PER, ORG, LOC, MISC). Greedy, not Viterbi: Ratinov & Roth (2009) found it as accurate for NER and it lets the
// prediction history (features.ts) read the labels already given. Trained by scripts/train-ner.ts; shipped as
// models/ner.json.gz (feature hashes, weights quantised to 16-bit integers). I-X only follows B-X or I-X.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dynamics, history, MAX_FEATURES, remember, skippable, type DocView } from './features.js';
import { FeatureTable } from './hash.js';
import { projectRoot } from './kb.js';

/** The tagger's labels, in weight-row order. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
/** Number of labels: the width of one weight row. */
export const NL = LABELS.length;
/** The entity type of each label for the prediction history: 0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
export const TYPE_OF = Uint8Array.from([0, 1, 1, 2, 2, 3, 3, 4, 4]);
/** Format of the model file this code reads (2: hashed features). */
export const MODEL_FORMAT = 2;

/** Weights: a row of NL numbers per feature, found through `table`. */
export interface Weights {
  table: FeatureTable;
  w: Float32Array;
  /** Lowercase words that may start a name (features.ts skippable). */
  starters: ReadonlySet<number>;
}

const ALLOWED = new Uint8Array(NL * NL);
for (let p = 0; p < NL; p++) for (let l = 0; l < NL; l++) {
  const name = LABELS[l]!, prev = LABELS[p]!;
  ALLOWED[p * NL + l] = !name.startsWith('I-') || (prev !== 'O' && prev.slice(2) === name.slice(2)) ? 1 : 0;
}
/** May label `l` follow label `prev`? (I-X only after B-X or I-X.) */
export function allowed(prev: number, l: number): boolean {
  return ALLOWED[prev * NL + l] === 1;
}

/** Adds the rows of features `f[from, to)` into `scores` (length NL). */
export function addScores(m: Weights, f: Uint32Array, from: number, to: number, scores: Float64Array): void {
  const w = m.w;
  for (let j = from; j < to; j++) {
    const r = m.table.get(f[j]!);
    if (r < 0) continue;
    const o = r * NL;
    for (let k = 0; k < NL; k++) scores[k] += w[o + k]!;
  }
}

/** The best allowed label given scores. */
export function argmax(scores: Float64Array, prev: number): number {
  let best = 0;
  let bs = -Infinity;
  for (let k = 0; k < NL; k++) if (scores[k]! > bs && ALLOWED[prev * NL + k]) { bs = scores[k]!; best = k; }
  return best;
}

/** Greedy decoding of one document: a label index per token. Linear in the number of tokens. */
export function decode(m: Weights, v: DocView): Uint8Array {
  const n = v.tokens.length;
  const out = new Uint8Array(n);
  const scores = new Float64Array(NL);
  const f = new Uint32Array(MAX_FEATURES);
  const hist = new Map<number, Uint16Array>();
  let prev = 0, prev2 = 0;
  for (let i = 0; i < n; i++) {
    if (skippable(v, i, prev, m.starters)) { prev2 = prev; prev = 0; continue; }
    let k = v.statics(i, f, 0);
    k = dynamics(v, i, prev, prev2, f, k);
    k = history(v, i, hist, f, k);
    scores.fill(0);
    addScores(m, f, 0, k, scores);
    const l = argmax(scores, prev);
    out[i] = l;
    remember(v, i, TYPE_OF[l]!, hist);
    prev2 = prev;
    prev = l;
  }
  return out;
}

/** The shipped model file's shape. */
export interface ModelFile {
  format: number;
  labels: string[];
  /** Base64 of a Uint32Array: the feature hashes, one a row. */
  keys: string;
  /** Base64 of an Int16Array, NL values a row. */
  weights: string;
  /** Multiply a stored integer by this to get the weight. */
  scale: number;
  /** Base64 of a Uint32Array: hashes of the lowercase words that may start a name. */
  starters: string;
  meta: Record<string, unknown>;
}

const b64 = (s: string): Buffer => { const b = Buffer.from(s, 'base64'); return Buffer.from(b.buffer.slice(b.byteOffset, b.byteOffset + b.length)); };

/** Rebuilds weights from a model file. */
export function fromFile(f: ModelFile): Weights {
  if (f.format !== MODEL_FORMAT) throw new Error(`veille: models/ner.json.gz has format ${f.format}, expected ${MODEL_FORMAT}: run npm run train`);
  const kb = b64(f.keys), wb = b64(f.weights);
  const keys = new Uint32Array(kb.buffer, kb.byteOffset, kb.length / 4);
  const q = new Int16Array(wb.buffer, wb.byteOffset, wb.length / 2);
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = q[i]! * f.scale;
  const sb = b64(f.starters);
  return { table: new FeatureTable(keys), w, starters: new Set(new Uint32Array(sb.buffer, sb.byteOffset, sb.length / 4)) };
}

let cached: Weights | null = null;
/** The shipped model (models/ner.json.gz), read on first use. */
export function loadModel(): Weights {
  if (!cached) cached = fromFile(JSON.parse(gunzipSync(readFileSync(join(projectRoot(), 'models', 'ner.json.gz'))).toString('utf8')) as ModelFile);
  return cached;
}
