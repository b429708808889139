// veille ingest: analyse articles and store them, idempotently and crash-safely (a batch = one transaction).
import { analyzeText } from '../analyze/index.js';
import { describeError, VeilleError } from '../errors.js';
import { isUrl, type Ingested } from '../ingest/index.js';
import { lines, readInputs } from '../ingest/inputs.js';
import { DEFAULT_DB, openStore, type PutResult, type Store } from '../store/index.js';
import { SCHEMA, type Analysis, type TextInput } from '../types.js';
import { normalizeDate } from '../util/date.js';
import { parse, str } from './args.js';

const HELP = `Usage: veille ingest INPUT... [--db FILE|postgres://…] [options]

Analyses and stores articles: text, HTML, feeds, WARC files, directories, URLs, or JSON Lines.
Running it again stores nothing twice (same content id or same canonical URL); after a crash or kill,
run the same command again: every article ends up stored exactly once.

Options:
  --db FILE|URL       SQLite file or postgres:// URL (default ./veille.db, or $VEILLE_DB)
  --jsonl             INPUTs (or standard input) are JSON Lines: {"id","text"|"html","url"?,"lang"?,"published"?,"title"?}
  --analysed          INPUTs (or standard input) are veille.analysis/1 lines (veille analyze --jsonl output)
  --lang CODE / --published DATE   hints for articles that do not state them
  --batch N           articles per transaction (default 200)
  --allow-private     let URLs point at private addresses
  -h, --help          this help

Examples:
  veille ingest examples/
  veille ingest feed.xml https://example.org/news/article --db news.db
  veille analyze --jsonl < in.jsonl | veille ingest --analysed --db postgres://localhost/veille
`;

/** Articles a transaction: each COMMIT rewrites the index pages its articles touched (LSH keys, mentions land at random
 *  places), so 200 a commit writes them a quarter as often as 50 (≈ 5-10 % less CPU an article at 60k articles). */
const DEFAULT_BATCH = 200;

/** An item to store: an input to analyse, an analysis already made, or a failure to report. */
type Item = Ingested | { analysis: Analysis; source: string };

/** Every item the command line names, in order; failures come as items, never thrown. */
async function* items(positionals: readonly string[], mode: 'files' | 'jsonl' | 'analysed', allowPrivate: boolean): AsyncGenerator<Item> {
  if (mode !== 'analysed') { yield* readInputs(positionals, mode === 'jsonl', allowPrivate); return; }
  for await (const { line, where } of lines(positionals)) {
    try {
      const a = JSON.parse(line) as Analysis;
      if (a?.schema !== SCHEMA || typeof a.id !== 'string' || typeof a.text !== 'string') throw new VeilleError('BAD_FIELD', `not a ${SCHEMA} object`);
      yield { analysis: a, source: where };
    } catch (e) {
      yield { error: e instanceof SyntaxError ? describeError(new VeilleError('BAD_JSON', e.message)) : describeError(e), source: where };
    }
  }
}

/** Counts of a run. */
interface Tally { new: number; present: number; failed: number; duplicates: number; translations: number }

/** Progress: a bar redrawn on a terminal, a plain line every few seconds otherwise. */
function progress(t: Tally, started: number): () => void {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  return () => {
    const now = Date.now();
    if (now - last < (tty ? 100 : 5000)) return;
    last = now;
    const done = t.new + t.present + t.failed;
    const rate = done / Math.max(0.001, (now - started) / 1000);
    const msg = `${done} articles · ${t.new} new · ${t.present} present · ${t.failed} failed · ${rate.toFixed(0)}/s`;
    if (tty) {
      const spin = '▏▎▍▌▋▊▉█'[done % 8];
      process.stderr.write(`\r\x1b[K${spin} ${msg}`);
    } else process.stderr.write(`veille ingest: ${msg}\n`);
  };
}

/** Runs `veille ingest`. */
export async function ingestCommand(argv: string[]): Promise<number> {
  const p = parse(argv, {
    db: { type: 'string' }, jsonl: { type: 'boolean' }, analysed: { type: 'boolean' }, lang: { type: 'string' }, published: { type: 'string' },
    batch: { type: 'string' }, 'allow-private': { type: 'boolean' },
  });
  if (p.values.help) { process.stdout.write(HELP); return 0; }
  const lang = str(p, 'lang'), published = str(p, 'published');
  if (lang !== undefined && !/^[a-z]{2}$/i.test(lang)) throw new VeilleError('BAD_LANG', lang);
  if (published !== undefined && !normalizeDate(published)) throw new VeilleError('BAD_DATE', published);
  const batchSize = Number(str(p, 'batch') ?? DEFAULT_BATCH);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new VeilleError('USAGE', '--batch must be a whole number from 1 to 10000');
  const mode = p.values.analysed ? 'analysed' : p.values.jsonl ? 'jsonl' : 'files';
  const db = str(p, 'db') ?? process.env.VEILLE_DB ?? DEFAULT_DB;
  const hints: Partial<TextInput> = { ...(lang ? { lang } : {}), ...(published ? { published } : {}) };

  const store = await openStore(db);
  const t: Tally = { new: 0, present: 0, failed: 0, duplicates: 0, translations: 0 };
  const started = Date.now();
  const tick = progress(t, started);
  const fail = (source: string, why: string): void => {
    t.failed++;
    process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}veille ingest: ${source}: ${why}\n`);
  };
  const count = (r: PutResult): void => {
    if (r.status === 'present') { t.present++; return; }
    t.new++;
    if (r.duplicateOf) t.duplicates++;
    if (r.translationOf) t.translations++;
  };
  let pending: { a: Analysis; source: string }[] = [];
  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    if (!batch.length) return;
    try {
      (await store.putMany(batch.map((b) => b.a))).forEach(count);
    } catch (e) {
      if ((e as { code?: string }).code?.startsWith('DB_')) throw e;   // the database itself failed: stop, nothing half-written
      // one bad analysis must not sink its batch: store the others one by one
      for (const b of batch) {
        try { count(await store.put(b.a)); } catch (e2) { fail(b.source, describeError(e2)); }
      }
    }
    tick();
  };
  try {
    for await (const it of items(p.positionals, mode, p.values['allow-private'] === true)) {
      if ('error' in it) { fail(it.source, it.error); continue; }
      let a: Analysis;
      let source: string;
      if ('analysis' in it) { a = it.analysis; source = it.source; } else {
        source = it.input.source ?? it.input.id ?? 'input';
        if ((it.input.id && (await store.has(it.input.id))) || (it.input.source && isUrl(it.input.source) && (await store.has(it.input.source)))) {
          t.present++; tick(); continue;
        }
        try { a = analyzeText({ ...hints, ...it.input }); } catch (e) { fail(source, describeError(e)); continue; }
      }
      pending.push({ a, source });
      if (pending.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await store.close();
  }
  const secs = (Date.now() - started) / 1000;
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const done = t.new + t.present + t.failed;
  process.stdout.write(`veille ingest: ${done} article(s) in ${secs.toFixed(1)} s (${(done / Math.max(secs, 0.001)).toFixed(0)}/s) into ${db.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}\n`
    + `  ${t.new} new, ${t.present} already present, ${t.failed} failed; ${t.duplicates} near-duplicate(s), ${t.translations} translation(s) linked\n`);
  return t.failed ? 1 : 0;
}
