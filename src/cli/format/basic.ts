// Text-format sections for the article itself, its quantities and its quality.
import type { Section } from './text.js';
import { clip } from './text.js';

/** Id, language, date, title, size and what cleaning removed. */
export const overviewSection: Section = (a) => ({
  title: a.title ? clip(a.title, 80) : `article ${a.id}`,
  lines: [
    `id ${a.id} · lang ${a.lang} · published ${a.published ?? 'unknown'}${a.source ? ` · ${a.source}` : ''}`,
    `${a.text.length} characters, ${a.sentences.length} sentences`,
    ...a.removed.map((r) => `removed (${r.reason}): ${clip(r.text, 80)}`),
  ],
});

/** Numbers with their unit and comparator. */
export const quantitiesSection: Section = (a) => ({
  title: 'Quantities',
  lines: a.quantities.map((q) => `${q.comparator === '=' ? '' : q.comparator + ' '}${q.value}${q.unit ? ' ' + q.unit : ''}  «${clip(q.text, 60)}»`),
});

/** The quality score and each flag. */
export const qualitySection: Section = (a) => ({
  title: `Quality ${a.quality.score.toFixed(2)}`,
  lines: a.quality.flags.map((f) => `${f.kind}: ${f.text ? `«${clip(f.text, 60)}»` : ''}${f.note ? ` (${f.note})` : ''}`),
});
