// --format text: a readable summary of one analysis for a person at a terminal, one section a layer.
import type { Analysis } from '../../types.js';
import { entitiesSection } from './entities.js';
import { eventsSection } from './events.js';
import { quotesSection } from './quotes.js';
import { timeSection } from './time.js';
import { overviewSection, qualitySection, quantitiesSection } from './basic.js';

/** A section: a title and its lines (an empty section is left out). */
export type Section = (a: Analysis) => { title: string; lines: string[] };

const SECTIONS: Section[] = [overviewSection, entitiesSection, quotesSection, timeSection, eventsSection, quantitiesSection, qualitySection];

/** The whole summary. */
export function formatText(a: Analysis): string {
  const out: string[] = [];
  for (const s of SECTIONS) {
    const { title, lines } = s(a);
    if (!lines.length) continue;
    out.push(`== ${title}`, ...lines.map((l) => `  ${l}`), '');
  }
  return out.join('\n');
}

/** Shortens `s` to at most `n` characters with an ellipsis. */
export function clip(s: string, n = 100): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}
