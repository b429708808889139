// Text-format section: quotes grouped by speaker (one group per entity, else per speaker text), each with
// its kind, its cue, and how the speaker was found when it was not named at the cue.
import type { Analysis, Quote } from '../../types.js';
import type { Section } from './text.js';
import { clip } from './text.js';

/** The group a quote belongs to: its speaker's entity, else its speaker text. */
function groupKey(q: Quote): string {
  if (!q.speaker) return '\u0000unknown';
  return q.speaker.entity ? `e:${q.speaker.entity}` : `t:${q.speaker.text.toLowerCase()}`;
}

/** The heading of a group: the entity's name when there is one. */
function heading(a: Analysis, q: Quote): string {
  if (!q.speaker) return '(unknown speaker)';
  const e = q.speaker.entity ? a.entities.find((x) => x.id === q.speaker!.entity) : undefined;
  return e ? `${e.name} [${e.type}]` : q.speaker.text;
}

/** Quotes by speaker, each with its kind and cue. */
export const quotesSection: Section = (a) => {
  const groups = new Map<string, { title: string; lines: string[] }>();
  for (const q of a.quotes) {
    const k = groupKey(q);
    let g = groups.get(k);
    if (!g) { g = { title: heading(a, q), lines: [] }; groups.set(k, g); }
    const how = q.speaker?.via && q.speaker.via !== 'named' ? ` (${q.speaker.via}: ${q.speaker.text})` : '';
    g.lines.push(`  [${q.kind}] «${clip(q.text, 90)}»${q.cue ? ` — ${q.cue}` : ''}${how}`);
  }
  return { title: 'Quotes', lines: [...groups.values()].flatMap((g) => [g.title, ...g.lines]) };
};
