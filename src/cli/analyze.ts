// veille analyze: articles in, veille.analysis/1 (or a readable summary) out.
import { analyzeText } from '../analyze/index.js';
import { describeError, VeilleError } from '../errors.js';
import { expandPaths, isUrl, readPlainTextFile, textArticle } from '../ingest/files.js';
import type { Ingested } from '../ingest/index.js';
import type { Analysis, TextInput } from '../types.js';
import { normalizeDate } from '../util/date.js';
import { parse, str } from './args.js';

// Loaded only when used: the page, feed and WARC readers (linkedom, htmlparser2: ~120 ms of start-up), the
// batch reader and the text format. A plain-text file analysed to JSON needs none of them.
const ingest = (): Promise<typeof import('../ingest/index.js')> => import('../ingest/index.js');

const HELP = `Usage: veille analyze [FILE|DIR|URL|-]... [options]
       veille analyze --jsonl [options] < in.jsonl > out.jsonl

Analyses articles and prints veille.analysis/1 JSON (one object, or one a line for several articles).
Files by type: .txt/.md (text), .html/.htm (a web page, cleaned to the article), .xml/.rss/.atom
(a feed: one article a item; also found by sniffing), .warc/.warc.gz (one article a HTML response).
Directories are read recursively; http(s) URLs are fetched (a page or a feed).
With no FILE, or with -, reads one article (text or HTML) from standard input.

Options:
  --lang CODE         language of the articles (fr, en, …); detected when absent
  --published DATE    publication date, YYYY-MM-DD: the reference for "lundi", "last week"
  --title TEXT        the article's title (a repeated title line is then removed from the body)
  --format json|text  json (default) or a readable summary for a person at a terminal
  --jsonl             batch form: JSON Lines on stdin ({"id","text"|"html","url"?,"lang"?,"published"?,"title"?}),
                      one analysis a line on stdout, in order; bad lines reported on stderr, exit 1
  --allow-private     let URLs reach loopback, private and link-local addresses (refused by default)
  -h, --help          this help

Examples:
  veille analyze article.txt --published 2022-01-07 --format text
  cat article.txt | veille analyze - --lang fr
  veille analyze --jsonl < articles.jsonl > analyses.jsonl
  veille analyze page.html feed.xml crawl.warc.gz https://example.org/news/article
`;

/** Runs `veille analyze`. */
export async function analyzeCommand(argv: string[]): Promise<number> {
  const args = parse(argv, {
    lang: { type: 'string' },
    published: { type: 'string' },
    title: { type: 'string' },
    format: { type: 'string', default: 'json' },
    jsonl: { type: 'boolean' },
    'allow-private': { type: 'boolean' },
  });
  const { values, positionals } = args;
  if (values.help) { process.stdout.write(HELP); return 0; }
  const format = str(args, 'format');
  const lang = str(args, 'lang'), published = str(args, 'published'), title = str(args, 'title');
  if (format !== 'json' && format !== 'text') throw new VeilleError('USAGE', `--format must be json or text, not "${format}"`);
  if (lang !== undefined && !/^[a-z]{2}$/i.test(lang)) throw new VeilleError('BAD_LANG', lang);
  if (published !== undefined && !normalizeDate(published)) throw new VeilleError('BAD_DATE', published);
  const hints: Partial<TextInput> = {
    ...(lang ? { lang } : {}),
    ...(published ? { published } : {}),
    ...(title ? { title } : {}),
  };

  if (values.jsonl) {
    if (positionals.length) throw new VeilleError('USAGE', '--jsonl reads standard input only');
    const { runBatch } = await import('./batch.js');
    const r = await runBatch(process.stdin, process.stdout, process.stderr, hints);
    if (r.failed) process.stderr.write(`veille analyze: ${r.failed} of ${r.failed + r.analysed} line(s) failed\n`);
    return r.failed ? 1 : 0;
  }

  const formatText = format === 'text' ? (await import('./format/text.js')).formatText : null;
  const print = (a: Analysis, many: boolean): void => {
    if (formatText) process.stdout.write(formatText(a) + '\n');
    else process.stdout.write(JSON.stringify(a, null, many ? undefined : 2) + '\n');
  };
  if (!positionals.length || (positionals.length === 1 && positionals[0] === '-')) {
    const bytes = await readStdin();
    const input = HTML_START.test(bytes.subarray(0, 1024).toString('latin1')) ? (await ingest()).htmlArticleFromBytes(bytes, null) : textArticle(bytes, null);
    print(analyzeText({ ...input, ...hints }), false);
    return 0;
  }
  let failed = 0;
  const allowPrivate = values['allow-private'] === true;
  const urls = positionals.filter(isUrl);
  const files = expandPaths(positionals.filter((p) => !isUrl(p)));
  // several articles print one JSON a line; a single file or URL may still hold many (a feed, a WARC)
  const many = files.length + urls.length > 1 || files.some((f) => !/\.(?:txt|text|md|html?|xhtml)$/i.test(f)) || urls.length > 0;
  const take = (r: Ingested): void => {
    if ('error' in r) { failed++; process.stderr.write(`veille analyze: ${r.source}: ${r.error}\n`); return; }
    try { print(analyzeText({ ...r.input, ...hints }), many); } catch (e) { failed++; process.stderr.write(`veille analyze: ${r.input.source ?? 'input'}: ${describeError(e)}\n`); }
  };
  for (const f of files) {
    const plain = readPlainTextFile(f);
    if (plain) { take(plain); continue; }
    for await (const r of (await ingest()).ingestPath(f)) take(r);
  }
  for (const u of urls) {
    try { for (const input of await (await ingest()).urlArticles(u, { allowPrivate })) take({ input }); } catch (e) { take({ error: describeError(e), source: u }); }
  }
  return failed ? 1 : 0;
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html\b|head\b|body\b)/i;

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
