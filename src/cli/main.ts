// veille's command line: one file per command; this file only dispatches and turns errors into messages.
import { describeError, VeilleError } from '../errors.js';
/** A command: takes its arguments, returns the process exit code. */
export type Command = (argv: string[]) => Promise<number>;

// Each command is imported when it runs: `veille analyze` must not pay for loading the store,
// the HTTP server or the HTML parser (process start to output is a measured figure).
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  analyze: { load: async () => (await import('./analyze.js')).analyzeCommand, summary: 'analyse articles and print veille.analysis/1 JSON or a summary' },
  ingest: { load: async () => (await import('./ingest.js')).ingestCommand, summary: 'analyse and store articles (SQLite file or PostgreSQL), idempotent' },
  search: { load: async () => (await import('./search.js')).searchCommand, summary: 'search stored articles by words, entity, speaker, event type, dates' },
  quotes: { load: async () => (await import('./quotes.js')).quotesCommand, summary: 'quotes of a speaker across articles and languages' },
  events: { load: async () => (await import('./events.js')).eventsCommand, summary: 'events by date, place and type' },
  entity: { load: async () => (await import('./entity.js')).entityCommand, summary: "an entity's profile: names, mentions over time, quotes, meetings" },
  stories: { load: async () => (await import('./stories.js')).storiesCommand, summary: 'articles grouped by story, with languages and main entities' },
  export: { load: async () => (await import('./export.js')).exportCommand, summary: 'export articles, quotes or events as JSON Lines or CSV' },
  serve: { load: async () => (await import('./serve.js')).serveCommand, summary: 'HTTP API and web UI over a store (127.0.0.1:8080 by default)' },
  watch: { load: async () => (await import('./watch.js')).watchCommand, summary: "poll feeds, fetch new items' pages, append analyses as JSON Lines" },
  enqueue: { load: async () => (await import('./enqueue.js')).enqueueCommand, summary: 'queue articles on NATS JetStream for veille worker processes' },
  worker: { load: async () => (await import('./worker.js')).workerCommand, summary: 'analyse and store queued articles (NATS JetStream → PostgreSQL)' },
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
    return await (await cmd.load())(rest);
  } catch (e) {
    process.stderr.write(`veille ${name}: ${describeError(e)}\n`);
    return e instanceof VeilleError && e.code === 'USAGE' ? 2 : 1;
  }
}
