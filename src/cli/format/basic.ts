// Text-format sections for the article itself, its quantities and its quality.
import type { Section } from './text.js';
import { clip } from './text.js';
import { scoreBreakdown } from '../../analyze/quality/score.js';

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

/** The quality score, how the flags add up to it (weights in analyze/quality/score.ts), and each flag. */
export const qualitySection: Section = (a) => {
  const parts = scoreBreakdown(a.quality.flags).map(([k, c]) => ` − ${c.toFixed(2)} ${k}`).join('');
  return {
    title: `Quality ${a.quality.score.toFixed(2)}`,
    lines: [
      ...(parts ? [`= 1${parts}`] : []),
      ...a.quality.flags.map((f) => `${f.kind}: ${f.text ? `«${clip(f.text, 60)}»` : ''}${f.note ? ` (${f.note})` : ''}`),
    ],
  };
};
