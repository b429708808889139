// Text-format section: events as a dated list.
import type { Section } from './text.js';

/** One line an event: date, CAMEO code, trigger, actors → targets, place. */
export const eventsSection: Section = (a) => {
  const name = (id: string | null): string => (id ? a.entities.find((e) => e.id === id)?.name ?? id : '');
  return {
    title: 'Events',
    lines: a.events.map((e) => `${(e.date ?? '(undated)').padEnd(12)} ${e.code ?? e.type} ${e.trigger.text}: ${e.actors.map(name).join(', ')}${e.targets.length ? ' → ' + e.targets.map(name).join(', ') : ''}${e.place ? ' @ ' + name(e.place) : ''}`),
  };
};
