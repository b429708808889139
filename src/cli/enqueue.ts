// veille enqueue: read articles like `veille ingest` and publish one message each to a NATS JetStream
// stream, for `veille worker` processes to analyse and store.
import { VeilleError } from '../errors.js';
import { Publisher, type Published } from '../queue/producer.js';
import { readInputs } from '../ingest/inputs.js';
import { safeNatsUrl } from '../queue/errors.js';
import { checkName, connectQueue, DEFAULT_NATS, DEFAULT_STREAM, DUPLICATE_WINDOW_MS, ensureStream, jetstreamManager } from '../queue/setup.js';
import type { TextInput } from '../types.js';
import { normalizeDate } from '../util/date.js';
import { parse, str } from './args.js';

const HELP = `Usage: veille enqueue INPUT... --nats URL [--stream NAME] [options]

Reads articles like "veille ingest" (text, HTML, feeds, WARC files, directories, URLs, JSON Lines) and
publishes one message per article to a NATS JetStream stream; "veille worker" processes analyse and store
them. The message id is the article's content id: an article sent again within ${DUPLICATE_WINDOW_MS / 60_000} minutes is dropped by
the server, and after that the workers find it already stored.

Options:
  --nats URL          NATS server (default $VEILLE_NATS or nats://127.0.0.1:4222)
  --stream NAME       stream to publish to, created when absent (default ${DEFAULT_STREAM})
  --jsonl             INPUTs (or standard input) are JSON Lines: {"id","text"|"html","url"?,"lang"?,"published"?,"title"?}
  --lang CODE / --published DATE   hints for articles that do not state them
  --allow-private     let URLs point at private addresses
  -h, --help          this help

Examples:
  veille enqueue articles/ --nats nats://queue.internal:4222
  veille enqueue --jsonl batch.jsonl --stream news
`;

/** Runs `veille enqueue`. */
export async function enqueueCommand(argv: string[]): Promise<number> {
  const p = parse(argv, {
    nats: { type: 'string' }, stream: { type: 'string' }, jsonl: { type: 'boolean' }, lang: { type: 'string' },
    published: { type: 'string' }, 'allow-private': { type: 'boolean' },
  });
  if (p.values.help) { process.stdout.write(HELP); return 0; }
  const lang = str(p, 'lang'), published = str(p, 'published');
  if (lang !== undefined && !/^[a-z]{2}$/i.test(lang)) throw new VeilleError('BAD_LANG', lang);
  if (published !== undefined && !normalizeDate(published)) throw new VeilleError('BAD_DATE', published);
  const url = str(p, 'nats') ?? process.env.VEILLE_NATS ?? DEFAULT_NATS;
  const stream = checkName(str(p, 'stream') ?? DEFAULT_STREAM);
  const hints: Partial<TextInput> = { ...(lang ? { lang } : {}), ...(published ? { published } : {}) };

  const nc = await connectQueue(url, 'veille enqueue');
  const t = { queued: 0, duplicate: 0, failed: 0 };
  const started = Date.now();
  const fail = (source: string, why: string): void => { t.failed++; process.stderr.write(`veille enqueue: ${source}: ${why}\n`); };
  try {
    await ensureStream(await jetstreamManager(nc, url), stream);
    const pub = new Publisher(nc.jetstream(), stream, url, (r: Published, source) => {
      if (r.status === 'failed') fail(source, r.error); else t[r.status]++;
    });
    for await (const it of readInputs(p.positionals, p.values.jsonl === true, p.values['allow-private'] === true)) {
      if ('error' in it) { fail(it.source, it.error); continue; }
      await pub.publish({ ...hints, ...it.input }, it.input.source ?? it.input.id ?? 'input');
    }
    await pub.flush();
  } finally {
    await nc.close().catch(() => undefined);
  }
  const secs = (Date.now() - started) / 1000;
  const done = t.queued + t.duplicate + t.failed;
  process.stdout.write(`veille enqueue: ${done} article(s) in ${secs.toFixed(1)} s (${(done / Math.max(secs, 0.001)).toFixed(0)}/s) to stream ${stream} on ${safeNatsUrl(url)}\n`
    + `  ${t.queued} queued, ${t.duplicate} already queued, ${t.failed} failed\n`);
  return t.failed ? 1 : 0;
}
