import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../src/doc.js';
import { detectLanguage } from '../../src/analyze/language/detect.js';
import { mixedLanguageFlags } from '../../src/analyze/language/mixed.js';
import { languageStage } from '../../src/analyze/language/index.js';
import { surfaces } from '../helpers.js';

// [text, expected code]: one sentence each, written for this project.
const ROWS: [string, string][] = [
  ['Le ministre a annoncé jeudi que le projet de loi serait présenté au Parlement avant l’été.', 'fr'],
  ['Selon la préfecture, plus de 2 000 personnes ont manifesté dans les rues de Lyon.', 'fr'],
  ['Qu’il pleuve ou non, la course aura lieu dimanche.', 'fr'],
  ['The minister said on Thursday that the bill would be sent to Parliament before the summer.', 'en'],
  ['Police said more than 2,000 people had marched through the city centre.', 'en'],
  ['It wasn’t clear whether the talks would resume.', 'en'],
  ['Die Regierung hat am Montag ein neues Gesetz vorgestellt, das im Herbst in Kraft treten soll.', 'de'],
  ['El Gobierno presentó el lunes una nueva ley que entrará en vigor en otoño.', 'es'],
  ['Il governo ha presentato lunedì una nuova legge che entrerà in vigore in autunno.', 'it'],
  ['O governo apresentou na segunda-feira uma nova lei que entrará em vigor no outono.', 'pt'],
  ['De regering heeft maandag een nieuwe wet gepresenteerd die in de herfst van kracht wordt.', 'nl'],
  // negative rows: too short or no signal → und
  ['Paris', 'und'],
  ['Emmanuel Macron', 'und'],
  ['2022 — 100 000', 'und'],
  ['', 'und'],
];

test('detectLanguage names the language of one sentence, und when unsure', () => {
  for (const [text, code] of ROWS) assert.equal(detectLanguage(text).code, code, text);
});

test('detectLanguage confidence is between 0 and 1', () => {
  for (const [text] of ROWS) {
    const { confidence } = detectLanguage(text);
    assert.ok(confidence >= 0 && confidence <= 1, text);
  }
});

test('the caller\'s hint wins over detection', () => {
  const doc = new Doc('The minister said on Thursday that the bill would be sent to Parliament.');
  assert.deepEqual(languageStage.run(doc, { published: null, lang: 'fr' }), { code: 'fr', confidence: 1, hinted: true });
  assert.equal(languageStage.run(doc, { published: null }).code, 'en');
});

test('mixedLanguageFlags flags a foreign sentence, not short names or same-language ones', () => {
  const parts = ['Le gouvernement a présenté son plan mardi.', 'The government said it was ready for the talks.', 'Merci Boris.', 'Selon lui, le texte sera voté.'];
  const text = parts.join(' ');
  let at = 0;
  const sentences = parts.map((p) => { const s = { start: at, end: at + p.length }; at += p.length + 1; return s; });
  const flags = mixedLanguageFlags(text, sentences, 'fr');
  assert.deepEqual(surfaces(text, flags), ['The government said it was ready for the talks.']);
  assert.equal(flags[0]!.kind, 'mixed-language');
  assert.equal(flags[0]!.text, 'The government said it was ready for the talks.');
  assert.deepEqual(mixedLanguageFlags(text, sentences, 'und'), []);
});
