// snippet(): the extract around the first query word, accents and case ignored, however long the body.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asciiPreimages, findWord, fold, needles, snippet } from '../../src/store/core/snippet.js';

const FILLER = 'Le conseil départemental a examiné le budget annexe des transports scolaires. '.repeat(60);

// [body, query words, text the snippet must contain, text it must not contain]
const ROWS: [string, string[], string, string | null][] = [
  ['La conférence de Genève sur le climat s’est ouverte lundi.', ['geneve'], 'Genève', null],
  ['À GENÈVE, les délégués ont signé un accord.', ['genève'], 'GENÈVE', null],
  [`${FILLER}Enfin, l’Électricité de Strasbourg a relevé ses tarifs.`, ['electricite'], 'Électricité de Strasbourg', null],
  [`${FILLER}Le maire de Nîmes a répondu.`, ['absent', 'nimes'], 'maire de Nîmes', null],
  // no word found: the beginning of the body
  [`Premier paragraphe de l’article. ${FILLER}`, ['zzz'], 'Premier paragraphe', null],
  // a word beyond the first 20,000 characters is not looked for
  [`${'x '.repeat(10_500)}Marseille`, ['marseille'], 'x x', 'Marseille'],
  // the word straddles the boundary of two folded chunks (2,048 characters)
  [`${'a'.repeat(2044)} Genève accueille`, ['geneve'], 'Genève accueille', null],
  ['Ｔｏｋｙｏ 😀 Ōsaka et Kyōto', ['osaka'], 'Ōsaka', null],
  // a capital whose lower case is two characters long (İ → i̇) must not shift what follows
  [`${'İ'.repeat(150)} puis ÉVORA ouvre ses portes`, ['evora'], 'ÉVORA ouvre', null],
  ['ΟΔΥΣΣΕΑΣ 𝔸 à Œuvre et Ångström', ['angstrom'], 'Ångström', null],
];

test('snippet: the first query word found, accents and case ignored', () => {
  for (const [body, words, has, hasNot] of ROWS) {
    const s = snippet(body, words);
    assert.ok(s.includes(has), `${JSON.stringify(words)} → ${s}`);
    if (hasNot) assert.ok(!s.includes(hasNot), `${JSON.stringify(words)} → ${s}`);
    assert.ok(s.length <= 182, `snippet of ${s.length} characters`);
  }
});

test('snippet: a 1 MB body with no match stays fast', () => {
  const body = 'Éé'.repeat(500_000);
  const t0 = performance.now();
  snippet(body, ['zzz', 'yyy', 'xxx']);
  assert.ok(performance.now() - t0 < 200);
});

test('snippet: the blocks scanned for letters that fold to ASCII hold all of them', () => {
  assert.deepEqual(asciiPreimages(), asciiPreimages([[0x80, 0x10000]]));
});

test('snippet: an ASCII word is found where the folded text has it, on text mixing scripts, accents and astral characters', () => {
  const parts = ['a', 'e', 'E', 'é', 'È', 'ê', 'ë', 'K', 'Å', 'İ', 'ı', 'ſ', 'ß', 'œ', 'Œ', 'ø', 'Σ', 'ς', 'й', '😀', '𝔸', 'ﬁ', ' ', '-', 'n', 'N', 'ñ', 'o', 'Ô'];
  let seed = 7;
  const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
  for (let k = 0; k < 3000; k++) {
    const text = Array.from({ length: 5 + rand(30) }, () => parts[rand(parts.length)]).join('');
    for (const w of ['ee', 'ne', 'kaise', 'on', 'ino', 'a']) {
      assert.equal(findWord(text, needles([w])).at, fold(text).indexOf(w), `${w} in ${JSON.stringify(text)}`);
    }
  }
});
