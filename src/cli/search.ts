// veille search: articles by words, entity, speaker, event type, dates and language; and the row printer
// the other query commands (quotes, events, entity, stories, export) share.
import { VeilleError } from '../errors.js';
import { DEFAULT_DB, openStore, type Store } from '../store/index.js';
import { parse, str, type Parsed } from './args.js';

/** Output formats of the query commands. */
export type RowFormat = 'table' | 'json' | 'jsonl' | 'csv';

/** A flat row to print. */
export type Row = Record<string, string | number | null | undefined>;

/** The --format value, checked. */
export function rowFormat(p: Parsed, fallback: RowFormat = 'table'): RowFormat {
  const f = str(p, 'format') ?? fallback;
  if (f !== 'table' && f !== 'json' && f !== 'jsonl' && f !== 'csv') throw new VeilleError('USAGE', `--format must be table, json, jsonl or csv, not "${f}"`);
  return f;
}

/** The --limit value, checked. */
export function limitOption(p: Parsed): number | undefined {
  const v = str(p, 'limit');
  if (v === undefined) return undefined;
  if (!/^\d{1,6}$/.test(v) || Number(v) < 1) throw new VeilleError('USAGE', `--limit must be a positive whole number, not "${v}"`);
  return Number(v);
}

/** A CSV cell (RFC 4180). */
export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Widest a table cell is printed. */
const CELL_MAX = 60;

/** Formats rows (columns in the first row's key order) as a table, JSON, JSON Lines or CSV. */
export function formatRows(rows: readonly Row[], format: RowFormat, objects?: readonly unknown[]): string {
  if (format === 'json') return JSON.stringify(objects ?? rows, null, 2) + '\n';
  if (format === 'jsonl') return (objects ?? rows).map((r) => JSON.stringify(r) + '\n').join('');
  const cols = rows.length ? Object.keys(rows[0]!) : [];
  if (format === 'csv') return [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\n') + '\n';
  if (!rows.length) return '(nothing found)\n';
  const cell = (v: unknown): string => {
    const s = (v === null || v === undefined ? '' : String(v)).replace(/\s+/g, ' ');
    return s.length > CELL_MAX ? s.slice(0, CELL_MAX - 1) + '…' : s;
  };
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]): string => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(cols.map((c) => cell(r[c]))))].join('\n') + '\n';
}

/** Opens the --db store, runs `f`, closes the store. */
export async function withStore<T>(p: Parsed, f: (s: Store) => Promise<T>): Promise<T> {
  const s = await openStore(str(p, 'db') ?? process.env.VEILLE_DB ?? DEFAULT_DB);
  try { return await f(s); } finally { await s.close(); }
}

const HELP = `Usage: veille search [QUERY] [options]

Searches stored articles (newest first). Words are all required, accents and case ignored ("geneve" finds
"Genève"); "…" keeps words together as a phrase. Nothing in QUERY is query syntax.

Options:
  --entity NAME       articles mentioning this entity, in any language (--entity NATO finds "OTAN")
  --speaker NAME      articles quoting this speaker, in any language (--speaker Putin finds "Poutine")
  --type CAMEO        articles with an event of this CAMEO code or root (04 meet, 043, 12 reject…)
  --from DATE         published on or after YYYY-MM-DD
  --to DATE           published on or before YYYY-MM-DD
  --lang CODE         body language (fr, en, …)
  --limit N           at most N articles (default 20)
  --cursor C          the next page (printed after a full page with --format json)
  --format F          table (default), json, jsonl or csv
  --db FILE|URL       SQLite file or postgres:// URL (default ./veille.db, or $VEILLE_DB)

Examples:
  veille search geneve --from 2022-01-01 --to 2022-01-31
  veille search "l'électricité" --lang fr --format csv
  veille search --speaker Putin --type 04
`;

/** Options shared by the query commands. */
export const QUERY_OPTIONS = {
  db: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, lang: { type: 'string' },
} as const;

/** Runs `veille search`. */
export async function searchCommand(argv: string[]): Promise<number> {
  const p = parse(argv, { ...QUERY_OPTIONS, entity: { type: 'string' }, speaker: { type: 'string' }, type: { type: 'string' }, cursor: { type: 'string' } });
  if (p.values.help) { process.stdout.write(HELP); return 0; }
  const format = rowFormat(p);
  const q = p.positionals.join(' ');
  const query = {
    ...(q ? { q } : {}),
    ...Object.fromEntries(['entity', 'speaker', 'type', 'from', 'to', 'lang', 'cursor'].flatMap((k) => (str(p, k) !== undefined ? [[k, str(p, k)]] : []))),
    ...(limitOption(p) !== undefined ? { limit: limitOption(p) } : {}),
  };
  const r = await withStore(p, (s) => s.search(query));
  const rows = r.hits.map((h) => ({
    id: h.id, published: h.published, lang: h.lang, quality: Math.round(h.quality * 100) / 100, title: h.title, source: h.source,
    flags: h.flags.join(' '), story: h.story, snippet: h.snippet,
  }));
  if (format === 'json') { process.stdout.write(JSON.stringify(r, null, 2) + '\n'); return 0; }
  process.stdout.write(formatRows(format === 'table' ? rows.map(({ snippet: _s, source: _src, ...rest }) => rest) : rows, format));
  if (format === 'table' && r.next) process.stdout.write(`more: --cursor ${r.next}\n`);
  return 0;
}
