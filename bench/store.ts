// Store figures: ingest of analysed articles (SQLite, and PostgreSQL side by side), full `veille ingest` of
// plain text, search latency (p50/p99), duplicate+story assignment per new article, size per 1,000 articles.
// The corpus is built here from the bench corpus: N analyses made by pairing two analysed articles (so they are
// not all duplicates) with dates spread over a year. No corpus text is written to the repository.
// Rates are given per wall second and per CPU second: on a shared machine the second is the one-core figure.
// Size: VEILLE_BENCH_STORE_N (default 10,000; PostgreSQL VEILLE_BENCH_STORE_PG_N, default 1,000; the report's 100,000 is `VEILLE_BENCH_STORE_N=100000 npm run bench -- --only store`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/analyze/index.js';
import { assignStory, linkArticle } from '../src/store/core/links.js';
import { resolveEntities } from '../src/store/core/entities.js';
import { openStore } from '../src/store/index.js';
import { openSqliteDb } from '../src/store/sqlite/driver.js';
import type { Store } from '../src/store/types.js';
import type { Analysis } from '../src/types.js';
import { median, target, type BenchContext, type Measure, type MeasureResult } from './lib/measure.js';

/** Analysed articles the pairs are made from. */
const BASE = 600;
/** Articles a transaction while building. */
const BATCH = 200;
/** Queries timed. */
const QUERIES = 300;

const shift = <T extends { start: number; end: number }>(x: T, d: number): T => ({ ...x, start: x.start + d, end: x.end + d });

/** Article `i` of the synthetic corpus: base article a then base article b, as one analysis (offsets shifted). */
export function pairArticle(base: readonly Analysis[], i: number): Analysis {
  const a = base[i % base.length]!, b = base[(Math.floor(i / base.length) * 7 + i * 13 + 1) % base.length]!;
  const d = a.text.length + 2;
  const day = new Date(Date.UTC(2021, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10);
  const rid = (p: string) => (id: string | null) => (id ? p + id : id);
  const ra = rid('a'), rb = rid('b');
  return {
    ...a, id: `bench-${i}`, published: day, title: `${a.title ?? ''} ${i}`.trim(), source: null, text: `${a.text}\n\n${b.text}`,
    sentences: [...a.sentences, ...b.sentences.map((s) => shift(s, d))],
    entities: [...a.entities.map((e) => ({ ...e, id: ra(e.id)! })), ...b.entities.map((e) => ({ ...e, id: rb(e.id)!, mentions: e.mentions.map((m) => shift(m, d)) }))],
    quotes: [...a.quotes.map((q) => ({ ...q, speaker: q.speaker && { ...q.speaker, entity: ra(q.speaker.entity) } })),
      ...b.quotes.map((q) => ({ ...shift(q, d), speaker: q.speaker && { ...q.speaker, entity: rb(q.speaker.entity) } }))],
    timexes: [...a.timexes, ...b.timexes.map((t) => shift(t, d))],
    events: [...a.events.map((e) => ({ ...e, actors: e.actors.map((x) => ra(x)!), targets: e.targets.map((x) => rb(x)!), place: ra(e.place) })),
      ...b.events.map((e) => ({ ...e, trigger: shift(e.trigger, d), actors: e.actors.map((x) => rb(x)!), targets: e.targets.map((x) => rb(x)!), place: rb(e.place) }))],
    quantities: [...a.quantities, ...b.quantities.map((q) => shift(q, d))],
    quality: { score: a.quality.score, flags: [...a.quality.flags, ...b.quality.flags.map((f) => shift(f, d))] },
  };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
}

/** CPU seconds (user + system) this process has used. */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** CPU seconds used by the waited-for child processes (Linux /proc; null elsewhere). */
function childCpuSeconds(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');   // fields from the 3rd (state) on
    return (Number(f[13]) + Number(f[14])) / 100;   // cutime, cstime in clock ticks (USER_HZ = 100 on Linux)
  } catch { return null; }
}

/** Builds `n` articles into `store`; returns articles/s of wall time and of CPU time (the machine may be shared). */
async function build(store: Store, base: readonly Analysis[], n: number, from = 0): Promise<{ wall: number; cpu: number }> {
  const t0 = performance.now(), c0 = cpuSeconds();
  for (let i = from; i < n; i += BATCH) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + BATCH); j++) batch.push(pairArticle(base, j));
    await store.putMany(batch);
  }
  return { wall: (n - from) / ((performance.now() - t0) / 1000), cpu: (n - from) / (cpuSeconds() - c0) };
}

/** Times QUERIES searches (words from the corpus, some with filters); returns [p50, p99] in ms. */
async function searchTimes(store: Store, base: readonly Analysis[]): Promise<[number, number]> {
  const words = base.flatMap((a) => a.text.split(/\s+/).filter((w) => /^\p{L}{5,}$/u.test(w))).slice(0, 50_000);
  const names = base.flatMap((a) => a.entities.map((e) => e.name)).slice(0, 5000);
  const times: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const w = words[(i * 7919) % words.length]!, w2 = words[(i * 104_729) % words.length]!;
    const q = i % 4 === 0 ? { q: `${w} ${w2}` } : i % 4 === 1 ? { q: w, lang: base[i % base.length]!.lang }
      : i % 4 === 2 ? { q: w, from: '2021-03-01', to: '2021-06-30' } : { entity: names[i % names.length]!, q: w };
    const t0 = performance.now();
    await store.search(q);
    times.push(performance.now() - t0);
  }
  return [pct(times, 0.5), pct(times, 0.99)];
}

/** ms a new article spends in duplicate detection, entity merging and story assignment (rolled back). */
async function linkTimes(file: string, base: readonly Analysis[], n: number): Promise<number> {
  const db = openSqliteDb(file);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const a = pairArticle(base, n + i);
    await db.tx(async () => {
      const t0 = performance.now();
      const l = await linkArticle(db, a);
      await assignStory(db, a, await resolveEntities(db, a), l.story);
      times.push(performance.now() - t0);
      throw new Error('rollback');
    }).catch(() => undefined);
  }
  await db.close();
  return median(times);
}

/** The store measure for `npm run bench`. */
export const storeMeasure: Measure = {
  name: 'store',
  async run(ctx: BenchContext): Promise<MeasureResult> {
    const n = Number(process.env.VEILLE_BENCH_STORE_N ?? 10_000);
    const texts = ctx.corpus().articles.filter((a) => a.text.length > 200).slice(0, BASE);
    const base = texts.map((a, i) => analyzeText({ id: `base-${i}`, text: a.text, ...(a.lang ? { lang: a.lang } : {}), published: a.published ?? '2021-01-01' }));
    // 1. analysed articles into SQLite at size n
    const file = join(ctx.tmp, 'store.db');
    const s = await openStore(file);
    const firstK = (await build(s, base, Math.min(n, 1000))).wall;
    const { wall: rateAll, cpu: rateCpu } = await build(s, base, n, Math.min(n, 1000));
    const [p50, p99] = await searchTimes(s, base);
    const stats = await s.stats();
    await s.close();
    const size = statSync(file).size + (existsSync(file + '-wal') ? statSync(file + '-wal').size : 0);
    const link = await linkTimes(file, base, n);
    // 2. the same into PostgreSQL, side by side (VEILLE_BENCH_STORE_PG_N articles, default 1,000)
    const pgUrl = process.env.VEILLE_BENCH_PG_URL ?? process.env.VEILLE_TEST_PG_URL;
    let pg = 'PostgreSQL: skipped (set VEILLE_BENCH_PG_URL or VEILLE_TEST_PG_URL)';
    const figures: Record<string, number | string | null> = {};
    if (pgUrl) {
      const pn = Math.min(n, Number(process.env.VEILLE_BENCH_STORE_PG_N ?? 1000));
      const schema = `veille_bench_${process.pid}`;
      const ps = await openStore(pgUrl, { schema });
      const pr = (await build(ps, base, pn)).wall;
      const [pp50, pp99] = await searchTimes(ps, base);
      await ps.close();
      execFileSync('psql', [pgUrl, '-qc', `DROP SCHEMA ${schema} CASCADE`], { stdio: 'ignore' });
      pg = `PostgreSQL (${pn} articles): ingest ${pr.toFixed(0)} articles/s, search p50 ${pp50.toFixed(1)} ms, p99 ${pp99.toFixed(1)} ms`;
      Object.assign(figures, { pg_articles: pn, pg_ingest_per_s: Math.round(pr), pg_search_p50_ms: pp50, pg_search_p99_ms: pp99 });
    }
    // 3. full `veille ingest` of plain-text articles (process start included)
    const dir = join(ctx.tmp, 'plain');
    mkdirSync(dir, { recursive: true });
    const plainN = Math.min(500, texts.length);
    texts.slice(0, plainN).forEach((a, i) => writeFileSync(join(dir, `${i}.txt`), a.text));
    const t0 = performance.now(), cc0 = childCpuSeconds();
    execFileSync(process.execPath, [join(ctx.root, 'bin', 'veille.js'), 'ingest', dir, '--db', join(ctx.tmp, 'plain.db')], { stdio: 'ignore' });
    const plainRate = plainN / ((performance.now() - t0) / 1000);
    const cc1 = childCpuSeconds();
    const plainCpuRate = cc0 !== null && cc1 !== null && cc1 > cc0 ? plainN / (cc1 - cc0) : null;
    // where a plain-text ingest spends its time, in this process: analysis, then storing the analyses
    const a0 = cpuSeconds();
    const plain = texts.slice(0, plainN).map((a, i) => analyzeText({ id: `plain-${i}`, text: a.text, ...(a.lang ? { lang: a.lang } : {}) }));
    const analyseMs = ((cpuSeconds() - a0) * 1000) / plainN;
    const ss = await openStore(join(ctx.tmp, 'split.db'));
    const s0 = cpuSeconds();
    for (let i = 0; i < plain.length; i += 50) await ss.putMany(plain.slice(i, i + 50));
    const storeMs = ((cpuSeconds() - s0) * 1000) / plainN;
    await ss.close();
    Object.assign(figures, {
      articles: n, ingest_analysed_per_s: Math.round(rateAll), ingest_analysed_per_cpu_s: Math.round(rateCpu),
      ingest_plain_per_cpu_s: plainCpuRate === null ? null : Math.round(plainCpuRate), plain_analyse_ms: analyseMs, plain_store_ms: storeMs, ingest_first_1000_per_s: Math.round(firstK), ingest_plain_per_s: Math.round(plainRate),
      search_p50_ms: p50, search_p99_ms: p99, link_ms: link, mb_per_1000: (size / 1e6 / n) * 1000, stories: stats.stories, entities: stats.entities,
    });
    return {
      lines: [
        `store     SQLite ${n} articles: ingest ${rateAll.toFixed(0)} analysed articles/s ${target(rateAll >= 500, '≥ 500/s')} (${rateCpu.toFixed(0)} per CPU second), search p50 ${p50.toFixed(1)} ms ${target(p50 <= 20, '≤ 20 ms')} p99 ${p99.toFixed(1)} ms ${target(p99 <= 200, '≤ 200 ms')}`,
        `  first 1,000: ${firstK.toFixed(0)} articles/s; duplicate+entities+story per new article: ${link.toFixed(2)} ms ${target(link <= 5, '≤ 5 ms')}`,
        `  size: ${(size / 1e6).toFixed(1)} MB, ${((size / 1e6 / n) * 1000).toFixed(1)} MB per 1,000 articles; ${stats.entities} entities, ${stats.stories} stories`,
        `  veille ingest of ${plainN} plain-text articles: ${plainRate.toFixed(0)} articles/s (process start included) ${target(plainRate >= 100, '≥ 100/s')}`
          + `${plainCpuRate === null ? '' : ` (${plainCpuRate.toFixed(0)} per CPU second)`}; an article: analysis ${analyseMs.toFixed(2)} ms, store ${storeMs.toFixed(2)} ms of CPU`,
        `  ${pg}`,
      ],
      figures,
    };
  },
};
