// Text-format section: entities grouped with their mentions.
import type { Section } from './text.js';

/** One line an entity: type, name, KB id, gender and roles of people, then its mentions with counts. */
export const entitiesSection: Section = (a) => ({
  title: 'Entities',
  lines: a.entities.map((e) => {
    const x = e as typeof e & { gender?: string | null; roles?: string[] };
    const counts = new Map<string, number>();
    for (const m of e.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const mentions = [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ');
    const extra = [e.kb ? `[${e.kb}]` : '', x.gender ? `(${x.gender})` : '', x.roles?.length ? `— ${x.roles.join('; ')}` : ''].filter(Boolean).join(' ');
    return `${e.type.padEnd(4)} ${e.name}${extra ? ' ' + extra : ''}: ${mentions}`;
  }),
});
