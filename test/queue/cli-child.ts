// Runs the veille CLI in a child process (the queue tests start, race and kill workers).
import { main } from '../../src/cli/main.js';

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
