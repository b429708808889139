// Quotes, events, entity profiles and stories: the questions an analyst asks across articles.
import type { QuoteKind } from '../../types.js';
import type { Db, Param } from '../db.js';
import { norm } from '../link/norm.js';
import type { EntityProfile, EntityRef, EventQuery, EventRow, QuoteQuery, QuoteRow, Story, StoryQuery } from '../types.js';
import { entitiesById, findEntities } from './names.js';
import { marks } from './rows.js';
import { cameo, dateBound, pageSize } from './search.js';

interface QRow { article: string; published: string | null; lang: string; kind: string; text: string; speaker: string | null; entity_id: number | null; cue: string | null }

const QUOTE_COLS = 'a.id AS article, a.published, a.lang, q.kind, q.text, q.speaker, q.entity_id, q.cue';

async function quoteRows(db: Db, rows: QRow[]): Promise<QuoteRow[]> {
  const ents = await entitiesById(db, rows.flatMap((r) => (r.entity_id === null ? [] : [Number(r.entity_id)])));
  return rows.map((r) => ({
    article: r.article, published: r.published, lang: r.lang, kind: r.kind as QuoteKind, text: r.text, speaker: r.speaker,
    entity: r.entity_id === null ? null : ents.get(Number(r.entity_id)) ?? null, cue: r.cue,
  }));
}

/** Quotes by speaker (any language), dates and language, newest first. */
export async function quotes(db: Db, q: QuoteQuery): Promise<QuoteRow[]> {
  const where: string[] = [], params: Param[] = [];
  if (q.speaker !== undefined) {
    const ids = (await findEntities(db, q.speaker, 50)).map((e) => Number(e.id));
    where.push(`(q.speaker_norm = ?${ids.length ? ` OR q.entity_id IN (${marks(ids.length)})` : ''})`);
    params.push(norm(q.speaker), ...ids);
  }
  const from = dateBound(q.from, 'from'), to = dateBound(q.to, 'to');
  if (from) { where.push("q.day >= ? AND q.day <> ''"); params.push(from); }
  if (to) { where.push("q.day <= ? AND q.day <> ''"); params.push(to); }
  if (q.lang) { where.push('a.lang = ?'); params.push(q.lang.toLowerCase()); }
  const rows = await db.all<QRow>(`SELECT ${QUOTE_COLS} FROM quotes q JOIN articles a ON a.seq = q.article_seq
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY q.day DESC, q.article_seq DESC, q.idx LIMIT ${pageSize(q.limit ?? 100)}`, params);
  return quoteRows(db, rows);
}

interface ERow { article_seq: number; idx: number; article: string; published: string | null; type: string; code: string | null; trigger: string; place_id: number | null; date: string | null }

/** Events within dates, at a place, of a type or involving an entity, oldest first. */
export async function events(db: Db, q: EventQuery): Promise<EventRow[]> {
  const where: string[] = [], params: Param[] = [];
  const from = dateBound(q.from, 'from'), to = dateBound(q.to, 'to');
  if (from) { where.push("e.day >= ? AND e.day <> ''"); params.push(from); }
  if (to) { where.push("e.day <= ? AND e.day <> ''"); params.push(to); }
  const type = cameo(q.type);
  if (type) { where.push('(e.type = ? OR e.code LIKE ?)'); params.push(type, `${type}%`); }
  for (const [name, role] of [[q.place, 'place'], [q.entity, null]] as const) {
    if (name === undefined) continue;
    const ids = (await findEntities(db, name, 50)).map((x) => Number(x.id));
    if (!ids.length) return [];
    where.push(`EXISTS (SELECT 1 FROM event_entities x WHERE x.article_seq = e.article_seq AND x.idx = e.idx
      AND x.entity_id IN (${marks(ids.length)})${role ? ' AND x.role = ?' : ''})`);
    params.push(...ids, ...(role ? [role] : []));
  }
  const rows = await db.all<ERow>(`SELECT e.article_seq, e.idx, a.id AS article, a.published, e.type, e.code, e.trigger, e.place_id, e.date
    FROM events e JOIN articles a ON a.seq = e.article_seq ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY e.day, e.article_seq, e.idx LIMIT ${pageSize(q.limit ?? 200)}`, params);
  if (!rows.length) return [];
  const seqs = [...new Set(rows.map((r) => Number(r.article_seq)))];
  const roles = await db.all<{ article_seq: number; idx: number; entity_id: number; role: string }>(
    `SELECT article_seq, idx, entity_id, role FROM event_entities WHERE article_seq IN (${marks(seqs.length)})`, seqs);
  const ents = await entitiesById(db, roles.map((r) => Number(r.entity_id)));
  const of = (r: ERow, role: string): EntityRef[] => roles
    .filter((x) => Number(x.article_seq) === Number(r.article_seq) && Number(x.idx) === Number(r.idx) && x.role === role)
    .map((x) => ents.get(Number(x.entity_id))).filter((x): x is EntityRef => !!x);
  return rows.map((r) => ({
    article: r.article, published: r.published, type: r.type, code: r.code, trigger: r.trigger,
    actors: of(r, 'actor'), targets: of(r, 'target'), place: of(r, 'place')[0] ?? null, date: r.date,
  }));
}

/** Most entities listed as met or co-occurring. */
const PROFILE_TOP = 20;

/** An entity's profile by store id, KB id or name. */
export async function entityProfile(db: Db, idOrName: string): Promise<EntityProfile | null> {
  let e: EntityRef | undefined;
  if (/^\d+$/.test(idOrName)) e = (await entitiesById(db, [Number(idOrName)])).get(Number(idOrName));
  e ??= (await findEntities(db, idOrName, 1))[0];
  if (!e) return null;
  const id = Number(e.id);
  const names = await db.all<{ name: string; lang: string }>('SELECT name, lang FROM entity_names WHERE entity_id = ? ORDER BY n DESC, name', [id]);
  const byName = new Map<string, string[]>();
  for (const n of names) { const l = byName.get(n.name) ?? []; if (n.lang) l.push(n.lang); byName.set(n.name, l); }
  const mentions = await db.all<{ date: string; articles: number; mentions: number }>(
    `SELECT day AS date, COUNT(*) AS articles, SUM(count) AS mentions FROM mentions WHERE entity_id = ? AND day <> '' GROUP BY day ORDER BY day`, [id]);
  const qrows = await db.all<QRow>(`SELECT ${QUOTE_COLS} FROM quotes q JOIN articles a ON a.seq = q.article_seq
    WHERE q.entity_id = ? ORDER BY q.day DESC, q.article_seq DESC, q.idx LIMIT 50`, [id]);
  // "who they meet": the other side of its CAMEO 04 (consult) events
  const meets = await db.all<{ id: number; n: number }>(
    `SELECT o.entity_id AS id, COUNT(*) AS n FROM event_entities x
     JOIN events e ON e.article_seq = x.article_seq AND e.idx = x.idx AND e.type = '04'
     JOIN event_entities o ON o.article_seq = x.article_seq AND o.idx = x.idx AND o.entity_id <> x.entity_id AND o.role IN ('actor', 'target')
     WHERE x.entity_id = ? AND x.role IN ('actor', 'target') GROUP BY o.entity_id ORDER BY n DESC, o.entity_id LIMIT ${PROFILE_TOP}`, [id]);
  const co = await db.all<{ id: number; n: number }>(
    `SELECT m2.entity_id AS id, COUNT(DISTINCT m2.article_seq) AS n FROM mentions m1
     JOIN mentions m2 ON m2.article_seq = m1.article_seq AND m2.entity_id <> m1.entity_id
     WHERE m1.entity_id = ? GROUP BY m2.entity_id ORDER BY n DESC, m2.entity_id LIMIT ${PROFILE_TOP}`, [id]);
  const ents = await entitiesById(db, [...meets, ...co].map((r) => Number(r.id)));
  const pair = (r: { id: number; n: number }) => ({ entity: ents.get(Number(r.id))!, count: Number(r.n) });
  return {
    ...e,
    names: [...byName].map(([name, langs]) => ({ name, langs: [...new Set(langs)].sort() })),
    mentions: mentions.map((m) => ({ date: m.date, articles: Number(m.articles), mentions: Number(m.mentions) })),
    quotes: await quoteRows(db, qrows),
    meets: meets.map(pair).filter((p) => p.entity),
    cooccurring: co.map(pair).filter((p) => p.entity),
  };
}

/** Main entities listed a story. */
const STORY_TOP_ENTITIES = 5;

/** Stories with an article in [from, to], most recent first, each with its articles, languages and main entities. */
export async function stories(db: Db, q: StoryQuery): Promise<Story[]> {
  const where: string[] = [], params: Param[] = [];
  const from = dateBound(q.from, 'from'), to = dateBound(q.to, 'to');
  if (from) { where.push('s.last >= ?'); params.push(from); }
  if (to) { where.push('s.first <= ?'); params.push(to); }
  const rows = await db.all<{ id: number; first: string | null; last: string | null }>(`SELECT s.id, s.first, s.last FROM stories s
    ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY s.last DESC, s.size DESC, s.id DESC LIMIT ${pageSize(q.limit ?? 50)}`, params);
  const out: Story[] = [];
  for (const s of rows) {
    const arts = await db.all<{ seq: number; id: string; title: string | null; lang: string; published: string | null }>(
      'SELECT seq, id, title, lang, published FROM articles WHERE story_id = ? ORDER BY day, seq LIMIT 200', [s.id]);
    const seqs = arts.map((a) => Number(a.seq));
    const top = seqs.length ? await db.all<{ id: number; n: number }>(
      `SELECT entity_id AS id, COUNT(*) AS n FROM mentions WHERE article_seq IN (${marks(seqs.length)})
       GROUP BY entity_id ORDER BY n DESC, SUM(count) DESC, entity_id LIMIT ${STORY_TOP_ENTITIES}`, seqs) : [];
    const ents = await entitiesById(db, top.map((t) => Number(t.id)));
    out.push({
      id: String(s.id),
      articles: arts.map((a) => ({ id: a.id, title: a.title, lang: a.lang, published: a.published })),
      langs: [...new Set(arts.map((a) => a.lang))].sort(),
      entities: top.map((t) => ents.get(Number(t.id))).filter((x): x is EntityRef => !!x),
      first: s.first, last: s.last,
    });
  }
  return out;
}
