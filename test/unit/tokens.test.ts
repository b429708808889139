import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../src/analyze/tokens/index.js';
import { surfaces } from '../helpers.js';

const NB = '\u00a0';   // no-break space
const NNB = '\u202f';  // narrow no-break space

// [input, expected token surfaces]
const FRENCH: [string, string[]][] = [
  ['Le chef de l’OTAN a parlé.', ['Le', 'chef', 'de', 'l’', 'OTAN', 'a', 'parlé', '.']],
  ["L'armée d'Ukraine qu'il dirige", ["L'", 'armée', "d'", 'Ukraine', "qu'", 'il', 'dirige']],
  ['Jusqu’à lundi, j’ai cru qu’elle n’était pas là.', ['Jusqu’', 'à', 'lundi', ',', 'j’', 'ai', 'cru', 'qu’', 'elle', 'n’', 'était', 'pas', 'là', '.']],
  ['lorsqu’il partit, puisqu’on s’en va, c’est-à-dire m’a t’a', ['lorsqu’', 'il', 'partit', ',', 'puisqu’', 'on', 's’', 'en', 'va', ',', 'c’', 'est-à-dire', 'm’', 'a', 't’', 'a']],
  ['Jean-Yves Le Drian à Saint-Pétersbourg et aux États-Unis', ['Jean-Yves', 'Le', 'Drian', 'à', 'Saint-Pétersbourg', 'et', 'aux', 'États-Unis']],
  ['« Nous sommes prêts », a-t-il déclaré.', ['«', 'Nous', 'sommes', 'prêts', '»', ',', 'a-t-il', 'déclaré', '.']],
  ['plus de 100 000 soldats', ['plus', 'de', '100 000', 'soldats']],
  [`plus de 100${NB}000 soldats et 1${NNB}500${NNB}000 euros`, ['plus', 'de', `100${NB}000`, 'soldats', 'et', `1${NNB}500${NNB}000`, 'euros']],
  ['2,5 milliards, 3,75 % et 1 500,50 euros', ['2,5', 'milliards', ',', '3,75', '%', 'et', '1 500,50', 'euros']],
  ['le 1er janvier, la 2e place, le XXIe siècle, la 3ème fois', ['le', '1er', 'janvier', ',', 'la', '2e', 'place', ',', 'le', 'XXIe', 'siècle', ',', 'la', '3ème', 'fois']],
  // negative rows: words that only look like elisions, numbers that must not be glued
  ['aujourd’hui, presqu’île', ['aujourd’hui', ',', 'presqu’île']],
  ["le coup d'envoi de l' Euro, la République d' Haïti", ['le', 'coup', "d'", 'envoi', 'de', "l'", 'Euro', ',', 'la', 'République', "d'", 'Haïti']],
  ['en 2021 100 personnes', ['en', '2021', '100', 'personnes']],
  ['les 12 1234 dossiers', ['les', '12', '1234', 'dossiers']],
  ['entre 10 et 20 000', ['entre', '10', 'et', '20 000']],
  ['à 21 h 00, 5km', ['à', '21', 'h', '00', ',', '5', 'km']],
  ['Attendez... Quoi ? Non !', ['Attendez', '...', 'Quoi', '?', 'Non', '!']],
];

const ENGLISH: [string, string[]][] = [
  ["NATO's chief said", ['NATO', "'s", 'chief', 'said']],
  ['Russia’s troops', ['Russia', '’s', 'troops']],
  ['100,000 troops, 3.5 percent, 1.2 million, 1,500,000 people', ['100,000', 'troops', ',', '3.5', 'percent', ',', '1.2', 'million', ',', '1,500,000', 'people']],
  ['the 21st century, the 2nd round, the 3rd and 4th', ['the', '21st', 'century', ',', 'the', '2nd', 'round', ',', 'the', '3rd', 'and', '4th']],
  ['the U.S. economy', ['the', 'U', '.', 'S', '.', 'economy']],
  ['the G7 and COVID-19 rules', ['the', 'G7', 'and', 'COVID-19', 'rules']],
  ['$5 and €10 (about 50%)', ['$', '5', 'and', '€', '10', '(', 'about', '50', '%', ')']],
  // negative rows: contractions and names with apostrophes stay whole; plural possessive keeps its mark
  ["don't, O'Brien, rock'n'roll", ["don't", ',', "O'Brien", ',', "rock'n'roll"]],
  ["the leaders' summit", ['the', 'leaders', "'", 'summit']],
  ['in 2021, 100 people', ['in', '2021', ',', '100', 'people']],
];

test('French tokens: elisions apart, hyphenated names whole, numbers with space groups', () => {
  for (const [input, want] of FRENCH) assert.deepEqual(surfaces(input, tokenize(input)), want, input);
});

test('English tokens: possessive apart, numbers with commas and dots, ordinals', () => {
  for (const [input, want] of ENGLISH) assert.deepEqual(surfaces(input, tokenize(input)), want, input);
});

test('token kinds', () => {
  const t = tokenize('Le 1er, 50 % €');
  assert.deepEqual(t.map((x) => x.kind), ['word', 'number', 'punct', 'number', 'symbol', 'symbol']);
});

test('a range tokenizes only inside it', () => {
  const text = 'Avant. Le texte. Après.';
  assert.deepEqual(surfaces(text, tokenize(text, 7, 16)), ['Le', 'texte', '.']);
});

test('bad input: empty, spaces, emoji and unpaired surrogates, a long line without spaces', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize('   \n '), []);
  assert.deepEqual(surfaces('a 😀 b', tokenize('a 😀 b')), ['a', '😀', 'b']);
  assert.equal(tokenize('x\ud800y').length, 3);
  const long = 'a'.repeat(1_000_000);
  assert.equal(tokenize(long).length, 1);
  const digits = '1 000'.repeat(100_000);
  assert.ok(tokenize(digits).length > 0);
});
