// veille watch: polls feeds, fetches new items' pages, analyses them and appends the analyses as JSON
// Lines to --out (until the store lands). Seen item ids live in a small state file beside --out.
import { appendFileSync } from 'node:fs';
import { analyzeText } from '../analyze/index.js';
import { describeError, VeilleError } from '../errors.js';
import { itemToArticle, loadFeed, loadState, newItems, remember, saveState } from '../ingest/watch.js';
import { parse, str } from './args.js';

const HELP = `Usage: veille watch FEED... --out FILE [options]

Polls RSS/Atom feeds (URLs or files), fetches each new item's page, analyses it and appends one
veille.analysis/1 JSON a line to FILE. Item ids already seen are kept in FILE.state.json.

Options:
  --out FILE          where analyses are appended (JSON Lines); required
  --every DURATION    time between polls: 90s, 15m, 1h (default 15m)
  --once              poll once and exit
  --state FILE        seen-items state (default: FILE.state.json)
  --max-items N       new items handled at most per feed and poll (default 100)
  --allow-private     let URLs reach loopback, private and link-local addresses
  -h, --help          this help

Stops cleanly on Ctrl-C (SIGINT) or SIGTERM, after the item in progress.

Example:
  veille watch https://example.org/rss.xml --every 15m --out analyses.jsonl
`;

/** The shortest poll interval accepted: feeds are not to be hammered. */
const MIN_EVERY_MS = 10_000;
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

/** "15m" → 900 000 ms; throws USAGE on anything else. */
export function parseEvery(s: string): number {
  const m = /^(\d+)\s*([smh])$/.exec(s.trim());
  const ms = m ? Number(m[1]) * UNIT_MS[m[2]!]! : NaN;
  if (!(ms >= MIN_EVERY_MS)) throw new VeilleError('USAGE', `--every takes a duration such as 90s, 15m or 1h (at least ${MIN_EVERY_MS / 1000}s), not "${s}"`);
  return ms;
}

/** Runs `veille watch`. */
export async function watchCommand(argv: string[]): Promise<number> {
  const args = parse(argv, {
    out: { type: 'string' }, every: { type: 'string', default: '15m' }, once: { type: 'boolean' },
    state: { type: 'string' }, 'max-items': { type: 'string', default: '100' }, 'allow-private': { type: 'boolean' },
  });
  if (args.values.help) { process.stdout.write(HELP); return 0; }
  const out = str(args, 'out');
  if (!out) throw new VeilleError('USAGE', '--out FILE is required');
  if (!args.positionals.length) throw new VeilleError('USAGE', 'give at least one feed (URL or file)');
  const every = parseEvery(str(args, 'every')!);
  const maxItems = Number(str(args, 'max-items'));
  if (!Number.isInteger(maxItems) || maxItems < 1) throw new VeilleError('USAGE', '--max-items takes a positive integer');
  const statePath = str(args, 'state') ?? `${out}.state.json`;
  const fetchOptions = { allowPrivate: args.values['allow-private'] === true };

  let stop = false;
  let wake: (() => void) | null = null;
  const onSignal = (): void => { stop = true; wake?.(); };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let failed = 0;
  try {
    while (!stop) {
      const state = loadState(statePath);
      for (const feedRef of args.positionals) {
        if (stop) break;
        try {
          const feed = await loadFeed(feedRef, fetchOptions);
          const fresh = newItems(feed, state[feedRef] ?? []).slice(0, maxItems);
          let written = 0;
          for (const item of fresh) {
            if (stop) break;
            const { input, note } = await itemToArticle(item, feedRef, fetchOptions);
            if (note) process.stderr.write(`veille watch: ${item.link ?? item.id}: ${note}\n`);
            if (input) {
              try { appendFileSync(out, JSON.stringify(analyzeText(input)) + '\n'); written++; } catch (e) { failed++; process.stderr.write(`veille watch: ${item.link ?? item.id}: ${describeError(e)}\n`); }
            }
            state[feedRef] = remember(state[feedRef] ?? [], [item.id]);
            saveState(statePath, state);
          }
          process.stderr.write(`veille watch: ${feedRef}: ${feed.items.length} item(s), ${fresh.length} new, ${written} analysed\n`);
        } catch (e) {
          failed++;
          process.stderr.write(`veille watch: ${feedRef}: ${describeError(e)}\n`);
        }
      }
      if (args.values.once || stop) break;
      await new Promise<void>((resolve) => { const t = setTimeout(resolve, every); wake = () => { clearTimeout(t); resolve(); }; });
      wake = null;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return failed && args.values.once ? 1 : 0;
}
