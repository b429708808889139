// veille serve: the HTTP API and the web UI over a store, on 127.0.0.1 unless told otherwise.
import { VeilleError } from '../errors.js';
import { buildServer, LOOPBACK_HOSTS, newToken } from '../server/app.js';
import { DEFAULT_CACHE_BYTES, ResponseCache, sqliteChangeStamp } from '../server/cache.js';
import { ReaderPool, pooledStore } from '../server/readers.js';
import { DEFAULT_DB, isPostgresUrl, openStore } from '../store/index.js';
import { prewarm } from '../store/sqlite/prewarm.js';
import { parse, str } from './args.js';

const HELP = `Usage: veille serve [--db FILE|postgres://…] [--port 8080] [--host 127.0.0.1] [--readers N] [--cache-mb 32]

Serves the web UI at http://HOST:PORT/ and the HTTP API under /api (OpenAPI document: /api/openapi.json).
Reads are open; writes (POST /api/articles) need "Authorization: Bearer TOKEN": the token is $VEILLE_TOKEN,
or a new one printed at start. URL ingest refuses private addresses unless --allow-private.

Options:
  --db FILE|URL       SQLite file or postgres:// URL (default ./veille.db, or $VEILLE_DB)
  --port N            TCP port (default 8080; 0 picks a free one)
  --host ADDR         address to bind (default 127.0.0.1; binding another exposes the API to the network)
  --body-limit MB     largest request body in megabytes (default 4)
  --allow-private     let POST /api/articles fetch URLs on private addresses
  --readers N         SQLite: threads answering reads, each with its own connection (default: the number of
                      cores; 0 reads on the main thread). PostgreSQL reads through its connection pool instead.
  --cache-mb N        SQLite: cache of GET responses in megabytes (default 32; 0 none). Never stale: cleared on
                      every write, through the API or by another process (seen in the WAL index)
  -h, --help          this help
`;

/** Runs `veille serve` until SIGINT or SIGTERM. */
export async function serveCommand(argv: string[]): Promise<number> {
  const p = parse(argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'body-limit': { type: 'string' }, 'allow-private': { type: 'boolean' }, readers: { type: 'string' }, 'cache-mb': { type: 'string' } });
  if (p.values.help) { process.stdout.write(HELP); return 0; }
  if (p.positionals.length) throw new VeilleError('USAGE', `unexpected argument "${p.positionals[0]}"`);
  const port = Number(str(p, 'port') ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new VeilleError('USAGE', '--port must be a whole number from 0 to 65535');
  const host = str(p, 'host') ?? '127.0.0.1';
  const mb = Number(str(p, 'body-limit') ?? 4);
  if (!(mb > 0 && mb <= 512)) throw new VeilleError('USAGE', '--body-limit must be a number of megabytes from 0 to 512');
  const envToken = process.env.VEILLE_TOKEN?.trim();
  const token = envToken || newToken();
  const loopback = LOOPBACK_HOSTS.includes(host) || /^127\./.test(host);
  const readers = str(p, 'readers') === undefined ? undefined : Number(str(p, 'readers'));
  if (readers !== undefined && !(Number.isInteger(readers) && readers >= 0 && readers <= 64)) throw new VeilleError('USAGE', '--readers must be a whole number from 0 to 64');

  const cacheMb = Number(str(p, 'cache-mb') ?? DEFAULT_CACHE_BYTES / 1024 / 1024);
  if (!(cacheMb >= 0 && cacheMb <= 4096)) throw new VeilleError('USAGE', '--cache-mb must be a number of megabytes from 0 to 4096');

  const db = str(p, 'db') ?? process.env.VEILLE_DB ?? DEFAULT_DB;
  // opened (and migrated) here first: the readers then open an up-to-date schema
  const main = await openStore(db);
  // SQLite: the file's pages read into the OS cache in the background, so the first searches are not disk-bound
  const warm = isPostgresUrl(db) ? null : prewarm(db);
  let store = main;
  if (!isPostgresUrl(db) && readers !== 0) {
    try {
      store = pooledStore(main, await ReaderPool.start({ db, ...(readers ? { size: readers } : {}) }));
    } catch (e) { warm?.stop(); await main.close(); throw e; }
  }
  const app = await buildServer({
    store, token, bodyLimit: Math.round(mb * 1024 * 1024), allowPrivate: p.values['allow-private'] === true,
    // on loopback, answer only to loopback names (a rebinding page cannot read the store); elsewhere, any name
    ...(loopback ? { allowedHosts: [...LOOPBACK_HOSTS, host] } : {}),
    ...(!isPostgresUrl(db) && cacheMb > 0 ? { cache: new ResponseCache(Math.round(cacheMb * 1024 * 1024), sqliteChangeStamp(db)) } : {}),
  });
  let address: string;
  try {
    address = await app.listen({ port, host });
  } catch (e) {
    warm?.stop();
    await store.close();
    throw new VeilleError('USAGE', `cannot listen on ${host}:${port}: ${(e as Error).message}`);
  }
  const shown = address.replace('://[::1]', '://localhost');
  process.stdout.write(`veille serve: ${shown}/  (API: ${shown}/api, OpenAPI: ${shown}/api/openapi.json)\n`);
  process.stdout.write(envToken ? 'veille serve: writes need the token in $VEILLE_TOKEN\n' : `veille serve: token for writes: ${token}\n`);
  if (!loopback) process.stderr.write(`veille serve: warning: listening on ${host}, reachable from the network\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  warm?.stop();
  await app.close();
  await store.close();
  return 0;
}
