// Runs the veille CLI in a child process (the crash and concurrency tests kill and race it).
import { main } from '../../src/cli/main.js';

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
