// Time expressions: tables of [published, text, expected [surface, value] pairs]. Every row pins its reference
// date; a null reference date must never give a calendar date invented from the clock.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimexes } from '../../src/analyze/time/index.js';

type Row = [published: string | null, text: string, expected: [string, string][]];

const FR: Row[] = [
  // 2022-01-07 is a Friday
  ['2022-01-07', 'La délégation rencontrera des diplomates à Genève lundi et se rendra mercredi à Bruxelles.', [['lundi', '2022-01-10'], ['mercredi', '2022-01-12']]],
  ['2022-01-07', 'Le ministre a déclaré jeudi que rien ne changerait.', [['jeudi', '2022-01-06']]],
  ['2022-01-07', 'Le sommet se tiendra jeudi.', [['jeudi', '2022-01-13']]],
  ['2022-01-07', 'Les pourparlers auront lieu la semaine prochaine.', [['la semaine prochaine', '2022-W02']]],
  ['2022-01-07', "Les ventes ont chuté le mois dernier et l'an dernier.", [['le mois dernier', '2021-12'], ["l'an dernier", '2021']]],
  ['2022-01-07', 'Il est arrivé hier soir, il y a deux semaines il était à Rome.', [['hier soir', '2022-01-06TEV'], ['il y a deux semaines', '2021-W51']]],
  ['2022-01-07', 'La vente débutera début février.', [['début février', '2022-02']]],
  ['2022-01-07', 'Le festival aura lieu du 10 au 12 janvier.', [['10', '2022-01-10'], ['12 janvier', '2022-01-12']]],
  ['2022-01-07', 'Le marché ouvre chaque lundi.', [['chaque lundi', 'XXXX-WXX-1']]],
  ['2022-01-07', 'Le vote a eu lieu le 12 mars 2021 à 14h30.', [['le 12 mars 2021', '2021-03-12'], ['14h30', '2021-03-12T14:30']]],
  ['2022-01-07', 'La loi date du 12/03/2021, elle fut votée en 1999.', [['12/03/2021', '2021-03-12'], ['1999', '1999']]],
  ['2022-01-07', 'Une trêve d’une semaine, trois mois de travaux et 48 heures de grève.', [['une semaine', 'P1W'], ['trois mois', 'P3M'], ['48 heures', 'PT48H']]],
  ['2022-01-07', 'Ces derniers mois, les prix ont grimpé. Actuellement, la tension baisse.', [['Ces derniers mois', 'PAST_REF'], ['Actuellement', 'PRESENT_REF']]],
  ['2022-01-07', 'Il parlera avec lui dans les jours à venir.', [['dans les jours à venir', 'FUTURE_REF']]],
  ['2022-01-07', 'Dans les jours à venir, les prix baisseront de 5 % en 2021 depuis trois ans.', [['Dans les jours à venir', 'FUTURE_REF'], ['2021', '2021'], ['trois ans', 'P3Y']]],
  ['2022-01-07', "Aujourd'hui, mercredi prochain et vendredi dernier.", [["Aujourd'hui", '2022-01-07'], ['mercredi prochain', '2022-01-12'], ['vendredi dernier', '2021-12-31']]],
  ['1999-07-29', 'Deux ruptures en 97 (en janvier, puis en octobre), rien en 98.', [['97', '1997'], ['janvier', '1997-01'], ['octobre', '1997-10'], ['98', '1998']]],
  ['1999-05-20', 'Il a été secouru mardi vers 21 h 45.', [['mardi', '1999-05-18'], ['21 h 45', '1999-05-18T21:45']]],
  ['1999-08-27', "Les faits se sont produits dans la nuit de lundi à mardi, l'automne venu.", [['dans la nuit de lundi à mardi', '1999-08-23TNI'], ["l'automne", '1999-FA']]],
  ['1999-07-29', 'La ville utilise la fonte depuis les années 60, à la fin du XIXe siècle.', [['les années 60', '196X'], ['à la fin du XIXe siècle', '18XX']]],
  // a year written after a season or quarter is that season's year, whatever the tense
  ['2024-12-05', "Les robots sortiront à l'automne 2026, les travaux commenceront au printemps de 2025 et l’été de 2027.", [["l'automne 2026", '2026-FA'], ['printemps de 2025', '2025-SP'], ['l’été de 2027', '2027-SU']]],
  ['2024-12-05', "L'usine ouvrira fin 2026 ; la croissance a ralenti au premier trimestre 2025 et au T3 2024.", [['fin 2026', '2026'], ['premier trimestre 2025', '2025-Q1'], ['T3 2024', '2024-Q3']]],
  // the governing verb: a future in the infinitive a verb of proposing or planning governs, a conditional; an
  // adjectival participle with no auxiliary gives no direction and hides a farther verb (2023-10-12 is a Thursday)
  ['2023-10-12', 'Le PIB progresserait de 0,1 %, contre 0,3 % attendu en septembre.', [['septembre', '2023-09']]],
  ['2023-10-12', 'Le musée serait inauguré en septembre.', [['septembre', '2024-09']]],
  ['2023-10-12', 'Le ministre a proposé de tenir la prochaine session en septembre.', [['septembre', '2024-09']]],
  ['2023-10-12', 'Le gouvernement envisage de présenter le texte en septembre et compte le faire voter en mars.', [['septembre', '2024-09'], ['mars', '2024-03']]],
  // negative rows: a verb of proposing with no infinitive, or the noun, is no future
  ['2023-10-12', 'Le ministre a proposé en septembre une réforme.', [['septembre', '2023-09']]],
  ['2023-10-12', 'La proposition de rencontre a été rejetée en septembre.', [['septembre', '2023-09']]],
  // "un T3" is a flat, not a quarter
  ['2024-12-05', 'Ils ont acheté un T3 à Lyon.', []],
  // no publication date: unresolved values, never a date from the clock
  [null, 'La délégation arrivera lundi, la semaine prochaine, le 12 mars.', [['lundi', 'XXXX-WXX-1'], ['la semaine prochaine', 'XXXX-WXX'], ['le 12 mars', 'XXXX-03-12']]],
  // negative rows: impossible dates, ages, counts and the participle "été" are not time expressions
  ['2022-01-07', 'Le 31 février restera une blague.', []],
  ['2022-01-07', 'Jean Dupont, 87 ans, a été heurté par une voiture.', []],
  ['2022-01-07', 'Un électricien de 37 ans a témoigné devant 2000 personnes.', []],
  ['2022-01-07', 'La sonde a atteint Mars, une seconde fois.', []],
];

const EN: Row[] = [
  ['2022-01-07', 'The minister said last Thursday that talks will resume next month.', [['last Thursday', '2022-01-06'], ['next month', '2022-02']]],
  ['2022-01-07', 'Yesterday, officials met; the delegation will meet on Monday.', [['Yesterday', '2022-01-06'], ['Monday', '2022-01-10']]],
  ['2022-01-07', 'The company said on Tuesday that profits rose.', [['Tuesday', '2022-01-04']]],
  ['2009-04-03', 'Sales fell in December, and the plant will close by the end of May.', [['December', '2008-12'], ['by the end of May', '2009-05']]],
  ['2007-12-20', 'He resigned two weeks ago; the vote is on November 28, 2008 at 16:08 UTC.', [['two weeks ago', '2007-W49'], ['November 28, 2008', '2008-11-28'], ['16:08 UTC', '2008-11-28T16:08']]],
  ['2022-01-07', 'The market opens every year; prices rose recently and currently stand high.', [['every year', 'P1Y'], ['recently', 'PAST_REF'], ['currently', 'PRESENT_REF']]],
  ['2007-03-13', 'Profits fell in the fourth quarter of the 1990s.', [['the fourth quarter', '2006-Q4'], ['the 1990s', '199X']]],
  ['2024-12-05', 'The first robots will leave in the autumn of 2026; work starts in the spring of 2027 and summer 2028.', [['the autumn of 2026', '2026-FA'], ['the spring of 2027', '2027-SP'], ['summer 2028', '2028-SU']]],
  ['2024-12-05', 'Profits rose in Q3 2024 and in the third quarter of 2023.', [['Q3 2024', '2024-Q3'], ['the third quarter of 2023', '2023-Q3']]],
  // the governing verb (2024-05-02 is a Thursday): past progressive, pluperfect passive, an irregular past "cut"
  ['2024-05-02', 'Firefighters were battling the flames on Tuesday.', [['Tuesday', '2024-04-30']]],
  ['2024-05-02', 'The village had been evacuated on Tuesday and the plan was announced on Wednesday.', [['Tuesday', '2024-04-30'], ['Wednesday', '2024-05-01']]],
  ['2024-05-02', 'The IMF cut its forecast on Tuesday, warning that rates would weigh on exporters.', [['Tuesday', '2024-04-30']]],
  // … and the forms that point ahead: "is widely expected to", "is due to", "is set to", "plans to", "aims to",
  // "should", a gerund after "proposed"
  ['2024-09-12', 'The bank is widely expected to cut rates in June.', [['June', '2025-06']]],
  ['2024-05-02', 'The bank is due to decide in March, and is set to vote in April.', [['March', '2025-03'], ['April', '2025-04']]],
  ['2024-05-02', 'The bank plans to raise rates in March; it aims to act in April and should decide in February.', [['March', '2025-03'], ['April', '2025-04'], ['February', '2025-02']]],
  ['2023-10-05', 'China has proposed holding the next round in Kunming in September.', [['September', '2024-09']]],
  // negative rows: "proposed a cut" governs nothing ahead; "set fire" is past, "will not cut" does not reach March
  ['2024-05-02', 'The bank proposed a cut in March.', [['March', '2024-03']]],
  ['2024-05-02', 'Police said they will not cut the budget. Protesters set fire to cars in March.', [['March', '2024-03']]],
  [null, 'Officials will meet next week.', [['next week', 'XXXX-WXX']]],
  // a phrase the lexicon lists whole wins over a reading composed of its words ("few years" as a duration)
  ['2022-01-07', 'Prices rose many years ago and will fall in the next few years, said Tom on Monday.', [['many years ago', 'PAST_REF'], ['in the next few years', 'FUTURE_REF'], ['Monday', '2022-01-03']]],
  // negative rows: "may" the modal, "march" the verb, ages
  ['2022-01-07', 'They may march on the capital; a 37-year-old man, aged 40 years, watched.', []],
];

for (const [lang, rows] of [['fr', FR], ['en', EN]] as const) {
  test(`time expressions (${lang}): surfaces and TIMEX3 values`, () => {
    for (const [pub, text, want] of rows) {
      const got = findTimexes(text, lang, pub).map((t) => [text.slice(t.start, t.end), t.value]);
      assert.deepEqual(got, want, `${pub} ${text}`);
    }
  });
}

test('a sentence listing 500 dates is analysed in linear time', () => {
  const text = Array.from({ length: 500 }, (_, i) => `le ${(i % 28) + 1} mars 2021`).join(', ') + '.';
  const t0 = performance.now();
  const got = findTimexes(text, 'fr', '2022-01-07');
  assert.equal(got.length, 500);
  assert.ok(performance.now() - t0 < 1000);
});

test('bad input does not crash: all caps, no punctuation, a long line', () => {
  assert.deepEqual(findTimexes('LE VILLAGE FERA LA FÊTE DIMANCHE', 'fr', '1999-05-18').map((t) => t.value), ['1999-05-23']);
  const long = 'lundi mardi '.repeat(50_000);
  assert.equal(findTimexes(long, 'fr', '2022-01-07').length, 100_000);
  assert.deepEqual(findTimexes('lundi', 'de', '2022-01-07'), []);
  assert.deepEqual(findTimexes('en l’an 99999 et le 45/13/2021', 'fr', '2022-01-07'), []);
});
