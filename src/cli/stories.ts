// veille stories: articles grouped by story, with their languages, main entities and dates.
import { VeilleError } from '../errors.js';
import { parse, str } from './args.js';
import { formatRows, limitOption, rowFormat, withStore } from './search.js';

const HELP = `Usage: veille stories [--from DATE] [--to DATE] [options]

Stories (articles about the same events, in any language, grouped as they were ingested), most recent first.

Options:
  --from DATE / --to DATE   stories with an article published in this range
  --limit N (default 50)    --format table|json|jsonl|csv    --db FILE|URL
`;

/** Runs `veille stories`. */
export async function storiesCommand(argv: string[]): Promise<number> {
  const p = parse(argv, { db: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } });
  if (p.values.help) { process.stdout.write(HELP); return 0; }
  if (p.positionals.length) throw new VeilleError('USAGE', `unexpected "${p.positionals[0]}"`);
  const format = rowFormat(p);
  const limit = limitOption(p);
  const rows = await withStore(p, (s) => s.stories({
    ...(str(p, 'from') ? { from: str(p, 'from')! } : {}), ...(str(p, 'to') ? { to: str(p, 'to')! } : {}), ...(limit ? { limit } : {}),
  }));
  const flat = rows.map((s) => ({
    story: s.id, first: s.first, last: s.last, articles: s.articles.length, langs: s.langs.join(' '),
    entities: s.entities.map((e) => e.name).join('; '), titles: s.articles.map((a) => a.title ?? a.id).join(' | '),
  }));
  process.stdout.write(formatRows(flat, format, format === 'table' ? undefined : rows));
  return 0;
}
