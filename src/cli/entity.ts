// veille entity: one entity's profile — its names, mentions over time, what it said, whom it met, who is seen with it.
import { VeilleError } from '../errors.js';
import type { EntityProfile } from '../store/index.js';
import { parse } from './args.js';
import { formatRows, rowFormat, withStore } from './search.js';

const HELP = `Usage: veille entity NAME [--format table|json] [--db FILE|URL]

The profile of a person, organisation or place, across articles and languages (NAME in any language,
a last name, a KB id or a store id).

Example:
  veille entity Putin
`;

/** A profile as sections of text. */
function printProfile(p: EntityProfile): string {
  const out = [`${p.name} (${p.type}${p.kb ? `, ${p.kb}` : ''}, id ${p.id})`,
    `names: ${p.names.map((n) => `${n.name}${n.langs.length ? ` [${n.langs.join(', ')}]` : ''}`).join(' · ')}`, '', 'mentions over time:'];
  out.push(formatRows(p.mentions, 'table').trimEnd(), '', 'quotes:');
  out.push(formatRows(p.quotes.slice(0, 20).map((q) => ({ published: q.published, lang: q.lang, text: q.text, article: q.article })), 'table').trimEnd(), '', 'meets:');
  out.push(formatRows(p.meets.map((m) => ({ entity: m.entity.name, type: m.entity.type, events: m.count })), 'table').trimEnd(), '', 'seen with:');
  out.push(formatRows(p.cooccurring.map((m) => ({ entity: m.entity.name, type: m.entity.type, articles: m.count })), 'table').trimEnd());
  return out.join('\n') + '\n';
}

/** Runs `veille entity`. */
export async function entityCommand(argv: string[]): Promise<number> {
  const p = parse(argv, { db: { type: 'string' }, format: { type: 'string' } });
  if (p.values.help) { process.stdout.write(HELP); return 0; }
  const name = p.positionals.join(' ').trim();
  if (!name) throw new VeilleError('USAGE', 'name an entity: veille entity NAME');
  const format = rowFormat(p);
  const profile = await withStore(p, (s) => s.entity(name));
  if (!profile) { process.stderr.write(`veille entity: no entity named "${name.slice(0, 80)}" in the store\n`); return 1; }
  process.stdout.write(format === 'table' ? printProfile(profile) : format === 'json' ? JSON.stringify(profile, null, 2) + '\n' : JSON.stringify(profile) + '\n');
  return 0;
}
