// API figures on loopback: `GET /api/articles?q=` under load (autocannon, 50 connections) on a store of N
// articles built like the store bench's (pairs of analysed corpus articles), `POST /api/analyze` throughput,
// the UI's first page interactive in Chromium (when $VEILLE_CHROMIUM is set) and the built JS size gzipped.
// The server runs as a child process (`veille serve`), so the load generator does not share its event loop.
// Knobs: VEILLE_BENCH_API_N articles (default 10,000; the report's is 100,000), VEILLE_BENCH_API_SECONDS per
// load run (default 10; the report's is 30), VEILLE_BENCH_API_DB to reuse a store built earlier,
// VEILLE_BENCH_API_READERS for `veille serve --readers` (default: the server's, the core count),
// VEILLE_BENCH_API_CACHE_MB for `--cache-mb` (unset: the search load runs twice, with the cache off then as shipped).
// The search load draws its `q=` from a few hundred distinct queries: entity names of the stored articles and the
// corpus's most common words (the heaviest searches), so it measures the store, not one cached plan and page.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeText } from '../src/analyze/index.js';
import { openStore } from '../src/store/index.js';
import { pairArticle } from './store.js';
import { target, type BenchContext, type Measure, type MeasureResult } from './lib/measure.js';

/** Connections of the search load: the issue's figure. */
const CONNECTIONS = 50;
/** Connections of the analyze load (CPU-bound: more would only queue). */
const ANALYZE_CONNECTIONS = 4;
/** Analysed articles the synthetic corpus is paired from. */
const BASE = 600;
/** Base articles whose entity names become queries, and how many names and common words are drawn. */
const QUERY_ARTICLES = 150, QUERY_NAMES = 300, QUERY_WORDS = 300;
const P99_TARGET_MS = 100, FIRST_PAGE_TARGET_MS = 1000, JS_TARGET_KB = 300;

/** What autocannon reports (the part used here). */
interface Load { latency: { p50: number; p99: number; average: number }; requests: { average: number; total: number }; errors: number; timeouts: number; non2xx: number }
type Autocannon = (o: Record<string, unknown>) => Promise<Load>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

/** Builds (or reuses) the store; returns its path and size. */
async function store(ctx: BenchContext, n: number): Promise<{ file: string; articles: number; queries: string[]; sample: string }> {
  const texts = ctx.corpus().articles.filter((a) => a.text.length > 200).slice(0, BASE);
  const queries = searchQueries(texts.slice(0, QUERY_ARTICLES));
  const sample = texts.find((a) => a.text.length > 2000 && a.text.length < 5000)?.text ?? texts[0]!.text;
  const file = process.env.VEILLE_BENCH_API_DB ?? join(ctx.tmp, 'api.db');
  const s = await openStore(file);
  let have = (await s.stats()).articles;
  if (have < n) {
    const base = texts.map((a, i) => analyzeText({ id: `base-${i}`, text: a.text, ...(a.lang ? { lang: a.lang } : {}), published: a.published ?? '2021-01-01' }));
    for (let i = have; i < n; i += 500) {
      const batch = [];
      for (let j = i; j < Math.min(n, i + 500); j++) batch.push(pairArticle(base, j));
      await s.putMany(batch);
    }
    have = (await s.stats()).articles;
  }
  await s.close();
  return { file, articles: have, queries, sample };
}

/** Distinct search queries in a fixed shuffled order: entity names (as the UI's entity links search them) and common
 *  words of at least 4 letters, most frequent first (they match the most articles: the slowest searches). */
export function searchQueries(texts: readonly { text: string; lang?: string | undefined }[]): string[] {
  const names = new Set<string>();
  for (const a of texts) {
    for (const e of analyzeText({ text: a.text, ...(a.lang ? { lang: a.lang } : {}) }).entities) {
      if (names.size < QUERY_NAMES && e.name.length <= 40 && /\p{L}/u.test(e.name)) names.add(e.name);
    }
  }
  const counts = new Map<string, number>();
  for (const a of texts) for (const w of a.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts].sort((x, y) => y[1] - x[1]).slice(0, QUERY_WORDS).map(([w]) => w);
  const all = [...new Set([...names, ...words])];
  // a fixed shuffle (LCG): names and words interleave, and every run sends the same sequence
  let seed = 12345;
  for (let i = all.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}

/** `store.search` in this process over the load's queries, one thread, second of two passes (the first warms the
 *  page cache): what one search costs the store, without HTTP, threads or the load generator. */
async function searchCost(file: string, queries: readonly string[]): Promise<{ mean: number; p50: number; p99: number }> {
  const s = await openStore(file);
  try {
    const ms: number[] = [];
    for (let pass = 0; pass < 2; pass++) {
      for (const q of queries) {
        const t0 = performance.now();
        await s.search({ q });
        if (pass) ms.push(performance.now() - t0);
      }
    }
    ms.sort((a, b) => a - b);
    return { mean: ms.reduce((a, b) => a + b, 0) / ms.length, p50: ms[ms.length >> 1]!, p99: ms[Math.floor(ms.length * 0.99)]! };
  } finally { await s.close(); }
}

/** Starts `veille serve` on a free loopback port; resolves with its base URL. */
function serve(root: string, db: string, cacheMb?: string): Promise<{ base: string; child: ChildProcess }> {
  const readers = process.env.VEILLE_BENCH_API_READERS;
  const child = spawn(process.execPath, [join(root, 'bin', 'veille.js'), 'serve', '--db', db, '--port', '0',
    ...(readers ? ['--readers', readers] : []), ...(cacheMb ? ['--cache-mb', cacheMb] : [])], { env: { ...process.env, VEILLE_TOKEN: 'bench' }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve({ base: m[1]!, child });
    });
    child.on('exit', (code) => reject(new Error(`veille serve exited (${code})`)));
  });
}

/** First page interactive (results shown), median of 3 fresh loads, or null without a browser. */
async function firstPage(base: string, tmp: string): Promise<number | null> {
  const exe = process.env.VEILLE_CHROMIUM;
  if (!exe || !existsSync(exe)) return null;
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmp, 'chromium-'));
  const b = await chromium.launchPersistentContext(profile, { executablePath: exe, headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await b.newPage();
      await page.goto(`${base}/`);
      await page.waitForSelector('.hit', { timeout: 10_000 });
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    return times.sort((x, y) => x - y)[1]!;
  } finally { await b.close(); rmSync(profile, { recursive: true, force: true }); }
}

/** Gzipped size of the built UI's JavaScript, in KB. */
function jsKb(root: string): number | null {
  const dir = join(root, 'dist', 'web', 'assets');
  if (!existsSync(dir)) return null;
  return readdirSync(dir).filter((f) => f.endsWith('.js')).reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0) / 1024;
}

/** One search load: autocannon's figures and the server's cache answers (x-cache header). */
interface SearchRun { load: Load; hit: number; miss: number; errors: number; hitRate: number | null }

/** 50 connections for `seconds`, each request the next of `queries`. */
async function searchLoad(base: string, queries: readonly string[], seconds: number): Promise<SearchRun> {
  let i = 0, hit = 0, miss = 0;
  const load = await autocannon({
    url: base, connections: CONNECTIONS, duration: seconds,
    requests: [{ method: 'GET', path: '/api/articles?q=x', setupRequest: (r: Record<string, unknown>) => ({ ...r, path: `/api/articles?q=${encodeURIComponent(queries[i++ % queries.length]!)}` }),
      onResponse: (_s: number, _b: unknown, _c: unknown, h: Record<string, string>) => { if (h['x-cache'] === 'hit') hit++; else if (h['x-cache'] === 'miss') miss++; } }],
  });
  return { load, hit, miss, errors: load.errors + load.timeouts + load.non2xx, hitRate: hit + miss ? hit / (hit + miss) : null };
}

/** A search load's summary line (after `head`). */
function searchLine(head: string, r: SearchRun, articles: number, seconds: number): string {
  return `${head} p99 ${r.load.latency.p99} ms, p50 ${r.load.latency.p50} ms, ${Math.round(r.load.requests.average)} req/s, ${r.errors} errors on ${articles} articles (${CONNECTIONS} connections, ${seconds} s) ${target(r.load.latency.p99 <= P99_TARGET_MS && r.errors === 0, `p99 ≤ ${P99_TARGET_MS} ms, 0 errors`)}`;
}

/** The API measure for `npm run bench`. */
export const apiMeasure: Measure = {
  name: 'api',
  async run(ctx: BenchContext): Promise<MeasureResult> {
    const n = Number(process.env.VEILLE_BENCH_API_N ?? 10_000);
    const seconds = Number(process.env.VEILLE_BENCH_API_SECONDS ?? 10);
    const cacheMb = process.env.VEILLE_BENCH_API_CACHE_MB;
    const st = await store(ctx, n);
    const cost = await searchCost(st.file, st.queries);
    // without the cache first (every search reaches the store), unless one setting is asked for
    let uncached: SearchRun | null = null;
    if (cacheMb === undefined) {
      const s0 = await serve(ctx.root, st.file, '0');
      try { uncached = await searchLoad(s0.base, st.queries, seconds); } finally { s0.child.kill('SIGTERM'); }
    }
    const { base, child } = await serve(ctx.root, st.file, cacheMb);
    try {
      const search = await searchLoad(base, st.queries, seconds);
      const body = JSON.stringify({ text: st.sample });
      const analyze = await autocannon({
        url: `${base}/api/analyze`, method: 'POST', connections: ANALYZE_CONNECTIONS, duration: Math.max(5, Math.round(seconds / 2)),
        headers: { 'content-type': 'application/json' }, body,
      });
      const ui = await firstPage(base, ctx.tmp);
      const kb = jsKb(ctx.root);
      const words = st.sample.split(/\s+/).length;
      const l = search.load;
      return {
        lines: [
          searchLine('api  search', search, st.articles, seconds),
          `  search: response cache ${search.hitRate === null ? 'off' : `hit rate ${(100 * search.hitRate).toFixed(1)} % (${search.hit} hits, ${search.miss} misses)`}; mean ${l.latency.average.toFixed(1)} ms, ${l.requests.total} requests over ${st.queries.length} distinct queries (${l.non2xx} non-2xx, ${l.errors} socket errors, ${l.timeouts} timeouts)`,
          ...(uncached ? [searchLine('  search without the cache (--cache-mb 0):', uncached, st.articles, seconds)] : []),
          `  store.search alone, in-process, one thread, the same ${st.queries.length} queries: mean ${cost.mean.toFixed(2)} ms, p50 ${cost.p50.toFixed(2)} ms, p99 ${cost.p99.toFixed(2)} ms`,
          `  POST /api/analyze: ${analyze.requests.average.toFixed(1)} req/s (${words} words each, ${Math.round(analyze.requests.average * words / 1000)}k words/s), p99 ${analyze.latency.p99} ms, ${analyze.errors + analyze.non2xx} errors`,
          `  UI first page interactive: ${ui === null ? 'skipped (set VEILLE_CHROMIUM)' : `${ui.toFixed(0)} ms ${target(ui <= FIRST_PAGE_TARGET_MS, `≤ ${FIRST_PAGE_TARGET_MS} ms`)}`}`,
          `  built JS: ${kb === null ? 'not built' : `${kb.toFixed(1)} KB gzipped ${target(kb <= JS_TARGET_KB, `≤ ${JS_TARGET_KB} KB`)}`}`,
        ],
        figures: {
          articles: st.articles, seconds, search_p50_ms: l.latency.p50, search_p99_ms: l.latency.p99, search_req_per_s: Math.round(l.requests.average),
          search_errors: search.errors, search_queries: st.queries.length, search_cache_hit_rate: search.hitRate,
          uncached_p50_ms: uncached?.load.latency.p50 ?? null, uncached_p99_ms: uncached?.load.latency.p99 ?? null,
          uncached_req_per_s: uncached ? Math.round(uncached.load.requests.average) : null, uncached_errors: uncached?.errors ?? null,
          store_search_mean_ms: cost.mean, store_search_p50_ms: cost.p50, store_search_p99_ms: cost.p99,
          analyze_req_per_s: analyze.requests.average, analyze_words: words, ui_first_page_ms: ui, js_kb_gzip: kb,
        },
      };
    } finally {
      child.kill('SIGTERM');
    }
  },
};
