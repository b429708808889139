// quantities: table of sentences written for this project → "surface | value | unit | comparator".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuantities } from '../../src/analyze/quantities/index.js';

type Row = [lang: string, text: string, expected: string[]];

const show = (text: string, lang: string): string[] =>
  findQuantities(text, lang).map((q) => {
    assert.equal(text.slice(q.start, q.end), q.text);
    return `${q.text} | ${q.value} | ${q.unit} | ${q.comparator}`;
  });

const FR: Row[] = [
  ['fr', 'La Russie a massé plus de 100 000 soldats à la frontière.', ['plus de 100 000 soldats | 100000 | soldats | >']],
  ['fr', 'Un groupe de 100\u00a0000 manifestants et 12\u202f500 policiers.', ['100\u00a0000 manifestants | 100000 | manifestants | =', '12\u202f500 policiers | 12500 | policiers | =']],
  ['fr', 'Le plan coûtera 2,5 milliards d’euros à l’État.', ['2,5 milliards d’euros | 2500000000 | euros | =']],
  ['fr', 'Le taux de chômage a reculé à 3,5 % au printemps.', ['3,5 % | 3.5 | % | =']],
  ['fr', 'Le parquet compte trente-cinq victimes et vingt et un blessés.', ['trente-cinq victimes | 35 | victimes | =', 'vingt et un blessés | 21 | blessés | =']],
  ['fr', 'On dénombre quatre-vingt-dix disparus et soixante-douze rescapés.', ['quatre-vingt-dix disparus | 90 | disparus | =', 'soixante-douze rescapés | 72 | rescapés | =']],
  ['fr', 'Une dizaine de maisons ont brûlé.', ['Une dizaine de maisons | 10 | maisons | ~']],
  ['fr', 'Des centaines de familles attendent, et des dizaines de milliers de personnes ont fui.', ['centaines de familles | 100 | familles | >', 'dizaines de milliers de personnes | 10000 | personnes | >']],
  ['fr', 'Près de deux millions de personnes sont privées d’eau.', ['Près de deux millions de personnes | 2000000 | personnes | ~']],
  ['fr', 'Il a perçu moins de 50 € par mois, environ 1,2 million de barils.', ['moins de 50 € | 50 | euros | <', 'environ 1,2 million de barils | 1200000 | barils | ~']],
  ['fr', 'Le budget atteint 300 M€, plus d’un million de visiteurs.', ['300 M€ | 300000000 | euros | =', 'plus d’un million de visiteurs | 1000000 | visiteurs | >']],
  ['fr', 'Entre 5 000 et 8 000 combattants tiennent la ville.', ['5 000 | 5000 | combattants | =', '8 000 combattants | 8000 | combattants | =']],
  ['fr', 'L’usine a créé 3 000 nouveaux emplois.', ['3 000 nouveaux emplois | 3000 | emplois | =']],
  ['fr', 'Le groupe a levé 3 Mds d’euros et 1,5 Md€.', ['3 Mds d’euros | 3000000000 | euros | =', '1,5 Md€ | 1500000000 | euros | =']],
  // not quantities: years, dates, times, durations, ordinals, codes, names, articles
  ['fr', 'En 2021, le 12 mars, à 14 h 30, elle avait 45 ans.', []],
  ['fr', 'Le 1er mai, au XXe siècle, le 3e jour, appelez le 06 12 34 56 78.', []],
  ['fr', 'L’article 5 du traité, le Boeing 737 et la Covid-19.', []],
  ['fr', 'Un homme a été arrêté. Les deux ont nié. Placés en quarantaine.', []],
  ['fr', 'Le score final est de 3 à 1, version 1.2.3 du logiciel.', []],
  ['fr', 'pendant les quatre prochaines années', []],
];

const EN: Row[] = [
  ['en', 'Russia has massed more than 100,000 troops near the border.', ['more than 100,000 troops | 100000 | troops | >']],
  ['en', 'Moscow sent over 100,000 Russian troops.', ['over 100,000 Russian troops | 100000 | troops | >']],
  ['en', 'Output rose by 1.2 million barrels a day.', ['1.2 million barrels | 1200000 | barrels | =']],
  ['en', 'The deal is worth $1.2 billion and inflation hit 3.5%.', ['$1.2 billion | 1200000000 | dollars | =', '3.5% | 3.5 | % | =']],
  ['en', 'Twenty-five people died and two hundred and five were hurt.', ['Twenty-five people | 25 | people | =']],
  ['en', 'Two million people lost power; about a dozen homes burned.', ['Two million people | 2000000 | people | =', 'about a dozen homes | 12 | homes | ~']],
  ['en', 'Dozens of protesters and hundreds of thousands of refugees.', ['Dozens of protesters | 12 | protesters | >', 'hundreds of thousands of refugees | 100000 | refugees | >']],
  ['en', 'At least 12 soldiers, fewer than 10 cases, some 40 vessels.', ['At least 12 soldiers | 12 | soldiers | >', 'fewer than 10 cases | 10 | cases | <', 'some 40 vessels | 40 | vessels | ~']],
  ['en', 'Several hundred workers and 9,000 production jobs.', ['Several hundred workers | 100 | workers | >', '9,000 production jobs | 9000 | jobs | =']],
  ['en', 'Unemployment fell to 4 per cent while £3m was spent.', ['4 per cent | 4 | % | =', '£3m | 3000000 | pounds | =']],
  ['en', 'About 1.5m people watched; €2.5bn was spent.', ['About 1.5m people | 1500000 | people | ~', '€2.5bn | 2500000000 | euros | =']],
  // not quantities
  ['en', 'In 2021, on March 12, at 3 p.m., the 21st century, a 3-1 win.', []],
  ['en', 'Flight 370, Windows 10, chapter 11 and the 1990s.', []],
  ['en', 'One of the three said a man was found. He served ten years.', []],
  // a word that names a member of every JS object is a plain word, not a number word (it once gave value NaN)
  ['en', 'The builder hired 5 constructor teams for the bridge.', ['5 constructor teams | 5 | teams | =']],
];

for (const [lang, text, expected] of [...FR, ...EN]) {
  test(`quantities ${lang}: ${text}`, () => assert.deepEqual(show(text, lang), expected));
}

test('quantities: long lines, digit runs and all caps stay fast and never throw', () => {
  const long = '1 '.repeat(200_000) + 'PLUS DE 100 000 SOLDATS ' + 'a'.repeat(500_000) + ' 9'.repeat(100_000);
  const t0 = performance.now();
  const qs = findQuantities(long, 'fr');
  assert.ok(performance.now() - t0 < 2000);
  assert.ok(qs.some((q) => q.text === 'PLUS DE 100 000 SOLDATS' && q.comparator === '>'));
  // many quantities on one 1 MB line: every look-back is bounded, never a scan back to the line start
  const line = 'PLUS DE CENT MILLE SOLDATS ET '.repeat(35_000);
  const t1 = performance.now();
  assert.equal(findQuantities(line, 'fr').length, 35_000);
  assert.ok(performance.now() - t1 < 3000);
});
