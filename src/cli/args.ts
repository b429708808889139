// Command-line parsing shared by every command: node's parseArgs, with errors turned into usage errors.
import { parseArgs } from 'node:util';
import { VeilleError } from '../errors.js';

/** One option: a string or a boolean flag, optionally repeatable, with a short letter or a default. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean;
}

/** Parsed values: strings, booleans or lists of strings, by option name. */
export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined> & { help?: boolean };
  positionals: string[];
}

/** Parses argv against `options` (plus --help); an unknown or malformed option is a USAGE error. */
export function parse(argv: string[], options: Record<string, OptionSpec>): Parsed {
  try {
    const r = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return r as unknown as Parsed;
  } catch (e) {
    throw new VeilleError('USAGE', (e as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}

/** The option's string value, or undefined. */
export function str(p: Parsed, name: string): string | undefined {
  const v = p.values[name];
  return typeof v === 'string' ? v : undefined;
}
