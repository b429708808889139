import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalize } from '../../src/analyze/normalize/index.js';
import { paragraphSpans } from '../../src/analyze/paragraphs/index.js';
import { surfaces } from '../helpers.js';

// [raw input, normalized text]
const ROWS: [string, string][] = [
  ['Ligne 1\r\nLigne 2\rLigne 3\u2028Ligne 4', 'Ligne 1\nLigne 2\nLigne 3\nLigne 4'],
  ['e\u0301te\u0301 a\u0300 Gene\u0300ve', 'été à Genève'],                       // decomposed accents → NFC
  ['\uFEFFLe\u200B gouver\u00ADnement\u0007', 'Le gouvernement'],                  // BOM, zero-width, soft hyphen, bell
  ['\u200Eمرحبا\u200F', 'مرحبا'],
  // negative rows: what carries meaning stays as written
  ['« Nous sommes prêts », a-t-il dit', '« Nous sommes prêts », a-t-il dit'],
  ['“We’re ready,” he said. "Yes" \'no\'', '“We’re ready,” he said. "Yes" \'no\''],
  ['plus de 100\u00a0000 soldats et 1\u202f500 euros', 'plus de 100\u00a0000 soldats et 1\u202f500 euros'],
  ['col1\tcol2', 'col1\tcol2'],
  ['👩\u200d🔬 chercheuse', '👩\u200d🔬 chercheuse'],
  ['', ''],
];

test('normalize: NFC, one line ending, no control or invisible characters; quotes and no-break spaces stay', () => {
  for (const [raw, want] of ROWS) assert.equal(normalize(raw), want, JSON.stringify(raw));
});

// [text, paragraph surfaces]
const PARAGRAPHS: [string, string[]][] = [
  ['Premier paragraphe.\nSecond paragraphe.', ['Premier paragraphe.', 'Second paragraphe.']],
  ['  Titre  \n\n\n  Corps du texte. \n', ['Titre', 'Corps du texte.']],
  ['First.\n \t \nSecond.', ['First.', 'Second.']],
  // negative rows: nothing in, no paragraph out
  ['', []],
  [' \n\n\t', []],
];

test('paragraphs: one per non-empty line, trimmed', () => {
  for (const [text, want] of PARAGRAPHS) assert.deepEqual(surfaces(text, paragraphSpans(text)), want, JSON.stringify(text));
});

test('bad input: a 10 MB text normalizes and splits in linear time', () => {
  const big = 'Le ministre a parlé.\r\n'.repeat(500_000);
  const t0 = performance.now();
  const n = normalize(big);
  assert.equal(paragraphSpans(n).length, 500_000);
  assert.ok(performance.now() - t0 < 5000);
});
