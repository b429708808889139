// Who can take part in an event: the article's entity mentions, plus groups that stand for a country
// ("la délégation russe", "les représentants américains", "Russian officials") through the KB's demonyms.
import type { Entity } from '../../types.js';
import { demonym } from '../entities/index.js';
import type { EventLexicon } from './lexicon.js';

/** A mention that can be an actor, a target or a place. */
export interface Part {
  start: number;
  end: number;
  /** Entity id. */
  id: string;
  type: Entity['type'];
  /** True for a demonym group ("la délégation russe"), which can gather on its own. */
  group?: boolean;
}

/** Compiled demonym-group pattern of one language. */
export function groupPattern(lex: EventLexicon): RegExp {
  return lex.demonymAfter
    ? new RegExp(`(?<![\\p{L}])${lex.groupNouns}s?\\s+(\\p{Ll}[\\p{L}-]+)`, 'gu')
    // one word may come between: "European environment ministers" (checked lower-case in `participants`)
    : new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}-]+)\\s+(?:([\\p{L}-]+)\\s+)?${lex.groupNouns}s?(?![\\p{L}])`, 'giu');
}

/**
 * Every participant mention in text order. A demonym group names the country only when the country is an
 * entity of the article: a missing one is reported in `missing` (kb id), never invented here.
 */
export function participants(text: string, entities: readonly Entity[], groups: RegExp, missing: Set<string>,
  orgs: Readonly<Record<string, string>> = {}): Part[] {
  const out: Part[] = [];
  const byKb = new Map<string, Entity>();
  for (const e of entities) {
    if (e.kb) byKb.set(e.kb, e);
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, id: e.id, type: e.type });
  }
  groups.lastIndex = 0;
  for (let m = groups.exec(text); m; m = groups.exec(text)) {
    // the i flag makes \p{Lu} any letter: the demonym must be capitalised, the word between it and the noun not
    if (m[2] && (!/^\p{Lu}/u.test(m[1]!) || /^\p{Lu}/u.test(m[2]))) { groups.lastIndex = m.index + m[1]!.length; continue; }
    const org = orgs[m[1]!.toLowerCase()];
    const oe = org ? byKb.get(org) : undefined;
    if (oe) { out.push({ start: m.index, end: m.index + m[0].length, id: oe.id, type: oe.type, group: true }); continue; }
    const entry = demonym(m[1]!);
    if (!entry || entry.type !== 'LOC') continue;
    const e = byKb.get(entry.id);
    if (!e) { missing.add(entry.id); continue; }
    out.push({ start: m.index, end: m.index + m[0].length, id: e.id, type: 'LOC', group: true });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // "Europe" inside "Organisation pour la sécurité et la coopération en Europe" is part of a longer name
  const kept: Part[] = [];
  for (const p of out) if (!kept.length || p.start >= kept[kept.length - 1]!.end) kept.push(p);
  return kept;
}
