// Text-format section: time expressions with their resolved values.
import type { Section } from './text.js';

/** One line a time expression: its text and TIMEX3 value. */
export const timeSection: Section = (a) => ({
  title: 'Time expressions',
  lines: a.timexes.map((t) => `${t.text} → ${t.value} (${t.type})`),
});
