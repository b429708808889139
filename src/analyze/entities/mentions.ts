// Mentions from the tagger: BIO labels → typed spans over the text.
import type { EntityType } from '../../types.js';
import { LABELS } from './model.js';
import type { NerToken } from './tokenize.js';

/** A candidate mention: token range [ti, tj) and its character span. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** First token index and one past the last. */
  ti: number;
  tj: number;
}

/** Groups B-X I-X… runs into mentions. */
export function spansOf(tokens: readonly NerToken[], labels: Uint8Array): Mention[] {
  const out: Mention[] = [];
  let cur: Mention | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const l = LABELS[labels[i]!]!;
    if (l === 'O' || l.startsWith('B-')) {
      if (cur) out.push(cur);
      cur = l === 'O' ? null : { start: tokens[i]!.start, end: tokens[i]!.end, type: l.slice(2) as EntityType, ti: i, tj: i + 1 };
    } else if (cur) {
      cur.end = tokens[i]!.end;
      cur.tj = i + 1;
    }
  }
  if (cur) out.push(cur);
  return out;
}
