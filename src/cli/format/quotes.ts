// Text-format section: quotes grouped by speaker.
import type { Section } from './text.js';
import { clip } from './text.js';

/** Quotes by speaker, each with its kind and cue. */
export const quotesSection: Section = (a) => {
  const bySpeaker = new Map<string, string[]>();
  for (const q of a.quotes) {
    const who = q.speaker?.text ?? '(unknown speaker)';
    const list = bySpeaker.get(who) ?? [];
    list.push(`  [${q.kind}] «${clip(q.text, 90)}»${q.cue ? ` — ${q.cue}` : ''}`);
    bySpeaker.set(who, list);
  }
  return { title: 'Quotes', lines: [...bySpeaker].flatMap(([who, qs]) => [who, ...qs]) };
};
