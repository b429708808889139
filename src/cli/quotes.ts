// veille quotes: what a speaker said, across articles and languages.
import { VeilleError } from '../errors.js';
import { parse, str } from './args.js';
import { formatRows, limitOption, QUERY_OPTIONS, rowFormat, withStore } from './search.js';

const HELP = `Usage: veille quotes --speaker NAME [options]

Quotes by a speaker, newest first. The name is matched in any language: --speaker Putin finds the quotes
of "Vladimir Poutine" in French articles.

Options:
  --speaker NAME      who spoke (full name, last name, or a KB id)
  --from DATE / --to DATE / --lang CODE / --limit N (default 100)
  --format F          table (default), json, jsonl or csv
  --db FILE|URL       SQLite file or postgres:// URL (default ./veille.db)

Example:
  veille quotes --speaker Putin --from 2022-01-01
`;

/** Runs `veille quotes`. */
export async function quotesCommand(argv: string[]): Promise<number> {
  const p = parse(argv, { ...QUERY_OPTIONS, speaker: { type: 'string' } });
  if (p.values.help) { process.stdout.write(HELP); return 0; }
  if (p.positionals.length) throw new VeilleError('USAGE', `unexpected "${p.positionals[0]}" (use --speaker NAME)`);
  const format = rowFormat(p);
  const limit = limitOption(p);
  const rows = await withStore(p, (s) => s.quotes({
    ...(str(p, 'speaker') !== undefined ? { speaker: str(p, 'speaker')! } : {}),
    ...(str(p, 'from') ? { from: str(p, 'from')! } : {}), ...(str(p, 'to') ? { to: str(p, 'to')! } : {}),
    ...(str(p, 'lang') ? { lang: str(p, 'lang')! } : {}), ...(limit ? { limit } : {}),
  }));
  const flat = rows.map((q) => ({
    published: q.published, lang: q.lang, speaker: q.speaker, entity: q.entity?.name ?? null, kind: q.kind, text: q.text, cue: q.cue, article: q.article,
  }));
  process.stdout.write(formatRows(flat, format, format === 'table' ? undefined : rows));
  return 0;
}
