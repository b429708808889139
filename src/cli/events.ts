// veille events: who did what to whom, where and when, across articles (CAMEO types).
import { VeilleError } from '../errors.js';
import { parse, str } from './args.js';
import { formatRows, limitOption, QUERY_OPTIONS, rowFormat, withStore } from './search.js';

const HELP = `Usage: veille events [--from DATE] [--to DATE] [--place NAME] [options]

Events ordered by date (the event's date, or its article's publication date).

Options:
  --from DATE / --to DATE   bounds on the event date (YYYY-MM-DD)
  --place NAME        where it happened, in any language (--place Geneva finds "Genève")
  --type CAMEO        04 (meet), 043, 12 (reject), 13 (threaten), …
  --entity NAME       events with this entity as actor, target or place
  --limit N (default 200)   --format table|json|jsonl|csv   --db FILE|URL

Example:
  veille events --from 2022-01-10 --to 2022-01-14 --place Genève
`;

/** Runs `veille events`. */
export async function eventsCommand(argv: string[]): Promise<number> {
  const p = parse(argv, { ...QUERY_OPTIONS, place: { type: 'string' }, type: { type: 'string' }, entity: { type: 'string' } });
  if (p.values.help) { process.stdout.write(HELP); return 0; }
  if (p.positionals.length) throw new VeilleError('USAGE', `unexpected "${p.positionals[0]}"`);
  const format = rowFormat(p);
  const limit = limitOption(p);
  const q = Object.fromEntries(['from', 'to', 'place', 'type', 'entity'].flatMap((k) => (str(p, k) !== undefined ? [[k, str(p, k)]] : [])));
  const rows = await withStore(p, (s) => s.events({ ...q, ...(limit ? { limit } : {}) }));
  const names = (es: { name: string }[]): string => es.map((e) => e.name).join('; ');
  const flat = rows.map((e) => ({
    date: e.date ?? e.published, type: e.code ?? e.type, trigger: e.trigger, actors: names(e.actors), targets: names(e.targets), place: e.place?.name ?? null, article: e.article,
  }));
  process.stdout.write(formatRows(flat, format, format === 'table' ? undefined : rows));
  return 0;
}
