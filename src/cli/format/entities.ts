// Text-format section: entities grouped with their mentions.
import type { Section } from './text.js';

/** One line an entity: type, name, KB id, and its mentions. */
export const entitiesSection: Section = (a) => ({
  title: 'Entities',
  lines: a.entities.map((e) => `${e.type.padEnd(4)} ${e.name}${e.kb ? ` [${e.kb}]` : ''} — ${e.mentions.map((m) => m.text).join(', ')}`),
});
