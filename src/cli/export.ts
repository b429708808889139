// veille export: the store's articles, quotes or events as JSON Lines or CSV, streamed.
import { once } from 'node:events';
import { VeilleError } from '../errors.js';
import type { ExportTable } from '../store/index.js';
import { parse, str } from './args.js';
import { csvCell, withStore } from './search.js';

const HELP = `Usage: veille export [--table articles|quotes|events] [--format jsonl|csv] [--db FILE|URL]

Writes one table of the store to standard output, oldest article first: articles (with their text),
quotes or events (default articles, jsonl). Memory does not grow with the corpus.

Examples:
  veille export --format csv --table quotes > quotes.csv
  veille export > articles.jsonl
`;

/** Runs `veille export`. */
export async function exportCommand(argv: string[]): Promise<number> {
  const p = parse(argv, { db: { type: 'string' }, format: { type: 'string' }, table: { type: 'string' } });
  if (p.values.help) { process.stdout.write(HELP); return 0; }
  const format = str(p, 'format') ?? 'jsonl';
  const table = (str(p, 'table') ?? p.positionals[0] ?? 'articles') as ExportTable;
  if (format !== 'jsonl' && format !== 'csv') throw new VeilleError('USAGE', `--format must be jsonl or csv, not "${format}"`);
  if (!['articles', 'quotes', 'events'].includes(table)) throw new VeilleError('USAGE', `--table must be articles, quotes or events, not "${table}"`);
  await withStore(p, async (s) => {
    let cols: string[] | null = null;
    for await (const row of s.export(table)) {
      let line: string;
      if (format === 'jsonl') line = JSON.stringify(row) + '\n';
      else {
        line = '';
        if (!cols) { cols = Object.keys(row); line = cols.join(',') + '\n'; }
        line += cols.map((c) => csvCell(row[c])).join(',') + '\n';
      }
      if (!process.stdout.write(line)) await once(process.stdout, 'drain');
    }
  });
  return 0;
}
