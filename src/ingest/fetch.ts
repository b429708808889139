// URLs → bytes, with a real HTTP client (node:http/https): a deadline for the whole fetch, bounded
// redirects, a size limit on what is received and on what it inflates to, gzip/deflate/br, and no
// private, loopback or link-local address unless allowed — checked on the resolved address of every
// hop (the check runs inside the socket's DNS lookup, so a name cannot resolve differently later).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { VeilleError } from '../errors.js';
import { isPrivateAddress } from './address.js';
import { decodeContent } from './decompress.js';

/** Options of one fetch; every limit has a default. */
export interface FetchOptions {
  /** Allow loopback, private and link-local addresses (tests, intranets). Default false. */
  allowPrivate?: boolean;
  /** Deadline for the whole fetch, redirects included, in ms. Default 20 000. */
  timeoutMs?: number;
  /** Redirects followed at most. Default 5. */
  maxRedirects?: number;
  /** Bytes received at most (before decompression). Default 10 MB. */
  maxBytes?: number;
  userAgent?: string;
}

/** A fetched resource: final URL after redirects, status 200, headers of interest, decoded body. */
export interface Fetched {
  url: string;
  contentType: string;
  body: Buffer;
  /** ISO date-time of the fetch (capture metadata, never a publication date). */
  fetchedAt: string;
}

const DEFAULTS = { timeoutMs: 20_000, maxRedirects: 5, maxBytes: 10_000_000, userAgent: 'veille/0.1 (+https://github.com/veille)' };

// isUrl lives in files.ts so that the CLI can tell URLs from paths without loading the HTTP client
export { isUrl } from './files.js';

/** Fetches `url`, following redirects; throws FETCH_FAILED, PRIVATE_ADDRESS or TOO_LARGE with the URL named. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const o = { ...DEFAULTS, ...options };
  const deadline = Date.now() + o.timeoutMs;
  let current = url;
  for (let hop = 0; hop <= o.maxRedirects; hop++) {
    const res = await requestOnce(current, o, deadline);
    if (res.location !== undefined) {
      let next: URL;
      try { next = new URL(res.location, current); } catch { throw new VeilleError('FETCH_FAILED', `${current}: bad redirect location "${res.location}"`); }
      current = next.href;
      continue;
    }
    return { url: current, contentType: res.contentType, body: res.body, fetchedAt: new Date().toISOString() };
  }
  throw new VeilleError('FETCH_FAILED', `${url}: more than ${o.maxRedirects} redirects`);
}

interface Once { location?: string; contentType: string; body: Buffer }

function requestOnce(url: string, o: typeof DEFAULTS & FetchOptions, deadline: number): Promise<Once> {
  let u: URL;
  try { u = new URL(url); } catch { return Promise.reject(new VeilleError('FETCH_FAILED', `${url}: not a URL`)); }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return Promise.reject(new VeilleError('FETCH_FAILED', `${url}: only http and https are fetched`));
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !o.allowPrivate && isPrivateAddress(host)) return Promise.reject(new VeilleError('PRIVATE_ADDRESS', url));
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new VeilleError('FETCH_FAILED', `${url}: timed out`));

  return new Promise<Once>((resolve, reject) => {
    let done = false;
    const fail = (e: Error): void => { if (!done) { done = true; clearTimeout(timer); req.destroy(); reject(e); } };
    // the address check sits in the lookup the socket uses: what is checked is what is connected to
    const lookup = (hostname: string, opts: object, cb: (err: Error | null, address: string | LookupAddress[], family?: number) => void): void => {
      dnsLookup(hostname, { ...opts, all: true }, (err, addrs) => {
        if (err) return cb(err, '', 4);
        const list = addrs as LookupAddress[];
        if (!o.allowPrivate && list.some((a) => isPrivateAddress(a.address))) return cb(new VeilleError('PRIVATE_ADDRESS', `${url} (${hostname} → ${list.map((a) => a.address).join(', ')})`), '', 4);
        if ((opts as { all?: boolean }).all) cb(null, list);
        else cb(null, list[0]!.address, list[0]!.family);
      });
    };
    const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(u, {
      method: 'GET',
      lookup: lookup as never,
      headers: { 'user-agent': o.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5', 'accept-encoding': 'gzip, deflate, br' },
    });
    const timer = setTimeout(() => fail(new VeilleError('FETCH_FAILED', `${url}: no complete answer within ${o.timeoutMs} ms`)), left);
    req.on('error', (e) => fail(e instanceof VeilleError ? e : new VeilleError('FETCH_FAILED', `${url}: ${e.message}`)));
    req.on('response', (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        done = true; clearTimeout(timer);
        resolve({ location: res.headers.location, contentType: '', body: Buffer.alloc(0) });
        req.destroy();
        return;
      }
      if (status !== 200) { res.resume(); return fail(new VeilleError('FETCH_FAILED', `${url}: HTTP ${status}`)); }
      const declared = Number(res.headers['content-length']);
      if (declared > o.maxBytes) { res.resume(); return fail(new VeilleError('TOO_LARGE', `${url}: ${declared} bytes announced (limit ${o.maxBytes})`)); }
      const chunks: Buffer[] = [];
      let got = 0;
      res.on('data', (c: Buffer) => {
        got += c.length;
        if (got > o.maxBytes) return fail(new VeilleError('TOO_LARGE', `${url}: more than ${o.maxBytes} bytes`));
        chunks.push(c);
      });
      res.on('error', (e) => fail(new VeilleError('FETCH_FAILED', `${url}: ${e.message}`)));
      res.on('end', () => {
        if (done) return;
        try {
          const body = decodeContent(Buffer.concat(chunks), res.headers['content-encoding'], undefined, url);
          done = true; clearTimeout(timer);
          resolve({ contentType: String(res.headers['content-type'] ?? ''), body });
        } catch (e) { fail(e as Error); }
      });
    });
    req.end();
  });
}
