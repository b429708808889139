#!/usr/bin/env -S node --no-regexp-tier-up
// The veille command: runs the compiled CLI (npm install builds it).
//
// --no-regexp-tier-up: V8 compiles a regex to bytecode on its first run and again to machine code on a later one
// ("tier-up"). For the large case-insensitive Unicode patterns of the later stages (time matchers, quote cues) that
// double compilation was the largest cost of analysing one article: the 67 time matchers took ~150 ms to run once,
// ~57 ms with one compilation straight to machine code. Matching speed afterwards is the same. The flag is given to
// node here, at start-up: switching it from JavaScript (v8.setFlagsFromString) once Node's own patterns had run made
// ~5 % of starts die of a segmentation fault inside V8's regex code. Run as `node bin/veille.js`, the command works
// the same, its first article a little slower.
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`veille: ${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = 1; },
);
