// WARC: archives generated here (plain and gzip, one member a record), HTML responses → articles,
// capture date kept apart from publication date; truncated and corrupt archives, compression bombs.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { decodeContent } from '../../src/ingest/decompress.js';
import { ingestPath, type Ingested } from '../../src/ingest/index.js';

const DIR = mkdtempSync(join(tmpdir(), 'veille-warc-'));
after(() => rmSync(DIR, { recursive: true, force: true }));

const PAGE = (title: string, date: string | null): string => `<!DOCTYPE html><html lang="en"><head><title>${title}</title>${date ? `<meta property="article:published_time" content="${date}">` : ''}</head><body><article><h1>${title}</h1>
<p>The regional water board approved a plan on Wednesday to build two new reservoirs, after a summer in which several towns had to truck in drinking water.</p>
<p>Construction is expected to start next spring and to cost about 90 million euros, the board's chairwoman told reporters.</p></article></body></html>`;

function record(type: string, uri: string, date: string, contentType: string, block: Buffer): Buffer {
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: ${date}\r\nWARC-Record-ID: <urn:uuid:${Math.random().toString(16).slice(2)}>\r\nContent-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}
function http(body: Buffer, headers: string): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\n${headers}Content-Length: ${body.length}\r\n\r\n`), body]);
}
function chunked(body: Buffer): Buffer {
  const half = Math.floor(body.length / 2);
  const c = (b: Buffer): Buffer => Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n')]);
  return Buffer.concat([c(body.subarray(0, half)), c(body.subarray(half)), Buffer.from('0\r\n\r\n')]);
}
const RECORDS = [
  record('warcinfo', '', '2024-04-02T10:00:00Z', 'application/warc-fields', Buffer.from('software: veille-test\r\n')),
  record('request', 'https://water.example/reservoirs', '2024-04-02T10:00:01Z', 'application/http;msgtype=request', Buffer.from('GET /reservoirs HTTP/1.1\r\nHost: water.example\r\n\r\n')),
  record('response', 'https://water.example/reservoirs', '2024-04-02T10:00:02Z', 'application/http;msgtype=response',
    http(gzipSync(PAGE('Two reservoirs approved', '2024-03-27T09:00:00Z')), 'Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n')),
  record('response', 'https://water.example/logo.png', '2024-04-02T10:00:03Z', 'application/http;msgtype=response', http(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'Content-Type: image/png\r\n')),
  record('response', 'https://water.example/undated', '2024-04-02T10:00:04Z', 'application/http;msgtype=response',
    Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n'), chunked(Buffer.from(PAGE('Reservoir costs', null)))])),
];

async function all(path: string): Promise<Ingested[]> {
  const out: Ingested[] = [];
  for await (const r of ingestPath(path)) out.push(r);
  return out;
}
const inputs = (rs: Ingested[]) => rs.flatMap((r) => ('input' in r ? [r.input] : []));
const errors = (rs: Ingested[]) => rs.flatMap((r) => ('error' in r ? [r.error] : []));

for (const gz of [false, true]) {
  test(`${gz ? '.warc.gz' : '.warc'}: each HTML response is an article with its URI and capture date`, async () => {
    const path = join(DIR, gz ? 'a.warc.gz' : 'a.warc');
    writeFileSync(path, gz ? Buffer.concat(RECORDS.map((r) => gzipSync(r))) : Buffer.concat(RECORDS));
    const rs = await all(path);
    assert.deepEqual(errors(rs), []);
    const [a, b] = inputs(rs);
    assert.equal(inputs(rs).length, 2);
    assert.equal(a!.source, 'https://water.example/reservoirs');
    assert.equal(a!.published, '2024-03-27T09:00:00Z', 'the page\'s own date');
    assert.equal(a!.meta?.captured, '2024-04-02T10:00:02Z', 'WARC-Date is the capture date');
    assert.ok(a!.text.startsWith('The regional water board approved'));
    assert.equal(b!.source, 'https://water.example/undated');
    assert.equal(b!.published, undefined, 'no date stated: none invented from WARC-Date');
    assert.ok(b!.text.includes('90 million euros'), 'chunked body read');
  });
}

test('a truncated .warc.gz gives the records before the cut, then a clear error', async () => {
  const whole = Buffer.concat(RECORDS.map((r) => gzipSync(r)));
  const path = join(DIR, 'cut.warc.gz');
  writeFileSync(path, whole.subarray(0, whole.length - 60));
  const rs = await all(path);
  assert.equal(inputs(rs).length, 1);
  assert.equal(errors(rs).length, 1);
  assert.match(errors(rs)[0]!, /BAD_WARC/);
});

test('a corrupt .warc.gz and a file that is not WARC give one clear error each', async () => {
  const whole = Buffer.concat(RECORDS.map((r) => gzipSync(r)));
  const bad = Buffer.from(whole);
  for (let i = 40; i < 400; i++) bad[i] = (bad[i]! * 7 + 13) & 0xff;
  writeFileSync(join(DIR, 'bad.warc.gz'), bad);
  writeFileSync(join(DIR, 'not.warc'), 'hello, this is not an archive\r\n\r\n');
  for (const f of ['bad.warc.gz', 'not.warc']) {
    const rs = await all(join(DIR, f));
    assert.equal(errors(rs).length, 1, f);
    assert.match(errors(rs)[0]!, /BAD_WARC/);
  }
});

test('a gzip bomb stops at the size cap with TOO_LARGE', () => {
  const bomb = gzipSync(Buffer.alloc(8_000_000));
  assert.ok(bomb.length < 20_000);
  assert.throws(() => decodeContent(bomb, 'gzip', 1_000_000), (e: { code?: string }) => e.code === 'TOO_LARGE');
  assert.equal(decodeContent(gzipSync(Buffer.from('ok')), 'gzip').toString(), 'ok');
});
