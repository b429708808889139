// Corpus-wide entities: one row per real-world entity across articles and languages.
// Merge order: 1. same KB id; 2. same type and a shared normalised name or alias; 3. a new row.
import type { Analysis, Entity } from '../../types.js';
import type { Db } from '../db.js';
import { lastWord, norm } from '../link/norm.js';
import { insertRows, marks } from './rows.js';

/** Maps the article's entity ids ("e1") to store ids, creating or merging entities, and records their names. */
export async function resolveEntities(db: Db, a: Analysis): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const names: (string | number)[][] = [];
  for (const e of a.entities) {
    const id = (await findExisting(db, e)) ?? (await create(db, e));
    ids.set(e.id, id);
    names.push([id, e.name, a.lang, norm(e.name), lastWord(norm(e.name))]);
    // aliases are names in other languages: their language is unknown here
    for (const al of e.aliases ?? []) if (al.trim()) names.push([id, al, '', norm(al), lastWord(norm(al))]);
  }
  const seen = new Set<string>();
  const unique = names.filter((r) => { const k = `${r[0]}\u0000${r[1]}\u0000${r[2]}`; return !seen.has(k) && !!seen.add(k); });
  await insertRows(db, 'entity_names', ['entity_id', 'name', 'lang', 'norm', 'last'], unique,
    'ON CONFLICT (entity_id, name, lang) DO UPDATE SET n = entity_names.n + 1');
  const distinct = [...new Set(ids.values())];
  if (distinct.length) await db.run(`UPDATE entities SET articles = articles + 1 WHERE id IN (${marks(distinct.length)})`, distinct);
  return ids;
}

async function findExisting(db: Db, e: Entity): Promise<number | null> {
  if (e.kb) {
    const [r] = await db.all<{ id: number }>('SELECT id FROM entities WHERE kb = ?', [e.kb]);
    if (r) return Number(r.id);
  }
  const norms = [...new Set([e.name, ...(e.aliases ?? [])].map(norm).filter(Boolean))];
  if (!norms.length) return null;
  // an entity with another KB id is another entity, even under the same name
  const rows = await db.all<{ id: number; kb: string | null }>(
    `SELECT e.id, e.kb FROM entity_names n JOIN entities e ON e.id = n.entity_id
     WHERE n.norm IN (${marks(norms.length)}) AND e.type = ? ORDER BY e.articles DESC, e.id LIMIT 5`, [...norms, e.type]);
  const r = rows.find((x) => !e.kb || !x.kb || x.kb === e.kb);
  if (!r) return null;
  if (e.kb && !r.kb) await db.run('UPDATE entities SET kb = ? WHERE id = ?', [e.kb, r.id]);
  return Number(r.id);
}

async function create(db: Db, e: Entity): Promise<number> {
  const [r] = await db.all<{ id: number }>('INSERT INTO entities (type, name, kb) VALUES (?, ?, ?) RETURNING id', [e.type, e.name, e.kb ?? null]);
  return Number(r!.id);
}
