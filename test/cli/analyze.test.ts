// veille analyze on bad input, through the real command: a clear message on stderr, the right exit code,
// never a stack trace; what can be analysed is analysed. Timings are not asserted here (see bench/).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STACK_LINE, veille } from './run.js';

// Sentences written for this test: a long article is built by repeating them with changing numbers.
const SENTENCES = [
  'Le conseil municipal de Lyon a voté mardi un budget de 120 millions d’euros pour les écoles.',
  '« Nous tiendrons nos engagements », a déclaré la maire adjointe, Claire Vasseur.',
  'Selon la préfecture, plus de 2 000 personnes ont manifesté devant l’hôtel de ville.',
  'Les travaux commenceront la semaine prochaine et dureront trois mois.',
];

function article(chars: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const s = SENTENCES[i % SENTENCES.length]!.replace(/\d+/, String(100 + (i % 900)));
    parts.push(i % 6 === 5 ? s + '\n\n' : s + ' ');
    n += s.length + 1;
  }
  return parts.join('');
}

function assertClearFailure(r: { code: number | null; stderr: string }, code: number, message: RegExp): void {
  assert.equal(r.code, code, `exit code (stderr: ${r.stderr})`);
  assert.match(r.stderr, message);
  assert.doesNotMatch(r.stderr, STACK_LINE, 'no stack trace on stderr');
}

test('empty input: exit 1, a message saying the input is empty', async () => {
  assertClearFailure(await veille(['analyze', '-'], ''), 1, /empty/i);
});

test('whitespace only: exit 1, a message saying the input is empty', async () => {
  assertClearFailure(await veille(['analyze', '-'], ' \n\t  \r\n   \n'), 1, /empty/i);
});

test('binary data: exit 1, a message saying it is binary', async () => {
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256; // NUL bytes and controls, like a compressed file
  assertClearFailure(await veille(['analyze', '-'], bytes), 1, /binary/i);
});

test('invalid UTF-8 is analysed with replacement characters and an invalid-utf8 flag', async () => {
  const good = Buffer.from('Le ministre de l’Intérieur a présenté mardi la réforme à Paris. ', 'utf8');
  const input = Buffer.concat([good, Buffer.from([0xff, 0xfe, 0x41, 0xc3]), Buffer.from(' Elle sera votée en mars.', 'utf8')]);
  const r = await veille(['analyze', '-'], input);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout) as { text: string; quality: { flags: { kind: string }[] } };
  assert.ok(a.text.includes('\uFFFD'), 'bad bytes become U+FFFD');
  assert.ok(a.text.includes('Elle sera votée en mars.'), 'the text after the bad bytes is kept');
  assert.ok(a.quality.flags.some((f) => f.kind === 'invalid-utf8'), 'invalid-utf8 flag');
});

test('a 10 MB article is analysed to the end', { timeout: 300_000 }, async () => {
  const text = article(10_000_000);
  const r = await veille(['analyze', '-', '--lang', 'fr', '--published', '2022-03-15'], text);
  assert.equal(r.code, 0, r.stderr.slice(0, 500));
  const a = JSON.parse(r.stdout) as { text: string; sentences: { start: number; end: number }[] };
  assert.ok(a.text.length > 9_500_000, `body kept whole (${a.text.length} chars)`);
  assert.ok(a.sentences.length > 50_000, `sentences found all along (${a.sentences.length})`);
  assert.ok(a.sentences.at(-1)!.end > a.text.length - 200, 'the last sentence reaches the end of the body');
});

test('a 1 MB line with no punctuation is analysed', { timeout: 120_000 }, async () => {
  const words = ['gouvernement', 'réforme', 'Bruxelles', 'des', 'marchés', 'ONU', 'le', 'pays', 'de', 'Genève'];
  const parts: string[] = [];
  for (let i = 0, n = 0; n < 1_000_000; i++) { const w = words[(i * 7) % words.length]!; parts.push(w); n += w.length + 1; }
  const r = await veille(['analyze', '-'], parts.join(' '));
  assert.equal(r.code, 0, r.stderr.slice(0, 500));
  const a = JSON.parse(r.stdout) as { text: string };
  assert.ok(a.text.length >= 1_000_000);
});

test('--jsonl: a line that is not JSON and one without text are reported by number; the others are analysed in order; exit 1', async () => {
  const input = [
    JSON.stringify({ id: 'first', text: 'Le sommet de Genève s’ouvre lundi.' }),
    '{"id": "broken", "text": "unterminated',
    JSON.stringify({ id: 'notext', title: 'Sans corps' }),
    '',
    JSON.stringify({ id: 'last', text: 'The summit in Geneva opens on Monday.' }),
  ].join('\n') + '\n';
  const r = await veille(['analyze', '--jsonl'], input);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /line 2\b.*JSON/i);
  assert.match(r.stderr, /line 3\b.*text/i);
  assert.doesNotMatch(r.stderr, /line [145]\b/);
  assert.doesNotMatch(r.stderr, STACK_LINE);
  const ids = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
  assert.deepEqual(ids, ['first', 'last']);
});

test('--jsonl with only good lines exits 0 and keeps each id', async () => {
  const input = ['a', 'b', 'c'].map((id, i) => JSON.stringify({ id, text: `Article numéro ${i + 1} sur le vote à Strasbourg.` })).join('\n');
  const r = await veille(['analyze', '--jsonl'], input);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id), ['a', 'b', 'c']);
});

test('an unknown option is a usage error: exit 2, the option named', async () => {
  assertClearFailure(await veille(['analyze', '--frobnicate', '-'], 'Bonjour.'), 2, /--frobnicate/);
});

test('an unknown command: exit 2, the command named', async () => {
  assertClearFailure(await veille(['analyse-moi'], ''), 2, /analyse-moi/);
});

test('a bad --published date is refused with the date named', async () => {
  for (const bad of ['2022-02-30', 'demain', '07/01/2022']) {
    const r = await veille(['analyze', '-', '--published', bad], 'Le ministre parlera lundi.');
    assert.ok(r.code === 1 || r.code === 2, `exit code for ${bad}: ${r.code}`);
    assert.ok(r.stderr.includes(bad), `message names ${bad}: ${r.stderr}`);
    assert.doesNotMatch(r.stderr, STACK_LINE);
    assert.equal(r.stdout, '', 'nothing analysed');
  }
});

test('a missing file: exit 1, the path named', async () => {
  assertClearFailure(await veille(['analyze', 'no/such/article.txt'], ''), 1, /no\/such\/article\.txt/);
});

test('--help on veille and on veille analyze: exit 0, usage on stdout', async () => {
  const top = await veille(['--help']);
  assert.equal(top.code, 0);
  assert.match(top.stdout, /Usage: veille/);
  assert.match(top.stdout, /analyze/);
  const sub = await veille(['analyze', '--help']);
  assert.equal(sub.code, 0);
  assert.match(sub.stdout, /Usage: veille analyze/);
  assert.match(sub.stdout, /--jsonl/);
  assert.match(sub.stdout, /--published/);
});
