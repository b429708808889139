// quality: gathers the flags found on the way (invalid UTF-8, removed spam and bios) and its own (machine-
// translation artefacts, unbalanced quotation marks, sentences in another language, an empty body), and
// scores the article from them (weights in score.ts).
import type { Stage } from '../../pipeline.js';
import type { Flag } from '../../types.js';
import { mixedLanguageFlags } from '../language/mixed.js';
import { mtArtifactFlags } from './mt.js';
import { unbalancedQuoteFlags } from './quotes.js';
import { qualityScore } from './score.js';

const HAS_LETTER = /\p{L}/u;

/** Assigns `quality`: every flag, in body order after the ones found before the body, and the score. */
export const qualityStage: Stage<'quality'> = {
  name: 'quality',
  requires: ['lang', 'paragraphs', 'sentences'],
  assigns: 'quality',
  run: (doc) => {
    const text = doc.text;
    const code = doc.get('lang').code;
    const sentences = doc.get('sentences');
    const own: Flag[] = [
      ...mtArtifactFlags(text, code),
      ...unbalancedQuoteFlags(text, doc.get('paragraphs'), sentences),
      ...mixedLanguageFlags(text, sentences, code),
    ].sort((a, b) => a.start - b.start || a.end - b.end);
    const flags = [...doc.preFlags, ...own];
    if (!HAS_LETTER.test(text) && !flags.some((f) => f.kind === 'empty' || f.kind === 'binary')) {
      flags.push({ kind: 'empty', text: '', start: 0, end: 0, note: 'no words in the body' });
    }
    return { score: qualityScore(flags), flags };
  },
};
