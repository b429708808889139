// npm run eval: runs the real CLI over ../shared's seed and development corpora and over our golden articles,
// scores the output with ../shared/eval's scorers, and fails (exit 1) when a metric is below its floor in
// eval/floors.json. Options: --only a,b  --json  --verbose  --raise-floors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { judge, raiseFloors, readFloors, type Verdict } from './lib/floors.js';
import { ROOT, SHARED } from './lib/paths.js';
import type { SuiteContext, SuiteResult } from './lib/suite.js';
import { SUITES } from './suites/index.js';

const HELP = `Usage: npm run eval -- [--only SUITE,SUITE] [--json] [--verbose] [--raise-floors]

Scores veille against ../shared (seed, development corpora) and test/golden, and compares each figure with
its floor in eval/floors.json: a figure below its floor fails (exit 1).

Suites: ${SUITES.map((s) => s.name).join(', ')}
  --only LIST      run only these suites
  --json           one JSON object on stdout instead of the table
  --verbose        also print the scorers' lists of misses
  --raise-floors   after the run, raise floors to the figures measured (never lowers one); review the diff
`;

const FLOORS_PATH = join(ROOT, 'eval', 'floors.json');

interface SuiteReport extends SuiteResult {
  suite: string;
  seconds: number;
  error?: string;
  verdicts: Verdict[];
}

function parse(): { only: string[] | null; json: boolean; verbose: boolean; raise: boolean } | number {
  let v;
  try {
    v = parseArgs({ options: { only: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' },
      'raise-floors': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
  } catch (e) { process.stderr.write(`eval: ${(e as Error).message}\n\n${HELP}`); return 2; }
  if (v.help) { process.stdout.write(HELP); return 0; }
  const only = v.only ? v.only.split(',').map((s) => s.trim()).filter(Boolean) : null;
  const unknown = (only ?? []).filter((n) => !SUITES.some((s) => s.name === n));
  if (unknown.length) { process.stderr.write(`eval: unknown suite(s): ${unknown.join(', ')}\n\n${HELP}`); return 2; }
  return { only, json: !!v.json, verbose: !!v.verbose, raise: !!v['raise-floors'] };
}

const fmt = (x: number | null | undefined): string => (x === null || x === undefined ? '    —' : x.toFixed(3));
const MARK: Record<Verdict['status'], string> = { ok: '', below: '  << BELOW FLOOR', unmeasured: '  << NOT MEASURED (floor pinned)', unpinned: '  (no floor)' };

function printSuite(r: SuiteReport): void {
  process.stdout.write(`\n${r.suite.padEnd(10)} ${r.label}  [${r.seconds.toFixed(1)} s]\n`);
  if (r.error) process.stdout.write(`  ERROR: ${r.error}\n`);
  for (const v of r.verdicts) {
    const name = v.metric.slice(r.suite.length + 1);
    process.stdout.write(`  ${name.padEnd(18)} ${fmt(v.value)}   floor ${fmt(v.floor)}${MARK[v.status]}\n`);
  }
  for (const n of r.notes) process.stdout.write(`  · ${n}\n`);
}

async function main(): Promise<number> {
  const opts = parse();
  if (typeof opts === 'number') return opts;
  if (!SHARED) {
    const msg = 'eval skipped: ../shared (scorers and corpora) is not beside the project';
    process.stdout.write(opts.json ? JSON.stringify({ skipped: msg }) + '\n' : msg + '\n');
    return 0;
  }
  const floors = readFloors(FLOORS_PATH);
  const suites = SUITES.filter((s) => !opts.only || opts.only.includes(s.name));
  const tmp = mkdtempSync(join(tmpdir(), 'veille-eval-'));
  const ctx: SuiteContext = { root: ROOT, shared: SHARED, tmp, verbose: opts.verbose };
  const t0 = performance.now();
  const reports: SuiteReport[] = [];
  if (!opts.json) process.stdout.write(`veille eval: ${suites.length} suite(s) against ${SHARED}, floors in eval/floors.json\n`);
  try {
    for (const s of suites) {
      const t = performance.now();
      let r: SuiteResult, error: string | undefined;
      try { r = await s.run(ctx); } catch (e) { error = (e as Error).message; r = { label: 'failed', metrics: {}, notes: [] }; }
      const verdicts = Object.entries(r.metrics).map(([k, v]) => judge(`${s.name}.${k}`, v, floors));
      // a floor pinned for a metric this suite no longer reports is a regression too
      for (const k of Object.keys(floors)) {
        if (k.startsWith(`${s.name}.`) && !(k.slice(s.name.length + 1) in r.metrics)) verdicts.push(judge(k, null, floors));
      }
      const rep: SuiteReport = { suite: s.name, ...r, seconds: (performance.now() - t) / 1000, verdicts, ...(error ? { error } : {}) };
      reports.push(rep);
      if (!opts.json) printSuite(rep);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const failures = [
    ...reports.filter((r) => r.error).map((r) => `${r.suite}: ${r.error}`),
    ...reports.flatMap((r) => r.verdicts).filter((v) => v.status === 'below' || v.status === 'unmeasured')
      .map((v) => `${v.metric} ${fmt(v.value)} < floor ${fmt(v.floor)}`),
  ];
  const minutes = (performance.now() - t0) / 60000;
  let raised: string[] = [];
  if (opts.raise) {
    raised = raiseFloors(FLOORS_PATH, floors, Object.fromEntries(reports.flatMap((r) => r.verdicts.map((v) => [v.metric, v.value]))));
  }
  if (opts.json) {
    const out = { suites: Object.fromEntries(reports.map((r) => [r.suite, { label: r.label, seconds: +r.seconds.toFixed(2), error: r.error,
      metrics: Object.fromEntries(r.verdicts.map((v) => [v.metric, { value: v.value, floor: v.floor ?? null, status: v.status }])), notes: r.notes }])),
      failures, raised };
    process.stdout.write(JSON.stringify(out, null, 1) + '\n');
  } else {
    const n = reports.reduce((s, r) => s + r.verdicts.length, 0);
    process.stdout.write(`\neval: ${n} figures in ${reports.length} suite(s), ${failures.length} failure(s), ${minutes.toFixed(1)} min\n`);
    for (const f of failures) process.stdout.write(`FAIL ${f}\n`);
    for (const r of raised) process.stdout.write(`raised floor ${r}\n`);
  }
  return failures.length ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (e) => { process.stderr.write(`eval: ${(e as Error).stack ?? e}\n`); process.exitCode = 1; });
