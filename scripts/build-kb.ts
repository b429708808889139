// Builds data/kb/kb.json, the knowledge base the entity stage links names to (`npm run build-kb`).
// Sources, all named here: country names in French and English from CLDR through Node's Intl.DisplayNames;
// demonyms, cities and exonyms, international organisations and newsmakers from the hand-written tables in
// data/kb/sources/*.tsv (written for this project from general knowledge). Deterministic: sorted output.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KbEntry } from '../src/analyze/entities/kb.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'data/kb/sources');

/** What the build writes: the entry type the entity stage reads. */
type KbOut = KbEntry;

const rows = (file: string): string[][] =>
  readFileSync(join(SRC, file), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t').map((c) => c.trim()));
const list = (s: string | undefined): string[] => (s ? s.split(';').map((x) => x.trim()).filter(Boolean) : []);
const uniq = (xs: string[]): string[] => [...new Set(xs.filter(Boolean))];
// "Myanmar (Birmanie)" → ["Myanmar (Birmanie)", "Myanmar", "Birmanie"]; "Congo-Kinshasa" stays whole
const variants = (n: string): string[] => {
  const m = /^(.*?)\s*\((.*)\)$/.exec(n);
  return m ? [m[1]!, m[2]!] : [n];
};
const frPlural = (w: string): string => (/[sx]$/.test(w) ? w : w + 's');
const cap = (w: string): string => w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('-');

const frNames = new Intl.DisplayNames(['fr'], { type: 'region' });
const enNames = new Intl.DisplayNames(['en'], { type: 'region' });
const out: KbOut[] = [];
const demonymRows = new Map(rows('countries.tsv').map((r) => [r[0]!, r]));
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA']);
for (let a = 65; a <= 90; a++) {
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    if (NOT_COUNTRIES.has(code)) continue;
    let fr: string | undefined, en: string | undefined;
    try { fr = frNames.of(code); en = enNames.of(code); } catch { continue; }
    if (!fr || !en || fr === code || en === code) continue;
    // CLDR maps retired codes to today's country (DD → Germany): keep one entry, the one with demonyms
    const dup = out.findIndex((e) => e.fr === variants(fr!)[0] && e.en === variants(en!)[0]);
    if (dup >= 0) { if (demonymRows.has(code)) out.splice(dup, 1); else continue; }
    const d = demonymRows.get(code);
    const demonyms = d
      ? {
          fr: uniq([d[1]!, d[2]!, frPlural(d[1]!), frPlural(d[2]!)]),
          en: uniq([d[3]!, /(?:ese|ss|sh|ch|i)$/.test(d[3]!) ? '' : d[3]! + 's']),
        }
      : undefined;
    // CLDR writes "Bosnia & Herzegovina", "Antigua & Barbuda": news writes "and"
    const names = uniq([...variants(fr), ...variants(en), ...variants(en).filter((n) => n.includes(' & ')).map((n) => n.replace(' & ', ' and ')), ...list(d?.[4]), ...(d ? [cap(d[1]!), cap(frPlural(d[1]!)), cap(frPlural(d[2]!))] : [])]);
    // inhabitants ("les Russes", "the Americans") are listed as names of the country for lookup only through demonym()
    out.push({ id: `country:${code.toLowerCase()}`, type: 'LOC', fr: variants(fr)[0]!, en: variants(en)[0]!, names: names.filter((n) => !(d && [cap(d[1]!), cap(frPlural(d[1]!)), cap(frPlural(d[2]!))].includes(n))), country: code, ...(demonyms ? { demonyms } : {}) });
  }
}
for (const r of rows('cities.tsv')) {
  out.push({ id: `place:${r[0]}`, type: 'LOC', fr: r[2]!, en: r[3]!, names: uniq([r[2]!, r[3]!, ...list(r[4])]), ...(r[1] !== '-' ? { country: r[1]! } : {}) });
}
for (const r of rows('orgs.tsv')) {
  const fr = r[2] || r[1]!, en = r[4] || r[3]!;
  out.push({ id: `org:${r[0]}`, type: 'ORG', fr: r[1] || fr, en: r[3] || en, names: uniq([r[1]!, r[2]!, r[3]!, r[4]!, ...list(r[5])]) });
}
for (const r of rows('people.tsv')) {
  out.push({ id: `person:${r[0]}`, type: 'PER', fr: r[2]!, en: r[3]!, names: uniq([r[2]!, r[3]!, ...list(r[4])]), gender: r[1] as 'm' | 'f', ...(r[5] ? { role: r[5] } : {}) });
}
out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
const kb = { version: 1, built: 'scripts/build-kb.ts', note: 'people and offices as of early 2022', entries: out };
writeFileSync(join(ROOT, 'data/kb/kb.json'), JSON.stringify(kb) + '\n');
console.log(`kb: ${out.length} entries (${out.filter((e) => e.type === 'LOC').length} LOC, ${out.filter((e) => e.type === 'ORG').length} ORG, ${out.filter((e) => e.type === 'PER').length} PER)`);
