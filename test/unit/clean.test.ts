import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clean } from '../../src/analyze/clean/index.js';

const FR_BODY = [
  'Le gouvernement a présenté mardi un plan de soutien aux agriculteurs touchés par la sécheresse.',
  'Selon le ministre, plus de 12 000 exploitations pourront en bénéficier dès le mois prochain.',
  'Les syndicats jugent toutefois l’enveloppe « insuffisante » et appellent à manifester samedi.',
];
const EN_BODY = [
  'The government unveiled a support plan on Tuesday for farmers hit by the drought.',
  'According to the minister, more than 12,000 farms will be eligible from next month.',
  'Unions said the package was "not enough" and called for protests on Saturday.',
];

// [extra lines around the body, where, the removed line and its reason]
const REMOVED: [string, 'start' | 'middle' | 'end', string][] = [
  ['Lire aussi : Sécheresse, les nappes au plus bas', 'middle', 'navigation'],
  ['À lire aussi | Le prix du blé s’envole', 'middle', 'navigation'],
  ['► VOIR AUSSI - Les images de la sécheresse', 'middle', 'navigation'],
  ['Read more: Drought hits wheat prices', 'middle', 'navigation'],
  ['Related: How farmers cope with heat', 'middle', 'navigation'],
  ['Abonnez-vous à notre newsletter pour recevoir l’essentiel de l’actualité.', 'end', 'boilerplate'],
  ['Sign up for our daily newsletter', 'end', 'boilerplate'],
  ['© AFP 2022', 'end', 'boilerplate'],
  ['Le Quotidien du Midi — Tous droits réservés', 'end', 'boilerplate'],
  ['Copyright 2022 The Daily Courier. All rights reserved.', 'end', 'boilerplate'],
  ['Partager sur Facebook', 'end', 'navigation'],
  ['Facebook Twitter LinkedIn E-mail', 'end', 'navigation'],
  ['Suivez-nous sur Twitter et Instagram', 'end', 'navigation'],
  ['Share this article', 'end', 'navigation'],
  ['« Certified bookworm. Lifelong coffee addict. Friendly explorer. Writer. »', 'end', 'spam'],
  ['Jeanne Martin est journaliste au service économie du Quotidien du Midi.', 'end', 'author-bio'],
  ['Jane Smith is a senior reporter covering agriculture.', 'end', 'author-bio'],
  ['À propos de l’auteur : ancien correspondant à Bruxelles, il couvre l’agriculture.', 'end', 'author-bio'],
];

function place(extra: string, where: 'start' | 'middle' | 'end', body: string[]): string {
  if (where === 'start') return [extra, ...body].join('\n');
  if (where === 'middle') return [body[0], extra, ...body.slice(1)].join('\n');
  return [...body, extra].join('\n');
}

test('furniture and blurbs go, with their reason; the article stays whole', () => {
  for (const [extra, where, reason] of REMOVED) {
    for (const body of [FR_BODY, EN_BODY]) {
      const c = clean(place(extra, where, body));
      assert.deepEqual(c.removed, [{ text: extra, reason }], extra);
      assert.equal(c.text, body.join('\n'), extra);
    }
  }
});

// negative rows: article lines that only look like furniture stay
const KEPT: [string, string[]][] = [
  ['Le journal a lancé une newsletter en 2019, a rappelé sa directrice lors de la conférence.', FR_BODY],
  ['The paper launched a newsletter in 2019 and now has 40,000 subscribers, its editor said.', EN_BODY],
  ['Partager les richesses reste la priorité du gouvernement, a insisté la ministre devant les députés.', FR_BODY],
  ['Share prices fell 3% in early trading after the announcement.', EN_BODY],
  ['Les négociations reprendront lundi. Rien n’est joué. À suivre.', FR_BODY],
  ['Talks resume on Monday. Nothing is settled. More to come.', EN_BODY],
  ['Le ministre a conclu : « Nous serons au rendez-vous. »', FR_BODY],
  ['“We will be there,” the minister concluded.', EN_BODY],
  ['Voir aussi la déclaration du ministre publiée mardi sur le site du ministère, qui détaille chaque mesure prévue pour les exploitants touchés.', FR_BODY],
  ['Jeanne Martin est journaliste depuis trente ans et a couvert toutes les sécheresses du pays, dit-elle en souriant devant la ferme de ses parents, où elle a grandi et où elle revient chaque été pour aider aux moissons malgré son âge.', FR_BODY],
];

test('article lines that mention furniture words stay', () => {
  for (const [line, body] of KEPT) {
    {
      for (const where of ['middle', 'end'] as const) {
        const c = clean(place(line, where, body));
        assert.deepEqual(c.removed, [], `${where}: ${line}`);
      }
    }
  }
});

test('a spam blurb leaves a spam flag where it stood, with the removed words', () => {
  const blurb = '« Certified bookworm. Lifelong coffee addict. Friendly explorer. Writer. »';
  const c = clean([...FR_BODY, blurb, ''].join('\n'));
  assert.equal(c.flags.length, 1);
  const f = c.flags[0]!;
  assert.equal(f.kind, 'spam');
  assert.equal(f.text, blurb);
  assert.equal(f.start, c.text.length);
  assert.equal(f.end, f.start);
  assert.ok(!c.text.includes('bookworm'));
  assert.ok(c.text.endsWith('manifester samedi.'));
});

test('repeated title: given as title, or the first line written twice', () => {
  const title = 'Sécheresse : un plan pour les agriculteurs';
  let c = clean([title, ...FR_BODY].join('\n'), title);
  assert.deepEqual(c.removed, [{ text: title, reason: 'repeated-title' }]);
  assert.equal(c.text, FR_BODY.join('\n'));
  c = clean([title, '', 'SÉCHERESSE : UN PLAN POUR LES AGRICULTEURS', ...FR_BODY].join('\n'));
  assert.equal(c.removed.length, 1);
  assert.ok(c.text.startsWith('SÉCHERESSE'));
  // negative: a first line that is not the title stays
  c = clean([title, ...FR_BODY].join('\n'), 'Autre titre');
  assert.deepEqual(c.removed, []);
});

test('bad input: empty, whitespace, one long line', () => {
  assert.deepEqual(clean(''), { text: '', removed: [], flags: [] });
  assert.deepEqual(clean(' \n\n '), { text: '', removed: [], flags: [] });
  const long = 'mot '.repeat(250_000);
  assert.equal(clean(long).text, long.trim());
});
