import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demonym, findEntities, lookup, pronounGender, resolvePronoun, resolveRole, type LinkedEntity } from '../../src/analyze/entities/index.js';
import { nerTokenize } from '../../src/analyze/entities/tokenize.js';

const ents = (text: string, lang = 'fr'): LinkedEntity[] => findEntities(text, lang) as LinkedEntity[];
/** "TYPE surface" for every mention, in text order, each asserted through text.slice(start, end). */
function mentions(text: string, lang = 'fr'): string[] {
  const out: { at: number; s: string }[] = [];
  for (const e of ents(text, lang)) for (const m of e.mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    out.push({ at: m.start, s: `${e.type} ${m.text}` });
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.s);
}

test('tokenizer: elisions and possessives apart, hyphenated and apostrophe names whole', () => {
  const rows: [string, string[]][] = [
    ['l’OTAN et d’Ukraine', ['l’', 'OTAN', 'et', 'd’', 'Ukraine']],
    ["NATO's chief", ['NATO', "'s", 'chief']],
    ["Jean-Yves Le Drian et O'Brien", ['Jean-Yves', 'Le', 'Drian', 'et', "O'Brien"]],
    ['aujourd’hui à Paris.', ['aujourd’hui', 'à', 'Paris', '.']],
    ['the U.S. envoy', ['the', 'U.S.', 'envoy']],
  ];
  for (const [input, want] of rows) assert.deepEqual(nerTokenize(input).map((t) => input.slice(t.start, t.end)), want, input);
});

test('French mentions: titles and demonyms outside the person, elided articles out', () => {
  const rows: [string, string[]][] = [
    ['Le président russe Vladimir Poutine a reçu mardi à Moscou la ministre allemande des Affaires étrangères.',
      ['PER Vladimir Poutine', 'LOC Moscou']],
    ['La délégation a quitté Genève pour Bruxelles, où siège l’OTAN.', ['LOC Genève', 'LOC Bruxelles', 'ORG OTAN']],
    ['Le débat aura lieu à Vienne devant l’Organisation pour la sécurité et la coopération en Europe (OSCE).',
      ['LOC Vienne', 'ORG Organisation pour la sécurité et la coopération en Europe', 'LOC Europe', 'ORG OSCE']],
  ];
  for (const [input, want] of rows) for (const w of want) assert.ok(mentions(input).includes(w), `${input}: ${w} in ${mentions(input).join(', ')}`);
});

test('negative rows: sentence-initial words and lone titles are not names', () => {
  const rows: [string, string[]][] = [
    ['Ces derniers mois, les prix ont augmenté. Nous ne savons pas. Cela fait longtemps.', ['Ces', 'Nous', 'Cela']],
    ['Le ministre a parlé. La réunion a commencé. Une partie du public est partie.', ['Le', 'La', 'Une', 'ministre']],
    ['The minister spoke on Monday. However, nothing changed in September 2021.', ['The', 'However', 'Monday', 'September']],
  ];
  for (const [input, bad] of rows) {
    const got = mentions(input, /The/.test(input) ? 'en' : 'fr').map((m) => m.replace(/^\w+ /, ''));
    for (const b of bad) assert.ok(!got.includes(b), `${input}: ${b} must not be an entity (${got.join(', ')})`);
  }
});

test('English: titles and possessives out of the name', () => {
  const text = 'Secretary-General Jens Stoltenberg said on Tuesday that NATO\'s members would meet in Brussels.';
  const got = mentions(text, 'en');
  assert.ok(got.includes('PER Jens Stoltenberg'), got.join(', '));
  assert.ok(got.includes('ORG NATO'), got.join(', '));
  assert.ok(got.includes('LOC Brussels'), got.join(', '));
});

test('linking: surname to full name, acronym to long form, KB ids and aliases across languages', () => {
  const text = 'La chancelière Angela Merkel a rencontré Emmanuel Macron à Paris. Merkel a ensuite quitté la France. ' +
    'L’Union européenne (UE) prépare un sommet ; l’UE se réunira à Bruxelles.';
  const es = ents(text);
  const merkel = es.find((e) => e.name === 'Angela Merkel')!;
  assert.deepEqual(merkel.mentions.map((m) => m.text), ['Angela Merkel', 'Merkel']);
  assert.equal(merkel.gender, 'f');
  const eu = es.find((e) => e.kb === 'org:eu')!;
  assert.deepEqual(eu.mentions.map((m) => m.text), ['Union européenne', 'UE', 'UE']);
  assert.ok(eu.aliases!.includes('European Union'));
  assert.equal(es.filter((e) => e.type === 'PER' && /Merkel/.test(e.name)).length, 1, 'no split person');
  const paris = es.find((e) => e.name === 'Paris')!;
  assert.equal(paris.key, 'place:paris');
});

test('entities unknown to the KB get a stable key from their name', () => {
  const e = ents('Le maire de Trouville, Jacques Vermandel, a annoncé sa démission.').find((x) => x.type === 'PER');
  assert.ok(e, 'a person is found');
  assert.equal(e!.kb, null);
  assert.equal(e!.key, 'PER:jacques vermandel');
});

test('resolvePronoun: most recent compatible person by gender', () => {
  const text = 'Mme Claire Dubois a rencontré le président Paul Martin. Elle a dit… Il a répondu…';
  const es = ents(text);
  const at = (s: string): number => text.indexOf(s);
  assert.equal(resolvePronoun(es, at('Elle'), pronounGender('Elle'))?.name, 'Claire Dubois');
  assert.equal(resolvePronoun(es, at('Il a'), pronounGender('il'))?.name, 'Paul Martin');
  assert.equal(resolvePronoun(es, at('Elle'), null)?.name, 'Paul Martin');
  assert.equal(resolvePronoun(es, 0, 'm'), null);
  assert.equal(pronounGender('a-t-elle'), 'f');
  assert.equal(pronounGender('they'), null);
});

test('resolveRole: a title phrase names the person the article gave it to', () => {
  const text = 'Le secrétaire général de l’ONU, António Guterres, est arrivé à Kiev. Le président ukrainien Volodymyr Zelensky l’a accueilli. ' +
    'Le secrétaire général a ensuite parlé aux journalistes.';
  const es = ents(text);
  const span = (s: string): { start: number; end: number } => { const i = text.lastIndexOf(s); return { start: i, end: i + s.length }; };
  assert.equal(resolveRole(es, text, span('Le secrétaire général'))?.name, 'António Guterres');
  assert.equal(resolveRole(es, text, span('président ukrainien'))?.name, 'Volodymyr Zelensky');
  assert.equal(resolveRole(es, text, span('la ministre'))?.name, undefined);
});

test('KB: lookup in both languages and demonyms', () => {
  assert.equal(lookup('Moscou')?.id, lookup('Moscow')?.id);
  assert.equal(lookup('OTAN')?.id, 'org:nato');
  assert.equal(lookup('NATO')?.id, 'org:nato');
  assert.equal(lookup('La Haye')?.en, 'The Hague');
  assert.equal(demonym('russe')?.id, 'country:ru');
  assert.equal(demonym('américaines')?.id, 'country:us');
  assert.equal(demonym('Russian')?.id, 'country:ru');
  assert.equal(demonym('table'), null);
});

test('bad input: all capitals, no capitals, a 5,000-token sentence, non-Latin scripts — no crash, linear time', () => {
  assert.doesNotThrow(() => ents('LE PRÉSIDENT RUSSE VLADIMIR POUTINE A RENCONTRÉ JEAN-YVES LE DRIAN À PARIS.'));
  assert.deepEqual(ents('le président a parlé à paris avec des journalistes sans majuscules.'), []);
  assert.doesNotThrow(() => ents('Владимир Путин встретился с Си Цзиньпином в Пекине. 习近平在北京会见了普京。'));
  const long = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? 'Martin' : 'mot')).join(' ');
  const t0 = performance.now();
  const es = ents(long);
  assert.ok(performance.now() - t0 < 2000, 'a 5,000-token sentence is tagged quickly');
  assert.ok(es.length <= 1 + 5000 / 7);
  const names = ents("Jean-Yves Le Drian a vu O'Brien à Dublin.").flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(names.includes('Jean-Yves Le Drian'), names.join(', '));
});

test('names with lowercase heads, hyphenated lowercase ends and particles', () => {
  const rows: [string, string[]][] = [
    ['Les combats ont repris près de Deir ez-Zor, a indiqué le Premier ministre irakien Haider al-Abadi.', ['LOC Deir ez-Zor', 'PER Haider al-Abadi']],
    ['Le coureur belge Thomas De Gendt a remporté l’étape, devant le Français Romain Bardet.', ['PER Thomas De Gendt', 'PER Romain Bardet']],
  ];
  for (const [input, want] of rows) for (const w of want) assert.ok(mentions(input).includes(w), `${input}: ${w} in ${mentions(input).join(', ')}`);
  // negative rows: a verb with its inverted pronoun ends a name; a lone lowercase head is no name
  const neg: [string, string[]][] = [
    ['« Nous resterons », a déclaré Marc Delorme. Le gouvernement a-t-il cédé ? L’armée a quitté la ville.', ['gouvernement', 'armée', 'Marc Delorme a-t-il']],
  ];
  for (const [input, bad] of neg) {
    const got = mentions(input).map((m) => m.replace(/^\w+ /, ''));
    for (const b of bad) assert.ok(!got.includes(b), `${input}: ${b} must not be an entity (${got.join(', ')})`);
  }
});

test('a bare country name is a place, whatever its context', () => {
  const got = mentions('The United States and the United Kingdom signed the accord in Geneva on Monday.', 'en');
  assert.ok(got.includes('LOC United States'), got.join(', '));
  assert.ok(got.includes('LOC United Kingdom'), got.join(', '));
});
