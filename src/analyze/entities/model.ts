// The averaged-perceptron BIO tagger's weights and greedy left-to-right decoding (labels O, B-X, I-X for
// PER, ORG, LOC, MISC). Trained by scripts/train-ner.ts; shipped as models/ner.json.gz (weights quantised to
// 16-bit integers). Decoding never lets I-X follow anything but B-X or I-X.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dynamics, skippable, type DocView } from './features.js';
import { projectRoot } from './kb.js';

/** The tagger's labels, in weight-row order. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
/** Number of labels: the width of one weight row. */
export const NL = LABELS.length;

/** Weights by feature: the row's offset into `w`. */
export interface Weights {
  index: ReadonlyMap<string, number>;
  w: ArrayLike<number>;
}

/** May label `l` follow label `prev`? (I-X only after B-X or I-X.) */
export function allowed(prev: number, l: number): boolean {
  const name = LABELS[l]!;
  if (!name.startsWith('I-')) return true;
  const p = LABELS[prev]!;
  return p !== 'O' && p.slice(2) === name.slice(2);
}

/** Adds the rows of `feats` into `scores` (length NL). */
export function addScores(m: Weights, feats: readonly string[], scores: Float64Array): void {
  for (const f of feats) {
    const o = m.index.get(f);
    if (o === undefined) continue;
    for (let k = 0; k < NL; k++) scores[k] += m.w[o + k]!;
  }
}

/** The best allowed label given scores. */
export function argmax(scores: Float64Array, prev: number): number {
  let best = 0;
  let bs = -Infinity;
  for (let k = 0; k < NL; k++) if (scores[k]! > bs && allowed(prev, k)) { bs = scores[k]!; best = k; }
  return best;
}

/** Greedy decoding of one document: a label index per token. Linear in the number of tokens. */
export function decode(m: Weights, v: DocView): Uint8Array {
  const n = v.tokens.length;
  const out = new Uint8Array(n);
  const scores = new Float64Array(NL);
  let prev = 0, prev2 = 0;
  for (let i = 0; i < n; i++) {
    if (skippable(v, i, LABELS[prev]!)) { out[i] = 0; prev2 = prev; prev = 0; continue; }
    scores.fill(0);
    addScores(m, v.statics(i), scores);
    addScores(m, dynamics(v, i, LABELS[prev]!, LABELS[prev2]!), scores);
    const l = argmax(scores, prev);
    out[i] = l;
    prev2 = prev;
    prev = l;
  }
  return out;
}

/** The shipped model file's shape. */
export interface ModelFile {
  labels: string[];
  features: string[];
  /** Base64 of an Int16Array, NL values a feature. */
  weights: string;
  /** Multiply a stored integer by this to get the weight. */
  scale: number;
  meta: Record<string, unknown>;
}

/** Rebuilds weights from a model file. */
export function fromFile(f: ModelFile): Weights {
  const buf = Buffer.from(f.weights, 'base64');
  const q = new Int16Array(buf.buffer, buf.byteOffset, buf.length / 2);
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = q[i]! * f.scale;
  const index = new Map<string, number>();
  f.features.forEach((name, i) => index.set(name, i * NL));
  return { index, w };
}

let cached: Weights | null = null;
/** The shipped model (models/ner.json.gz), read on first use. */
export function loadModel(): Weights {
  if (!cached) cached = fromFile(JSON.parse(gunzipSync(readFileSync(join(projectRoot(), 'models', 'ner.json.gz'))).toString('utf8')) as ModelFile);
  return cached;
}
