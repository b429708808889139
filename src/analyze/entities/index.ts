// entities: people, organisations and places and other names, linked within the article and to the knowledge base.
// 1. tokenize (the tagger's own tokens), 2. tag with the averaged perceptron, 3. refine the spans (refine.ts,
// numbered rules), 4. link mentions into entities and to the KB (link.ts).
import type { Stage } from '../../pipeline.js';
import type { Entity } from '../../types.js';
import { viewOf } from './features.js';
import { loadKb } from './kb.js';
import { linkEntities } from './link.js';
import { spansOf } from './mentions.js';
import { decode, loadModel } from './model.js';
import { refine } from './refine.js';
import { nerTokenize } from './tokenize.js';

/** Finds and links the entities of `text` (language `lang`, 'fr' or 'en'; others are read like English). */
export function findEntities(text: string, lang: string): Entity[] {
  const kb = loadKb();
  const tokens = nerTokenize(text);
  const view = viewOf(text, tokens, kb);
  const mentions = refine(text, view, spansOf(tokens, decode(loadModel(), view)), kb, lang);
  return linkEntities(text, mentions, kb, lang);
}

/** Assigns `entities`. */
export const entitiesStage: Stage<'entities'> = {
  name: 'entities',
  requires: ['lang', 'sentences', 'tokens'],
  assigns: 'entities',
  run: (doc) => findEntities(doc.text, doc.get('lang').code),
};

export { lookup, demonym, type KbEntry } from './kb.js';
export { resolveRole } from './roles.js';
export { resolvePronoun, pronounGender, type Gender } from './coref.js';
export type { LinkedEntity } from './link.js';
