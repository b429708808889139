import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../../src/doc.js';
import { paragraphSpans } from '../../src/analyze/paragraphs/index.js';
import { tokenize } from '../../src/analyze/tokens/index.js';
import { sentencesStage } from '../../src/analyze/sentences/index.js';
import { surfaces } from '../helpers.js';

function split(text: string): string[] {
  const paragraphs = paragraphSpans(text);
  const doc = new Doc(text).with('paragraphs', paragraphs).with('tokens', tokenize(text));
  return surfaces(text, sentencesStage.run(doc, { published: null }));
}

// [paragraph text, expected sentences]
const FRENCH: [string, string[]][] = [
  ['Le sommet s’ouvre lundi. Les ministres arriveront dimanche.', ['Le sommet s’ouvre lundi.', 'Les ministres arriveront dimanche.']],
  ['« Le barrage tiendra, mais il faut … renforcer la digue », a-t-elle expliqué devant le conseil municipal.', ['« Le barrage tiendra, mais il faut … renforcer la digue », a-t-elle expliqué devant le conseil municipal.']],
  ['« C’est fini ! » a-t-il lancé aux journalistes. Puis il est parti.', ['« C’est fini ! » a-t-il lancé aux journalistes.', 'Puis il est parti.']],
  ['« Est-ce la fin ? » s’interroge le maire.', ['« Est-ce la fin ? » s’interroge le maire.']],
  ['« Nous sommes prêts. » Le ministre a ensuite quitté la salle.', ['« Nous sommes prêts. »', 'Le ministre a ensuite quitté la salle.']],
  ['M. Macron a reçu Mme Borne et MM. Dupont et Durand. Le Dr Martin était là.', ['M. Macron a reçu Mme Borne et MM. Dupont et Durand.', 'Le Dr Martin était là.']],
  ['Le Pr. Lemoine et Me Dupond-Moretti sont arrivés. Ils ont parlé.', ['Le Pr. Lemoine et Me Dupond-Moretti sont arrivés.', 'Ils ont parlé.']],
  ['La ville fut fondée vers 600 av. J.-C. par des marins grecs.', ['La ville fut fondée vers 600 av. J.-C. par des marins grecs.']],
  ['Certains pays, p. ex. la France, ont refusé. D’autres ont accepté.', ['Certains pays, p. ex. la France, ont refusé.', 'D’autres ont accepté.']],
  ['La croissance a atteint 2,5 % en 2021. Plus de 100 000 emplois ont été créés.', ['La croissance a atteint 2,5 % en 2021.', 'Plus de 100 000 emplois ont été créés.']],
  ['Il hésite… puis accepte. Attendez... Non !', ['Il hésite… puis accepte.', 'Attendez...', 'Non !']],
  ['Pourquoi ? Parce que le budget manque.', ['Pourquoi ?', 'Parce que le budget manque.']],
  ['Le texte (voir l’art. 12 du traité) sera voté.', ['Le texte (voir l’art. 12 du traité) sera voté.']],
  ['Lisez J. K. Rowling. Elle écrit bien.', ['Lisez J. K. Rowling.', 'Elle écrit bien.']],
  // negative rows: no split inside numbers, domains, or on a colon
  ['Le taux est de 3.5 points : une hausse nette.', ['Le taux est de 3.5 points : une hausse nette.']],
  ['Consultez le site gouv.fr pour plus d’informations.', ['Consultez le site gouv.fr pour plus d’informations.']],
  ['Il y avait sept. Le reste était absent.', ['Il y avait sept.', 'Le reste était absent.']],
  // machine-translated text sometimes loses the space: "la fin.Le lendemain"
  ['Ce fut la fin.Le lendemain, tout reprit.', ['Ce fut la fin.', 'Le lendemain, tout reprit.']],
];

const ENGLISH: [string, string[]][] = [
  ['“We are ready.” he said. The talks begin on Monday.', ['“We are ready.” he said.', 'The talks begin on Monday.']],
  ['"We are ready," he said. "We will not back down."', ['"We are ready," he said.', '"We will not back down."']],
  ['“Is this the end?” asked the mayor.', ['“Is this the end?” asked the mayor.']],
  ['“It is over.” The minister then left the room.', ['“It is over.”', 'The minister then left the room.']],
  ['Mr. Smith met Dr. Jones and Sen. Warren in St. Louis on Jan. 5. They talked.', ['Mr. Smith met Dr. Jones and Sen. Warren in St. Louis on Jan. 5.', 'They talked.']],
  ['The U.S. and the U.K. agreed. The E.U. did not.', ['The U.S. and the U.K. agreed.', 'The E.U. did not.']],
  ['Troops moved into the U.S. The decision was criticised.', ['Troops moved into the U.S.', 'The decision was criticised.']],
  ['Growth reached 3.5 percent. More than 100,000 jobs were created.', ['Growth reached 3.5 percent.', 'More than 100,000 jobs were created.']],
  ['The attacks of Sept. 11 changed everything. He lives at No. 10 Downing Street.', ['The attacks of Sept. 11 changed everything.', 'He lives at No. 10 Downing Street.']],
  ['Apple Inc. said profits rose. Apple Inc. The company declined.', ['Apple Inc. said profits rose.', 'Apple Inc.', 'The company declined.']],
  ['Arsenal vs. Chelsea ended 2-2. Fans left early.', ['Arsenal vs. Chelsea ended 2-2.', 'Fans left early.']],
  ['Wait... what? No!', ['Wait... what?', 'No!']],
  // negative rows: no split inside e.g. / i.e. or in a version number
  ['Some states, e.g. Texas, refused. Version 1.2.3 was released.', ['Some states, e.g. Texas, refused.', 'Version 1.2.3 was released.']],
];

test('French sentences: quotes and attribution, titles, abbreviations, numbers', () => {
  for (const [input, want] of FRENCH) assert.deepEqual(split(input), want, input);
});

test('English sentences: quotes and attribution, titles, initials, numbers', () => {
  for (const [input, want] of ENGLISH) assert.deepEqual(split(input), want, input);
});

test('a sentence never crosses a paragraph', () => {
  assert.deepEqual(split('Le titre sans point\nLe premier paragraphe. Le second.\n\nMr. Smith\nleft'), [
    'Le titre sans point', 'Le premier paragraphe.', 'Le second.', 'Mr. Smith', 'left',
  ]);
});

test('bad input: empty, a 1 MB line without punctuation, 200 quotation marks, many dots', () => {
  assert.deepEqual(split(''), []);
  assert.deepEqual(split('   '), []);
  const long = 'mot '.repeat(250_000).trim();
  const t0 = performance.now();
  assert.equal(split(long).length, 1);
  const dots = 'a. '.repeat(100_000) + '« » '.repeat(100) + '!!!!!'.repeat(10_000);
  assert.ok(split(dots).length >= 1);
  assert.ok(performance.now() - t0 < 5000);
});

test('spaced typography and datelines do not make sentences of marks alone', () => {
  assert.deepEqual(split('Il a dénoncé « une approbation tacite de ces abus. » . Le lendemain, il est parti.'), [
    'Il a dénoncé « une approbation tacite de ces abus. » .', 'Le lendemain, il est parti.',
  ]);
  assert.deepEqual(split('12 juin 2016 . –'), ['12 juin 2016 . –']);
  assert.deepEqual(split('« Ils étaient en première ligne. […] Nous les remercions. »'), ['« Ils étaient en première ligne. […]', 'Nous les remercions. »']);
  assert.deepEqual(split('Des vents de 230 km/h. Le cyclone a touché terre.'), ['Des vents de 230 km/h.', 'Le cyclone a touché terre.']);
});
