// veille analyze: articles in, veille.analysis/1 (or a readable summary) out.
import { analyzeText } from '../analyze/index.js';
import { describeError, VeilleError } from '../errors.js';
import { expandPaths, readArticleFile, textArticle } from '../ingest/index.js';
import type { Analysis, TextInput } from '../types.js';
import { normalizeDate } from '../util/date.js';
import { parse, str } from './args.js';
import { runBatch } from './batch.js';
import { formatText } from './format/text.js';

const HELP = `Usage: veille analyze [FILE|DIR|-]... [options]
       veille analyze --jsonl [options] < in.jsonl > out.jsonl

Analyses articles and prints veille.analysis/1 JSON (one object, or one a line for several articles).
With no FILE, or with -, reads one article from standard input.

Options:
  --lang CODE         language of the articles (fr, en, …); detected when absent
  --published DATE    publication date, YYYY-MM-DD: the reference for "lundi", "last week"
  --title TEXT        the article's title (a repeated title line is then removed from the body)
  --format json|text  json (default) or a readable summary for a person at a terminal
  --jsonl             batch form: JSON Lines on stdin ({"id","text","lang"?,"published"?,"title"?}),
                      one analysis a line on stdout, in order; bad lines reported on stderr, exit 1
  -h, --help          this help

Examples:
  veille analyze article.txt --published 2022-01-07 --format text
  cat article.txt | veille analyze - --lang fr
  veille analyze --jsonl < articles.jsonl > analyses.jsonl
`;

/** Runs `veille analyze`. */
export async function analyzeCommand(argv: string[]): Promise<number> {
  const args = parse(argv, {
    lang: { type: 'string' },
    published: { type: 'string' },
    title: { type: 'string' },
    format: { type: 'string', default: 'json' },
    jsonl: { type: 'boolean' },
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
    const r = await runBatch(process.stdin, process.stdout, process.stderr, hints);
    if (r.failed) process.stderr.write(`veille analyze: ${r.failed} of ${r.failed + r.analysed} line(s) failed\n`);
    return r.failed ? 1 : 0;
  }

  const print = (a: Analysis, many: boolean): void => {
    if (format === 'text') process.stdout.write(formatText(a) + '\n');
    else process.stdout.write(JSON.stringify(a, null, many ? undefined : 2) + '\n');
  };
  if (!positionals.length || (positionals.length === 1 && positionals[0] === '-')) {
    const input = textArticle(await readStdin(), null);
    print(analyzeText({ ...input, ...hints }), false);
    return 0;
  }
  let failed = 0;
  const files = expandPaths(positionals);
  const many = files.length > 1;
  for (const f of files) {
    try {
      for (const input of readArticleFile(f)) print(analyzeText({ ...input, ...hints }), many);
    } catch (e) {
      failed++;
      process.stderr.write(`veille analyze: ${f}: ${describeError(e)}\n`);
    }
  }
  return failed ? 1 : 0;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
