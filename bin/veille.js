#!/usr/bin/env node
// The veille command: runs the compiled CLI (npm install builds it).
import { setFlagsFromString } from 'node:v8';

// V8 compiles a regex to bytecode on its first run and again to machine code on a later one ("tier-up").
// For the large case-insensitive Unicode patterns of the later stages (time matchers, quote cues) that
// double compilation was the largest cost of analysing one article: the 67 time matchers took ~150 ms to
// run once, ~57 ms with one compilation straight to machine code. Matching speed afterwards is the same.
// Set before any pattern runs, so the CLI modules are imported below, not statically.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/src/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`veille: ${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = 1; },
);
