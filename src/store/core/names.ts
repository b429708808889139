// Name look-up across languages: "Putin" finds the entity also written "Poutine" through its aliases.
import type { EntityType } from '../../types.js';
import type { Db } from '../db.js';
import { norm } from '../link/norm.js';
import type { EntityRef } from '../types.js';
import { marks } from './rows.js';

interface EntityRow { id: number; type: string; name: string; kb: string | null }

/** An entities row as an EntityRef. */
export function ref(r: EntityRow): EntityRef {
  return { id: String(r.id), type: r.type as EntityType, name: r.name, kb: r.kb ?? null };
}

/**
 * Store entities named `name`, most mentioned first: 1. a KB id or store id; 2. any name or alias equal
 * after normalisation; 3. a one-word query equal to the last word of a name ("Poutine" → "Vladimir Poutine").
 */
export async function findEntities(db: Db, name: string, limit = 10): Promise<EntityRef[]> {
  const n = norm(name);
  if (!n || name.length > 200) return [];
  const cols = 'e.id, e.type, e.name, e.kb';
  const byKb = await db.all<EntityRow>(`SELECT ${cols} FROM entities e WHERE e.kb = ?`, [name.trim()]);
  if (byKb.length) return byKb.map(ref);
  let rows = await db.all<EntityRow>(
    `SELECT ${cols} FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_names WHERE norm = ?) ORDER BY e.articles DESC, e.id LIMIT ${Number(limit)}`, [n]);
  if (!rows.length && !n.includes(' ')) {
    rows = await db.all<EntityRow>(
      `SELECT ${cols} FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_names WHERE last = ?) ORDER BY e.articles DESC, e.id LIMIT ${Number(limit)}`, [n]);
  }
  // names reached through an alias may belong to entities that share a KB id with others: add those
  const kbs = [...new Set(rows.map((r) => r.kb).filter((k): k is string => !!k))];
  if (kbs.length) {
    const more = await db.all<EntityRow>(`SELECT ${cols} FROM entities e WHERE e.kb IN (${marks(kbs.length)})`, kbs);
    for (const m of more) if (!rows.some((r) => Number(r.id) === Number(m.id))) rows.push(m);
  }
  return rows.map(ref);
}

/** Entities by store id (missing ids are left out). */
export async function entitiesById(db: Db, ids: readonly number[]): Promise<Map<number, EntityRef>> {
  const uniq = [...new Set(ids)];
  const out = new Map<number, EntityRef>();
  for (let i = 0; i < uniq.length; i += 500) {
    const part = uniq.slice(i, i + 500);
    for (const r of await db.all<EntityRow>(`SELECT id, type, name, kb FROM entities WHERE id IN (${marks(part.length)})`, part)) out.set(Number(r.id), ref(r));
  }
  return out;
}
