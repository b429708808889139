// Corpus-wide entities: one row per real-world entity across articles and languages.
// Merge order: 1. same KB id; 2. same type and a shared normalised name or alias; 3. a new row.
// One look-up an article (every KB id and name at once), not two an entity: PostgreSQL pays a round trip a query.
import type { Analysis, Entity } from '../../types.js';
import type { Db, Scalar } from '../db.js';
import { lastWord, norm } from '../link/norm.js';
import { insertRows, marks, newIds, pgInsert, type Column } from './rows.js';

/** Name candidates considered an entity (the most mentioned first), as the per-entity query's LIMIT did. */
const NAME_CANDIDATES = 5;
/** KB ids, names or entity ids a statement: bounds the parameter list of a 10 MB article with thousands of names. */
const LOOKUP_CHUNK = 400;

interface Known { id: number; kb: string | null; type: string; articles: number }
interface Row extends Known { norm: string | null }

/** Stored entities with one of these KB ids or normalised names (a row per name matched). */
async function lookup(db: Db, kbs: readonly string[], norms: readonly string[]): Promise<Row[]> {
  const out: Row[] = [];
  for (let i = 0; i < Math.max(kbs.length, norms.length); i += LOOKUP_CHUNK) {
    const k = kbs.slice(i, i + LOOKUP_CHUNK), n = norms.slice(i, i + LOOKUP_CHUNK);
    const parts: string[] = [], params: Scalar[] = [];
    if (k.length) { parts.push(`SELECT id, kb, type, articles, NULL AS norm FROM entities WHERE kb IN (${marks(k.length)})`); params.push(...k); }
    if (n.length) {
      parts.push(`SELECT e.id, e.kb, e.type, e.articles, n.norm FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE n.norm IN (${marks(n.length)})`);
      params.push(...n);
    }
    out.push(...(await db.all<Row>(parts.join(' UNION ALL '), params)));
  }
  return out.map((r) => ({ ...r, id: Number(r.id), articles: Number(r.articles) }));
}

const namesOf = (e: Entity): string[] => [...new Set([e.name, ...(e.aliases ?? [])].map(norm).filter(Boolean))];

/** Maps the article's entity ids ("e1") to store ids, creating or merging entities, and records their names. */
export async function resolveEntities(db: Db, a: Analysis): Promise<Map<string, number>> {
  const kbs = [...new Set(a.entities.flatMap((e) => (e.kb ? [e.kb] : [])))];
  const rows = await lookup(db, kbs, [...new Set(a.entities.flatMap(namesOf))]);
  const byKb = new Map<string, number>(), byNorm = new Map<string, Known[]>(), kbOf = new Map<number, string | null>();
  for (const r of rows) {
    kbOf.set(r.id, r.kb);
    if (r.norm === null) { if (r.kb) byKb.set(r.kb, r.id); continue; }
    const list = byNorm.get(r.norm) ?? [];
    if (!list.some((x) => x.id === r.id)) list.push(r);
    byNorm.set(r.norm, list);
  }
  // entities new to the store get negative placeholders until their ids are allocated, all at once
  const created: Entity[] = [];
  const ids = new Map<string, number>();
  const kbUpdates: [string, number][] = [];
  for (const e of a.entities) {
    let id = e.kb ? byKb.get(e.kb) : undefined;
    if (id === undefined) {
      const seen = new Set<number>();
      const cands = namesOf(e).flatMap((n) => byNorm.get(n) ?? [])
        .filter((x) => x.type === e.type && !seen.has(x.id) && !!seen.add(x.id))
        .sort((x, y) => y.articles - x.articles || x.id - y.id).slice(0, NAME_CANDIDATES);
      // an entity with another KB id is another entity, even under the same name
      const hit = cands.find((x) => !e.kb || !kbOf.get(x.id) || kbOf.get(x.id) === e.kb);
      if (hit) {
        id = hit.id;
        if (e.kb && !kbOf.get(id)) { kbOf.set(id, e.kb); byKb.set(e.kb, id); kbUpdates.push([e.kb, id]); }
      } else {
        created.push(e);
        id = -created.length;
        if (e.kb) byKb.set(e.kb, id);
      }
    }
    ids.set(e.id, id);
  }
  const fresh = await createEntities(db, created);
  const real = (id: number): number => (id < 0 ? fresh[-id - 1]! : id);
  for (const [k, v] of ids) ids.set(k, real(v));
  for (const [kb, id] of kbUpdates) await db.run('UPDATE entities SET kb = ? WHERE id = ?', [kb, real(id)]);

  const names: Scalar[][] = [];
  const seen = new Set<string>();
  const add = (id: number, name: string, lang: string): void => {
    const k = `${id}\u0000${name}\u0000${lang}`;
    if (seen.has(k)) return;
    seen.add(k);
    names.push([id, name, lang, norm(name), lastWord(norm(name))]);
  };
  for (const e of a.entities) {
    const id = ids.get(e.id)!;
    add(id, e.name, a.lang);
    // aliases are names in other languages: their language is unknown here
    for (const al of e.aliases ?? []) if (al.trim()) add(id, al, '');
  }
  const distinct = [...new Set(ids.values())];
  if (!distinct.length) return ids;
  const upsert = 'ON CONFLICT (entity_id, name, lang) DO UPDATE SET n = entity_names.n + 1';
  if (db.dialect === 'postgres') {
    // one round trip: the names and the article counts (the ids as one array: a 10 MB page may name thousands)
    const q = pgInsert('entity_names', NAME_COLUMNS, names, upsert);
    await db.run(`WITH n AS (${q.sql}) UPDATE entities SET articles = articles + 1 WHERE id = ANY(?::bigint[])`, [...q.params, distinct]);
  } else {
    await insertRows(db, 'entity_names', NAME_COLUMNS, names, upsert);
    for (let i = 0; i < distinct.length; i += LOOKUP_CHUNK) {
      const part = distinct.slice(i, i + LOOKUP_CHUNK);
      await db.run(`UPDATE entities SET articles = articles + 1 WHERE id IN (${marks(part.length)})`, part);
    }
  }
  return ids;
}

const NAME_COLUMNS: readonly Column[] = [['entity_id', 'bigint'], ['name', 'text'], ['lang', 'text'], ['norm', 'text'], ['last', 'text']];

/** Inserts new entities; returns their ids in order. */
async function createEntities(db: Db, created: readonly Entity[]): Promise<number[]> {
  if (!created.length) return [];
  if (db.dialect === 'postgres') {
    // one round trip: ids drawn from the sequence once (a CTE used twice is computed once), returned by position
    const rows = await db.all<{ id: number; ord: number }>(`WITH v AS (
        SELECT nextval(pg_get_serial_sequence('entities', 'id')) AS id, t.type, t.name, t.kb, t.ord
        FROM unnest(?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS t(type, name, kb, ord)),
      i AS (INSERT INTO entities (id, type, name, kb) SELECT id, type, name, kb FROM v)
      SELECT id, ord FROM v ORDER BY ord`, [created.map((e) => e.type), created.map((e) => e.name), created.map((e) => e.kb ?? null)]);
    return rows.map((r) => Number(r.id));
  }
  const fresh = await newIds(db, 'entities', created.length);
  await insertRows(db, 'entities', [['id', 'bigint'], ['type', 'text'], ['name', 'text'], ['kb', 'text']],
    created.map((e, i) => [fresh[i]!, e.type, e.name, e.kb ?? null]));
  return fresh;
}
