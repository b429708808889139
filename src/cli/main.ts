// veille's command line: one file per command; this file only dispatches and turns errors into messages.
import { describeError, VeilleError } from '../errors.js';
import { analyzeCommand } from './analyze.js';

/** A command: takes its arguments, returns the process exit code. */
export type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  analyze: { run: analyzeCommand, summary: 'analyse articles and print veille.analysis/1 JSON or a summary' },
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
