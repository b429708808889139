// Stages and the runner. A stage is a pure function (doc, ctx) → one layer; it declares the layers it
// reads (`requires`) and the one it adds (`assigns`). The pipeline is checked once, when it is built:
// a stage that reads a layer no earlier stage assigns is refused (spaCy's component contract).
import { Doc, type LayerName, type Layers } from './doc.js';

/** What a stage may know beyond the text: hints from the caller, never the clock or the environment. */
export interface Context {
  /** Reference date (YYYY-MM-DD) for relative expressions, or null when unknown. */
  readonly published: string | null;
  /** The caller's language hint (ISO 639-1); wins over detection. */
  readonly lang?: string;
}

/** One analysis step: reads `requires`, returns the value of `assigns`. Must not read clock, network or env. */
export interface Stage<K extends LayerName = LayerName> {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: K;
  run(doc: Doc, ctx: Context): Layers[K];
}

/** A checked, ordered list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[];
}

/** Thrown when stages are listed in an order that cannot run. */
export class PipelineOrderError extends Error {}

/** Builds a pipeline, refusing a stage whose inputs are not assigned by an earlier stage, or a layer assigned twice. */
export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const assigned = new Set<LayerName>();
  for (const s of stages) {
    for (const r of s.requires) {
      if (!assigned.has(r)) throw new PipelineOrderError(`stage "${s.name}" requires "${r}", which no earlier stage assigns`);
    }
    if (assigned.has(s.assigns)) throw new PipelineOrderError(`stage "${s.name}" assigns "${s.assigns}", already assigned`);
    assigned.add(s.assigns);
  }
  return { stages: Object.freeze([...stages]) };
}

/** Runs every stage in order and returns the final Doc. */
export function runPipeline(p: Pipeline, doc: Doc, ctx: Context): Doc {
  let d = doc;
  for (const s of p.stages) d = d.with(s.assigns, s.run(d, ctx));
  return d;
}

/** Runs the pipeline and also reports each stage's time in ms (for the benchmark). */
export function runPipelineTimed(p: Pipeline, doc: Doc, ctx: Context, times: Map<string, number>): Doc {
  let d = doc;
  for (const s of p.stages) {
    const t0 = performance.now();
    d = d.with(s.assigns, s.run(d, ctx));
    times.set(s.name, (times.get(s.name) ?? 0) + performance.now() - t0);
  }
  return d;
}
