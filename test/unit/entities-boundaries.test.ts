// Boundary refiners (boundaries.ts, refine.ts steps 1a, 1d, 1e): where names start and end and what their head
// word makes them. Rows are sentences written for these tests: [input, mentions that must be there, mentions that
// must not]. Each mention is "TYPE surface", asserted through text.slice(start, end).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEntities, type LinkedEntity } from '../../src/analyze/entities/index.js';

function mentions(text: string, lang: string): string[] {
  const out: { at: number; s: string }[] = [];
  for (const e of findEntities(text, lang) as LinkedEntity[]) for (const m of e.mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    out.push({ at: m.start, s: `${e.type} ${m.text}` });
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.s);
}

type Row = [string, string[], string[]];
function check(rows: Row[], lang: string): void {
  for (const [input, want, bad] of rows) {
    const got = mentions(input, lang);
    for (const w of want) assert.ok(got.includes(w), `${input}\n  want ${w}\n  got  ${got.join(' | ')}`);
    for (const b of bad) assert.ok(!got.includes(b), `${input}\n  must not have ${b}\n  got  ${got.join(' | ')}`);
  }
}

test('1d part: an organisation or country named before a person is two names', () => {
  check([
    ['« Ce n’est pas assez », a déclaré l’envoyée des Nations unies Maren Lindtvedt à la presse.',
      ['ORG Nations unies', 'PER Maren Lindtvedt'], ['ORG Nations unies Maren Lindtvedt']],
    ['Le président des États-Unis Donald Trump a quitté la salle.', ['LOC États-Unis', 'PER Donald Trump'], ['PER États-Unis Donald Trump']],
    ['Le secrétaire général de l’OTAN Jens Stoltenberg était à Vilnius.', ['ORG OTAN', 'PER Jens Stoltenberg'], []],
    // negative: a KB name that starts a longer organisation name stays in it when no role noun or first name says "person"
    ['Le United States Geological Survey a mesuré la secousse.', [], ['PER Geological Survey', 'LOC United States']],
  ], 'fr');
  check([
    ['Talks between the United States and Japan resumed on Monday.', ['LOC United States', 'LOC Japan'], ['ORG United States and Japan']],
    ['The quake was recorded by the United States Geological Survey.', [], ['PER Geological Survey']],
    // negative: a KB name whole is not parted at "and"
    ['Exports from Bosnia and Herzegovina rose.', [], ['LOC Bosnia']],
  ], 'en');
});

test('a person loses a leading demonym noun and trailing post-nominal letters', () => {
  check([
    ['L’Allemande Christiane Heinicke a passé un an sous un dôme à Hawaï.', ['PER Christiane Heinicke'], ['PER Allemande Christiane Heinicke']],
    // negative: "Suisse" is a country too, and an organisation keeps its demonym
    ['La Banque nationale suisse a relevé son taux.', [], ['PER Banque nationale suisse']],
  ], 'fr');
  check([
    ['Prosecutor Helen Ashdown KC told the jury the money was never repaid.', ['PER Helen Ashdown'], ['PER Helen Ashdown KC']],
    ['The Afghan Ambassador Hamdullah Mohib thanked the team.', ['PER Hamdullah Mohib'], ['PER Afghan Ambassador Hamdullah Mohib']],
    // negative: a newspaper named after its country keeps the demonym
    ['The Saudi Gazette reported the accident.', [], ['PER Gazette']],
  ], 'en');
});

test('1a widen: buildings and organisations named by a head before "de"/"of", KB names started too late', () => {
  check([
    ['Le sommet s’est ouvert lundi au Palais des Nations, à Genève.', ['LOC Palais des Nations', 'LOC Genève'], ['ORG Nations', 'LOC Nations']],
    ['Les manifestants ont remonté l’Avenue des Champs-Élysées vers midi.', ['LOC Avenue des Champs-Élysées'], []],
    // negative: an administrative noun is no building ("Ville de Paris" is Paris)
    ['La Ville de Paris a fermé les parcs.', ['LOC Paris'], ['LOC Ville de Paris']],
  ], 'fr');
  check([
    ['Saudi Arabia and Canada signed after the fund was promised.', ['LOC Saudi Arabia', 'LOC Canada'], ['PER Arabia']],
    ['The Charity Commission opened an inquiry into its finances.', ['ORG Charity Commission'], ['ORG Commission']],
    ['Léa Fontaine of Zero Methane Alliance called the deal a first step.', ['PER Léa Fontaine', 'ORG Zero Methane Alliance'], ['PER Zero']],
    // negative: a person before an organisation head stays a person
    ['He met Obama in Washington.', ['PER Obama'], []],
  ], 'en');
});

test('1e retype: head words and portfolios decide the type', () => {
  check([
    ['Le ministre éthiopien de l’Eau, Dawit Bekele, a parlé à Addis-Abeba.', ['PER Dawit Bekele'], ['LOC Eau']],
    ['Le commissaire européen au Climat, Tomas Verhaegen, a affirmé son soutien.', ['PER Tomas Verhaegen'], ['LOC Climat']],
    ['Le ministère de l’Intérieur a publié les chiffres mardi.', ['ORG ministère de l’Intérieur'], ['ORG Intérieur']],
    // negative: a capitalised word after "de" with no office before is left to the tagger
    ['Il a visité le musée de la Défense nationale.', [], ['ORG ministère de la Défense']],
  ], 'fr');
  check([
    ['Northwind Robotics will build its plant on the River Clyde near Glasgow.', ['ORG Northwind Robotics', 'LOC River Clyde', 'LOC Glasgow'],
      ['PER Northwind Robotics', 'PER River Clyde']],
    ['Kiprono won the Chicago Marathon for the second time.', ['MISC Chicago Marathon'], ['LOC Chicago Marathon', 'ORG Chicago Marathon']],
    ['Protesters gathered on Pennsylvania Avenue.', ['LOC Pennsylvania Avenue'], ['PER Pennsylvania Avenue']],
    // negative: a person whose surname is a place noun stays a person
    ['Professor Marc Lamont Hill said the arrest was wrong.', ['PER Marc Lamont Hill'], ['LOC Marc Lamont Hill']],
    ['High rates will weigh on European exporters.', [], ['ORG European', 'MISC European']],
  ], 'en');
});

test('KB acronyms match in capitals only', () => {
  check([
    ['Le ministre de l’Eau a visité les EAU la semaine dernière.', [], ['LOC Eau']],
  ], 'fr');
  const es = findEntities('Le ministre de l’Eau a visité les EAU la semaine dernière.', 'fr') as LinkedEntity[];
  assert.ok(!es.some((e) => e.name === 'Eau' && e.kb === 'country:ae'), es.map((e) => `${e.name}:${e.kb}`).join(', '));
});

test('English modifiers, compass words and KB organisations', () => {
  check([
    ['A jury at Manchester Crown Court heard the case on Wednesday.', ['ORG Manchester Crown Court'], ['ORG Court', 'LOC Manchester Crown']],
    ['The charity ran holiday schemes in Greater Manchester and Lancashire.', ['LOC Greater Manchester'], ['ORG Greater']],
    ['Edinburgh-based Northwind Robotics will hire 200 engineers.', ['ORG Northwind Robotics'], ['ORG Edinburgh-based Northwind Robotics']],
    ['He posted the video on Twitter and Google offered him an internship.', ['ORG Twitter', 'ORG Google'], ['MISC Google']],
    // negative: a hyphenated lowercase modifier or a first name is not taken into an organisation
    ['Prime Minister Rishi Sunak visited Airbus in Toulouse.', [], ['ORG Rishi Sunak Airbus']],
  ], 'en');
});

test('a building named after a person is the building; a person with a place-noun surname stays a person', () => {
  check([
    ['The shuttle went on display at the Steven F. Udvar-Hazy Center in Virginia.', ['LOC Virginia'], ['PER Steven F. Udvar-Hazy Center']],
    ['Flights to John F. Kennedy Airport were cancelled.', [], ['PER John F. Kennedy Airport']],
    ['Coach Tom Hall said his team was ready.', ['PER Tom Hall'], ['LOC Tom Hall']],
  ], 'en');
});
