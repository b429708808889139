import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../src/doc.js';
import { buildPipeline, PipelineOrderError, runPipeline, type Stage } from '../../src/pipeline.js';
import { STAGES } from '../../src/analyze/index.js';

const paragraphs: Stage<'paragraphs'> = { name: 'p', requires: [], assigns: 'paragraphs', run: (d) => [{ start: 0, end: d.text.length }] };
const tokens: Stage<'tokens'> = { name: 't', requires: ['paragraphs'], assigns: 'tokens', run: () => [] };

test('a stage that reads a layer no earlier stage assigns is refused when the pipeline is built', () => {
  assert.throws(() => buildPipeline([tokens, paragraphs]), PipelineOrderError);
  assert.doesNotThrow(() => buildPipeline([paragraphs, tokens]));
});

test('a layer assigned twice is refused', () => {
  assert.throws(() => buildPipeline([paragraphs, paragraphs]), /already assigned/);
});

test('the default stage list is in a valid order', () => {
  assert.doesNotThrow(() => buildPipeline(STAGES));
});

test('running a pipeline returns a new Doc and leaves the input Doc unchanged', () => {
  const d0 = new Doc('Bonjour.');
  const d1 = runPipeline(buildPipeline([paragraphs]), d0, { published: null });
  assert.equal(d0.has('paragraphs'), false);
  assert.deepEqual(d1.get('paragraphs'), [{ start: 0, end: 8 }]);
  assert.throws(() => d0.get('paragraphs'), /before any stage assigned it/);
});
