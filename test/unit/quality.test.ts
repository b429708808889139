// quality: tables of texts written for this project → the surface texts of the flags raised.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../../src/analyze/index.js';
import { paragraphSpans } from '../../src/analyze/paragraphs/index.js';
import { mtArtifactFlags } from '../../src/analyze/quality/mt.js';
import { unbalancedQuoteFlags } from '../../src/analyze/quality/quotes.js';
import { FLAG_WEIGHTS, qualityScore } from '../../src/analyze/quality/score.js';
import { surfaces } from '../helpers.js';

type Row = [lang: string, text: string, expected: string[]];

const MT: Row[] = [
  ['fr', 'Le ministre a parlé de coopération [to] restrictions commerciales.', ['[to]']],
  ['fr', 'Ils ont voté [of the] texte final.', ['[of the]']],
  ['fr', 'La décision concerne le dossier Une partie des fonds sera gelée.', ['dossier Une partie']],
  ['fr', 'Le gouvernement a annoncé des mesures Il faut agir vite.', ['mesures Il faut']],
  ['en', 'The minister spoke of cooperation [de] trade limits.', ['[de]']],
  ['en', 'Officials rejected the report The government will appeal.', ['report The government']],
  // negatives: editorial inserts, references, names and titles
  ['fr', 'Il a écrit « je voulais [sic] partir » puis […] la suite, voir [1].', []],
  ['fr', 'Il a dit que [le président] viendrait.', []],
  ['fr', 'Selon Le Monde, la réunion se tiendra à La Haye avec Marine Le Pen.', []],
  ['fr', 'Le tribunal de La Paz et le quotidien Le Parisien ont confirmé.', []],
  ['fr', 'Elle a joué dans le film La vie est belle et comme La caméra explore le temps.', []],
  ['fr', 'Il a parlé. Une partie des élus a quitté la salle : Le vote est reporté.', []],
  ['en', 'He said he wanted [to] leave, citing plan A for the budget.', []],
  ['en', 'The envoy flew to The Hague and read The Guardian, then vitamin A supplements.', []],
  ['en', 'She starred in The Road and voted.', []],
];

for (const [lang, text, expected] of MT) {
  test(`mt-artifact ${lang}: ${text}`, () => assert.deepEqual(surfaces(text, mtArtifactFlags(text, lang)), expected));
}

const QUOTES: [string, string[]][] = [
  ['« Nous sommes prêts », a-t-il déclaré. « C’est autre chose que des restrictions.\nLa proposition obligerait l’OTAN à « reculer ».',
    ['« C’est autre chose que des restrictions.']],
  ['Il a dit « oui » puis « non ».', []],
  // nested marks: ‹ › and “ ” inside « »
  ['« Il m’a dit ‹ jamais › et “ plus tard ”, a-t-elle raconté ».', []],
  ['« Il m’a dit ‹ jamais, a-t-elle raconté ».', ['‹ jamais, a-t-elle raconté ».']],
  // French quotation over paragraphs: the next paragraph reopens with «
  ['« Nous irons jusqu’au bout.\n« Rien ne nous arrêtera », a-t-il ajouté.', []],
  ['« Nous irons jusqu’au bout.\n» Rien ne nous arrêtera », a-t-il ajouté.', []],
  ['“We will fight.\n“We will not stop,” he said.', []],
  // a closing mark with nothing open
  ['Il a parlé de crise » sans plus de détails.', ['Il a parlé de crise »']],
  ['He said "we are ready and left.', ['"we are ready and left.']],
  ['He said "we are ready" and left, 12" screens.', []],
  // l’ and don’t are apostrophes, not quotation marks
  ['L’OTAN n’a pas répondu ; they don’t know.', []],
];

for (const [text, expected] of QUOTES) {
  test(`unbalanced-quote: ${text.replace(/\n/g, ' ⏎ ')}`, () =>
    assert.deepEqual(surfaces(text, unbalancedQuoteFlags(text, paragraphSpans(text), [])), expected));
}

test('unbalanced-quote: 200 marks and a 1 MB line stay linear', () => {
  const text = '« a '.repeat(200) + '» b '.repeat(150) + '"'.repeat(201) + ' ' + 'x'.repeat(1_000_000) + ' «';
  const t0 = performance.now();
  const flags = unbalancedQuoteFlags(text, paragraphSpans(text), []);
  assert.ok(performance.now() - t0 < 1000);
  assert.ok(flags.length > 0 && flags.length < 50);
});

test('quality score: 1 for a clean article, weights capped per kind', () => {
  assert.equal(qualityScore([]), 1);
  const mt = { kind: 'mt-artifact' as const, text: '[to]', start: 0, end: 4 };
  assert.equal(qualityScore([mt]), 1 - FLAG_WEIGHTS['mt-artifact'].each);
  assert.equal(qualityScore(Array(20).fill(mt)), 1 - FLAG_WEIGHTS['mt-artifact'].cap);
  assert.equal(qualityScore([{ kind: 'empty', text: '', start: 0, end: 0 }]), 0);
});

test('quality stage: a clean French article has no flag and scores 1', () => {
  const a = analyzeText({ text: 'Le maire de Lyon a inauguré lundi un nouveau pont sur le Rhône.\n« Ce pont relie enfin les deux rives », a-t-il déclaré devant les habitants.', lang: 'fr' });
  assert.deepEqual(a.quality, { score: 1, flags: [] });
});

test('quality stage: gathers the artefact and the open quotation of a translated article', () => {
  const text = 'Le ministre a répondu aux journalistes. « C’est autre chose [to] restrictions unilatérales.\nLe texte obligerait le pays à rejeter le dossier Une partie importante de l’accord.';
  const a = analyzeText({ text, lang: 'fr' });
  const kinds = a.quality.flags.map((f) => `${f.kind}: ${f.text}`);
  assert.ok(kinds.includes('mt-artifact: [to]'));
  assert.ok(kinds.includes('mt-artifact: dossier Une partie'));
  assert.ok(kinds.some((k) => k.startsWith('unbalanced-quote: « C’est autre chose')));
  assert.ok(a.quality.score < 0.7);
});
