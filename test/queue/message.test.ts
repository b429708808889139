// The queue's message schema: ids agree with analyzeText's, bad payloads are named, delays grow and stay bounded.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../src/analyze/index.js';
import { articleId, decodeArticle, encodeArticle } from '../../src/queue/message.js';
import { nakDelay } from '../../src/queue/worker.js';
import type { TextInput } from '../../src/types.js';

const enc = new TextEncoder();

test('articleId is the id analyzeText gives (content id of the cleaned body, or the input id)', () => {
  const rows: TextInput[] = [
    { text: 'La préfecture du Doubs a levé mercredi l’alerte aux crues sur le Doubs.' },
    { text: '  Spaces around.\r\n\r\nAnd CRLF paragraphs, with “curly” quotes.  ', title: 'Spaces around.' },
    { text: 'Brest council met on Monday.', id: 'feed-42' },
    { text: 'Crue de la Loire\n\nLa Loire a débordé à Orléans.', title: 'Crue de la Loire' },
  ];
  for (const input of rows) assert.equal(articleId(input), analyzeText(input).id, JSON.stringify(input));
});

test('encode then decode gives the input back, its id filled in', () => {
  const input: TextInput = { text: 'Le tramway de Tours roulera dès lundi.', lang: 'fr', published: '2024-02-05', title: null, source: 'a.txt' };
  const { id, data } = encodeArticle(input);
  assert.deepEqual(decodeArticle(data), { ...input, id });
});

test('bad payloads are BAD_MESSAGE errors naming what is wrong', () => {
  const rows: [Uint8Array, RegExp][] = [
    [enc.encode('{"text": "Le maire a'), /not JSON/],
    [new Uint8Array([0xff, 0xfe, 0x41]), /not UTF-8/],
    [enc.encode('[1, 2]'), /not a JSON object/],
    [enc.encode('null'), /not a JSON object/],
    [enc.encode('{"title": "Sans texte"}'), /no "text" string/],
    [enc.encode('{"text": 12}'), /no "text" string/],
    [enc.encode('{"text": "   \\n "}'), /"text" is empty/],
    [enc.encode('{"text": "ok", "lang": "french"}'), /two-letter code/],
    [enc.encode('{"text": "ok", "published": 2024}'), /"published" must be a string/],
    [enc.encode('{"text": "ok", "meta": [1]}'), /"meta" must be an object/],
  ];
  for (const [data, why] of rows) {
    assert.throws(() => decodeArticle(data), (e: Error & { code?: string }) => e.code === 'BAD_MESSAGE' && why.test(e.message), String(why));
  }
  // negative row: a minimal valid message is no error
  assert.equal(decodeArticle(enc.encode('{"text": "Le pont est rouvert."}')).text, 'Le pont est rouvert.');
});

test('nak delays grow with deliveries and stay bounded', () => {
  const d = [1, 2, 3, 4, 5, 6, 50].map(nakDelay);
  assert.deepEqual(d, [2000, 5000, 15000, 30000, 60000, 60000, 60000]);
  assert.equal(nakDelay(0), 2000);
});
