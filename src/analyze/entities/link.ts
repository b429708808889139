// Within-article linking: mentions → entities. Ordered steps, each says why:
// 1. identical names (normalised) are one entity;
// 2. a KB id shared by two names joins them ("OTAN" and "Organisation du traité de l'Atlantique nord");
// 3. an acronym joins the long form it abbreviates, and "(OSCE)" right after a long form joins it;
// 4. a person named by part of a full name joins the full name ("Stoltenberg" → "Jens Stoltenberg");
// then each entity takes its majority type, its fullest name, KB id and aliases, a cross-article `key`, and
// for people a gender and the roles the article gives them (roles.ts).
import type { Entity, EntityType } from '../../types.js';
import { aliasesOf, kbMatch, normName, type Kb, type KbEntry } from './kb.js';
import type { Mention } from './mentions.js';
import { personGender, rolesOf } from './roles.js';

/** An entity with the fields this stage adds beyond the schema (the schema allows added fields). */
export interface LinkedEntity extends Entity {
  /** Stable across articles: the KB id when known, else type + normalised name ("PER:jean dupont"). */
  key: string;
  /** People only: 'm', 'f' or null when nothing in the article or the KB tells. */
  gender?: 'm' | 'f' | null;
  /** People only: role phrases the article gives them, case kept ("président russe", "secrétaire général de l'OTAN"), then their KB office. */
  roles?: string[];
}

const ACRONYM = /^[\p{Lu}\d]{2,8}$/u;
const SHORT_CAPS = /^\p{Lu}{2,3}$/u;
const SMALL = new Set(['de', 'du', 'des', 'la', 'le', 'les', "l'", 'l’', "d'", 'd’', 'et', 'pour', 'en', 'of', 'the', 'and', 'for', 'à', 'a', 'sur', 'on', 'in']);

/** Initials of a long name's significant words ("Organisation pour la sécurité et la coopération en Europe" → "OSCE"). */
function initials(name: string): string[] {
  const words = name.split(/[\s-]+|(?<=['’])/u).filter(Boolean);
  const all = words.map((w) => w.charAt(0)).join('').toUpperCase();
  const sig = words.filter((w) => !SMALL.has(w.toLowerCase())).map((w) => w.charAt(0)).join('').toUpperCase();
  return [sig, all];
}

class Groups {
  parent: number[];
  constructor(n: number) { this.parent = Array.from({ length: n }, (_, i) => i); }
  find(i: number): number { while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!; return i; }
  join(a: number, b: number): void { const x = this.find(a), y = this.find(b); if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y); }
}

/** Links mentions into entities with ids e1, e2… in order of first mention. */
export function linkEntities(text: string, ms: readonly Mention[], kb: Kb, lang: string): LinkedEntity[] {
  const n = ms.length;
  const surf = ms.map((m) => text.slice(m.start, m.end));
  const norm = surf.map(normName);
  const kbOf: (KbEntry | null)[] = surf.map((s) => kbMatch(kb, s));
  const g = new Groups(n);
  // 1. identical names
  const byNorm = new Map<string, number>();
  // (a short acronym is not the word it spells: "EAU" is no "Eau")
  norm.forEach((k0, i) => { const k = SHORT_CAPS.test(surf[i]!) ? `#${k0}` : k0; const j = byNorm.get(k); if (j === undefined) byNorm.set(k, i); else g.join(j, i); });
  // 2. same KB entry
  const byKb = new Map<string, number>();
  kbOf.forEach((e, i) => { if (!e) return; const j = byKb.get(e.id); if (j === undefined) byKb.set(e.id, i); else g.join(j, i); });
  // 3. acronyms: "(OSCE)" after a long form, or any acronym equal to the initials of a long name in the article
  const longByInitials = new Map<string, number>();
  ms.forEach((m, i) => { if (!ACRONYM.test(surf[i]!) && m.tj - m.ti >= 2 && m.type !== 'PER') for (const x of initials(surf[i]!)) if (x.length >= 2 && !longByInitials.has(x)) longByInitials.set(x, i); });
  ms.forEach((m, i) => {
    if (!ACRONYM.test(surf[i]!)) return;
    const prev = i > 0 ? ms[i - 1]! : null;
    if (prev && text.slice(prev.end, m.start).trim() === '(' && initials(surf[i - 1]!).includes(surf[i]!)) { g.join(i - 1, i); return; }
    const j = longByInitials.get(surf[i]!);
    if (j !== undefined) g.join(j, i);
  });
  // 4. part of a person's full name: the nearest earlier full name containing the part as whole words, else a later one
  const fullByWord = new Map<string, number[]>();   // word → full person names holding it (bounded: linear overall)
  ms.forEach((m, j) => {
    if (m.type !== 'PER' || !norm[j]!.includes(' ')) return;
    for (const w of new Set(norm[j]!.split(' '))) { const l = fullByWord.get(w) ?? []; if (l.length < 20) l.push(j); fullByWord.set(w, l); }
  });
  ms.forEach((m, i) => {
    if (m.type !== 'PER' && !(m.tj - m.ti === 1 && /^\p{Lu}\p{Ll}/u.test(surf[i]!))) return;
    let best = -1;
    for (const j of fullByWord.get(norm[i]!.split(' ')[0]!) ?? []) {
      const f = ms[j]!;
      if (j === i || norm[j] === norm[i] || !(` ${norm[j]} `).includes(` ${norm[i]} `)) continue;
      if (best < 0 || (f.start < m.start && (ms[best]!.start > m.start || f.start > ms[best]!.start))) best = j;
    }
    if (best >= 0) g.join(best, i);
  });
  // gather
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) { const r = g.find(i); const l = members.get(r); if (l) l.push(i); else members.set(r, [i]); }
  const out: LinkedEntity[] = [];
  for (const idx of [...members.values()].sort((a, b) => ms[a[0]!]!.start - ms[b[0]!]!.start)) {
    const votes = new Map<EntityType, number>();
    for (const i of idx) votes.set(ms[i]!.type, (votes.get(ms[i]!.type) ?? 0) + (ms[i]!.tj - ms[i]!.ti > 1 ? 1.5 : 1));
    let type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    // a country or city the KB knows by this very name is a place, whatever the tagger guessed ("United States"
    // read as an organisation): the tagger's ORG/MISC on a bare place name is more often wrong than metonymy
    if ((type === 'ORG' || type === 'MISC') && idx.some((i) => kbOf[i]?.type === 'LOC')) type = 'LOC';
    // …and a name the KB knows as an organisation is one ("Scientology" read as a place). The tagger learnt from
    // WiNER that web platforms are products ("Facebook", "Twitter": MISC), which French keeps; English news
    // calls the company an organisation ("Google", "Twitter" in GUM, CoNLL, OntoNotes)
    else if ((type === 'LOC' || (type === 'MISC' && lang !== 'fr')) && idx.some((i) => kbOf[i]?.type === 'ORG')) type = 'ORG';
    const name = idx.map((i) => surf[i]!).sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0]!;
    const entry = idx.map((i) => kbOf[i]).find((e) => e && (e.type === type || (e.type !== 'PER' && type !== 'PER'))) ?? kbMatch(kb, name);
    const e: LinkedEntity = {
      id: `e${out.length + 1}`, type, name,
      ...(entry ? { aliases: aliasesOf(entry, lang), kb: entry.id } : { kb: null }),
      key: entry ? entry.id : `${type}:${normName(name)}`,
      mentions: idx.sort((a, b) => ms[a]!.start - ms[b]!.start).map((i) => ({ start: ms[i]!.start, end: ms[i]!.end, text: surf[i]! })),
    };
    if (type === 'PER') {
      const roles = rolesOf(text, e);
      // the office the KB gives a known person comes last, for a role the article only implies ("le chef de l'État")
      const office = entry?.type === 'PER' ? entry.role : undefined;
      if (office && !roles.some((r) => r.toLowerCase() === office.toLowerCase())) roles.push(office);
      e.gender = personGender(text, e, entry, roles);
      if (roles.length) e.roles = roles;
    }
    out.push(e);
  }
  return out;
}
