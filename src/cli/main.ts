// veille's command line: one file per command; this file only dispatches and turns errors into messages.
import { describeError, VeilleError } from '../errors.js';
import { analyzeCommand } from './analyze.js';
import { entityCommand } from './entity.js';
import { eventsCommand } from './events.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { quotesCommand } from './quotes.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { storiesCommand } from './stories.js';
import { watchCommand } from './watch.js';

/** A command: takes its arguments, returns the process exit code. */
export type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  analyze: { run: analyzeCommand, summary: 'analyse articles and print veille.analysis/1 JSON or a summary' },
  ingest: { run: ingestCommand, summary: 'analyse and store articles (SQLite file or PostgreSQL), idempotent' },
  search: { run: searchCommand, summary: 'search stored articles by words, entity, speaker, event type, dates' },
  quotes: { run: quotesCommand, summary: 'quotes of a speaker across articles and languages' },
  events: { run: eventsCommand, summary: 'events by date, place and type' },
  entity: { run: entityCommand, summary: "an entity's profile: names, mentions over time, quotes, meetings" },
  stories: { run: storiesCommand, summary: 'articles grouped by story, with languages and main entities' },
  export: { run: exportCommand, summary: 'export articles, quotes or events as JSON Lines or CSV' },
  serve: { run: serveCommand, summary: 'HTTP API and web UI over a store (127.0.0.1:8080 by default)' },
  watch: { run: watchCommand, summary: 'poll feeds, fetch new items\' pages, append analyses as JSON Lines' },
};

const HELP = `veille — news-intelligence engine

Usage: veille <command> [options]

Commands:
${Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`).join('\n')}

Run "veille <command> --help" for a command's options.
`;

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write('veille 0.1.0\n');
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`veille: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    process.stderr.write(`veille ${name}: ${describeError(e)}\n`);
    return e instanceof VeilleError && e.code === 'USAGE' ? 2 : 1;
  }
}
