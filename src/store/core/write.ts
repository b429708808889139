// Writing one analysis: the article row, its full text, entities, mentions, quotes, events, time
// expressions, flags and links, all inside the caller's transaction (all or nothing).
import type { Analysis, Flag } from '../../types.js';
import type { Db, Param } from '../db.js';
import { canonicalUrl, norm, sourceName } from '../link/norm.js';
import type { PutResult } from '../types.js';
import type { Dialect } from './dialect.js';
import { resolveEntities } from './entities.js';
import { assignStory, linkArticle } from './links.js';
import { insertRows } from './rows.js';

/** The day an event happened: its date when it names a day or month, else the publication date, else ''. */
export function eventDay(date: string | null, published: string | null): string {
  return date && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 10) : published ?? '';
}

/** Stores one analysis unless its id or canonical URL is already stored. Call inside a transaction. */
export async function writeArticle(db: Db, dialect: Dialect, a0: Analysis): Promise<PutResult> {
  const url = canonicalUrl(a0.source);
  const [old] = await db.all<{ id: string }>('SELECT id FROM articles WHERE id = ? OR url = ? LIMIT 1', [a0.id, url]);
  if (old) return { id: a0.id, status: 'present', existing: old.id, duplicateOf: null, translationOf: null, story: null };

  const links = await linkArticle(db, a0);
  const extra: Flag[] = links.duplicateOf
    ? [{ kind: 'duplicate', text: '', start: 0, end: 0, note: `duplicate of ${links.duplicateOf}` }] : [];
  const a: Analysis = extra.length ? { ...a0, quality: { ...a0.quality, flags: [...a0.quality.flags, ...extra] } } : a0;
  const entityIds = await resolveEntities(db, a);
  const story = await assignStory(db, a, entityIds, links.story);

  await db.run('INSERT INTO sources (name) VALUES (?) ON CONFLICT (name) DO NOTHING', [sourceName(a.source)]);
  const [src] = await db.all<{ id: number }>('SELECT id FROM sources WHERE name = ?', [sourceName(a.source)]);
  const day = a.published ?? '';
  const kinds = [...new Set(a.quality.flags.map((f) => f.kind))].join(' ');
  const col = dialect.articleColumn(a);
  const [row] = await db.all<{ seq: number }>(
    `INSERT INTO articles (id, url, source_id, source, title, lang, published, day, quality, flags, duplicate_of, translation_of,
       story_id, minhash, tkeys, analysis${col ? ', ' + col.column : ''})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${col ? ', ' + col.value : ''}) RETURNING seq`,
    [a.id, url, src!.id, a.source, a.title, a.lang, a.published, day, a.quality.score, kinds, links.duplicateOf, links.translationOf,
      story, links.minhash, JSON.stringify(links.facts), JSON.stringify(a), ...(col?.params ?? [])]);
  const seq = Number(row!.seq);
  await dialect.indexText(db, seq, a);
  await insertRows(db, 'lsh', ['key', 'article_seq'], links.lshKeys.map((k) => [k, seq]), 'ON CONFLICT DO NOTHING');

  const gid = (local: string | null | undefined): number | null => (local ? entityIds.get(local) ?? null : null);
  await insertRows(db, 'mentions', ['article_seq', 'local', 'entity_id', 'count', 'day'],
    a.entities.map((e) => [seq, e.id, gid(e.id), e.mentions.length, day]));
  await insertRows(db, 'quotes', ['article_seq', 'idx', 'entity_id', 'speaker', 'speaker_norm', 'kind', 'text', 'cue', 'span_start', 'span_end', 'day'],
    a.quotes.map((q, i) => [seq, i, gid(q.speaker?.entity), q.speaker?.text ?? null, q.speaker ? norm(q.speaker.text) : null,
      q.kind, q.text, q.cue, q.start, q.end, day]));
  await insertRows(db, 'events', ['article_seq', 'idx', 'type', 'code', 'trigger', 'place_id', 'date', 'day'],
    a.events.map((e, i) => [seq, i, e.type, e.code, e.trigger.text, gid(e.place), e.date, eventDay(e.date, a.published)]));
  const roles: Param[][] = [];
  a.events.forEach((e, i) => {
    const add = (ids: readonly (string | null)[], role: string): void => {
      for (const id of new Set(ids.map(gid))) if (id !== null) roles.push([seq, i, id, role]);
    };
    add(e.actors, 'actor'); add(e.targets, 'target'); add([e.place], 'place');
  });
  await insertRows(db, 'event_entities', ['article_seq', 'idx', 'entity_id', 'role'], roles);
  await insertRows(db, 'timexes', ['article_seq', 'idx', 'type', 'value', 'text', 'span_start', 'span_end'],
    a.timexes.map((t, i) => [seq, i, t.type, t.value, t.text, t.start, t.end]));
  const flagRows: Param[][] = a.quality.flags.map((f, i) => [seq, i, f.kind, f.note ?? null, f.text, f.kind === 'duplicate' ? links.duplicateOf : null]);
  if (links.translationOf) flagRows.push([seq, flagRows.length, 'translation', `translation of ${links.translationOf}`, '', links.translationOf]);
  await insertRows(db, 'flags', ['article_seq', 'idx', 'kind', 'note', 'text', 'other'], flagRows);
  return { id: a.id, status: 'new', duplicateOf: links.duplicateOf, translationOf: links.translationOf, story: String(story) };
}
