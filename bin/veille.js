#!/usr/bin/env node
// The veille command: runs the compiled CLI (npm install builds it).
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`veille: ${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = 1; },
);
