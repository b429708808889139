// Events: tables of [text, entities named in it, expected events as "type trigger: actors -> targets @place date"].
// Entities are given by hand (the entities stage is tested on its own); timexes come from the time stage with
// a pinned publication date (2022-01-07, a Friday) in every row.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findEvents } from '../../src/analyze/events/index.js';
import { findTimexes } from '../../src/analyze/time/index.js';
import type { Entity } from '../../src/types.js';

type Named = [name: string, type: Entity['type'], kb: string | null];
type Row = [lang: 'fr' | 'en', text: string, named: Named[], expected: string[]];

const PUB = '2022-01-07';

/** Sentences of a row: cut after ". " (the rows are written that way). */
function sentencesOf(text: string): { start: number; end: number }[] {
  const out = [];
  let s = 0;
  for (let i = text.indexOf('. '); i >= 0; i = text.indexOf('. ', i + 2)) { out.push({ start: s, end: i + 1 }); s = i + 2; }
  out.push({ start: s, end: text.length });
  return out;
}

/** Entities with every occurrence of their name as a mention. */
function entitiesOf(text: string, named: Named[]): Entity[] {
  return named.map(([name, type, kb], i) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) mentions.push({ start: at, end: at + name.length, text: name });
    return { id: `e${i + 1}`, type, name, kb, mentions };
  });
}

const ROWS: Row[] = [
  ['fr', 'La délégation japonaise rencontrera des diplomates allemands à Vienne mardi et se rendra jeudi à Oslo pour une réunion avec l’ONU.',
    [['Japon', 'LOC', 'country:jp'], ['Allemagne', 'LOC', 'country:de'], ['Vienne', 'LOC', 'place:vienna'], ['Oslo', 'LOC', null], ['ONU', 'ORG', 'org:un']],
    ['04 rencontrera: Japon -> Allemagne @Vienne 2022-01-11', '04 se rendra: Japon -> ONU @Oslo 2022-01-13']],
  // a visit abroad meets the country; a town is only where it happens
  ['fr', 'Le président chilien Luis Parra effectuera une visite officielle en Norvège mardi.',
    [['Luis Parra', 'PER', null], ['Norvège', 'LOC', 'country:no']],
    ['04 visite officielle: Luis Parra -> Norvège @Norvège 2022-01-11']],
  // pronoun subjects: a person named earlier in the sentence, else the speaker of the quote just ended
  ['fr', '« Nous devons avancer », a déclaré Marc Lenoir. Il devrait néanmoins rencontrer Anne Vidal lundi.',
    [['Marc Lenoir', 'PER', null], ['Anne Vidal', 'PER', null]],
    ['04 rencontrer: Marc Lenoir -> Anne Vidal 2022-01-10']],
  ['fr', '« Le dossier avance », a-t-il dit lors d’une visite au ministère de la Santé.',
    [['ministère de la Santé', 'ORG', null]],
    []],
  // an object pronoun is never the clause's own subject; the person the article names most
  ['fr', 'Paul Okoro a été nommé. Paul Okoro était ministre. Sur Twitter, Léa Morin, qui avait échangé avec lui en mai, a réagi.',
    [['Paul Okoro', 'PER', null], ['Léa Morin', 'PER', null]],
    ['04 avait échangé avec: Léa Morin -> Paul Okoro 2021-05']],
  // reciprocal verbs: coordinated subjects meet each other, somewhere else than home (044)
  ['fr', 'Le Brésil et l’Argentine se sont rencontrés à Genève mardi.',
    [['Brésil', 'LOC', 'country:br'], ['Argentine', 'LOC', 'country:ar'], ['Genève', 'LOC', 'place:geneva']],
    ['04 se sont rencontrés: Argentine -> Brésil @Genève 2022-01-04']],
  ['en', 'Germany hosted Japan in Berlin on Tuesday, and Kenya met with the President of Ghana on Monday.',
    [['Germany', 'LOC', 'country:de'], ['Japan', 'LOC', 'country:jp'], ['Berlin', 'LOC', null], ['Kenya', 'LOC', 'country:ke'], ['Ghana', 'LOC', 'country:gh']],
    ['04 hosted: Germany -> Japan @Berlin 2022-01-04', '04 met: Kenya -> Ghana 2022-01-03']],
  ['en', 'Peru, speaking at a joint press conference alongside Chile, praised the deal.',
    [['Peru', 'LOC', 'country:pe'], ['Chile', 'LOC', 'country:cl']],
    ['04 joint press conference alongside: Peru -> Chile', '05 praised: Peru -> ']],
  ['fr', 'Ces dernières semaines, la Turquie a déployé 20 000 soldats près de la frontière. La Grèce a jugé la manœuvre inacceptable.',
    [['Turquie', 'LOC', 'country:tr'], ['Grèce', 'LOC', 'country:gr']],
    ['15 a déployé 20 000 soldats: Turquie -> ', '12 jugé la manœuvre inacceptable: Grèce -> ']],
  ['fr', 'La présidente Maria Lind a déclaré qu’elle parlerait avec Paul Okoro dans les jours à venir.',
    [['Maria Lind', 'PER', null], ['Paul Okoro', 'PER', null]],
    ['03 parlerait avec: Maria Lind -> Paul Okoro']],
  ['en', 'Canada will hold talks with Mexico in Ottawa on Monday.',
    [['Canada', 'LOC', 'country:ca'], ['Mexico', 'LOC', 'country:mx'], ['Ottawa', 'LOC', null]],
    ['04 will hold talks: Canada -> Mexico @Ottawa 2022-01-10']],
  // talks taken up again; coordinated subjects all take part, a reporting incise names no participant
  ['fr', 'Le Kenya, l’Ouganda et la Tanzanie reprendront lundi à Nairobi leurs négociations sur le lac, a annoncé mardi l’Union africaine.',
    [['Kenya', 'LOC', 'country:ke'], ['Ouganda', 'LOC', 'country:ug'], ['Tanzanie', 'LOC', 'country:tz'], ['Nairobi', 'LOC', 'place:nairobi'], ['Union africaine', 'ORG', 'org:au']],
    ['04 reprendront lundi à Nairobi leurs négociations: Kenya, Ouganda, Tanzanie ->  @Nairobi 2022-01-10']],
  ['fr', 'La Suède et la Norvège ont repris les pourparlers à Oslo mardi. Le Chili a relancé le dialogue avec la Bolivie.',
    [['Suède', 'LOC', 'country:se'], ['Norvège', 'LOC', 'country:no'], ['Oslo', 'LOC', null], ['Chili', 'LOC', 'country:cl'], ['Bolivie', 'LOC', 'country:bo']],
    ['04 ont repris les pourparlers: Suède, Norvège ->  @Oslo 2022-01-04', '04 a relancé le dialogue: Chili -> Bolivie']],
  ['en', 'Egypt, Ethiopia, and Sudan will resume talks in Addis Ababa on Monday, the African Union said.',
    [['Egypt', 'LOC', 'country:eg'], ['Ethiopia', 'LOC', 'country:et'], ['Sudan', 'LOC', 'country:sd'], ['Addis Ababa', 'LOC', null], ['African Union', 'ORG', 'org:au']],
    ['04 will resume talks: Egypt, Ethiopia, Sudan ->  @Addis Ababa 2022-01-10']],
  // a list needs its conjunction: "Selon la France," is no coordinated subject; resuming production meets nobody
  ['fr', 'Selon la France, l’Allemagne a rejeté la proposition.', [['France', 'LOC', 'country:fr'], ['Allemagne', 'LOC', 'country:de']], ['12 a rejeté: Allemagne -> ']],
  ['en', 'Chile and Peru said the plant will resume production on Monday.', [['Chile', 'LOC', 'country:cl'], ['Peru', 'LOC', 'country:pe']], []],
  // negative rows: prevented, hypothetical, negated, a meeting with one participant, words inside a quote
  ['fr', 'Les alliés veulent empêcher une invasion de la Pologne par la Biélorussie.', [['Pologne', 'LOC', 'country:pl'], ['Biélorussie', 'LOC', 'country:by']], []],
  ['fr', 'Ces armes pourraient être utilisées pour attaquer le Chili.', [['Chili', 'LOC', 'country:cl']], []],
  ['fr', 'Le Pérou ne rencontrera pas la Bolivie.', [['Pérou', 'LOC', 'country:pe'], ['Bolivie', 'LOC', 'country:bo']], []],
  ['en', 'The meeting of the board with nobody else ended, and Norway did not reject anything.', [['Norway', 'LOC', 'country:no']], []],
  // advice after a complementizer is no meeting; a postponed visit did not happen; "met with reporters" names nobody
  ['fr', 'Paul Okoro a déclaré que la Suisse devrait s’entretenir avec la Chine.', [['Paul Okoro', 'PER', null], ['Suisse', 'LOC', 'country:ch'], ['Chine', 'LOC', 'country:cn']], []],
  ['en', 'President Ana Ruiz has postponed a state visit to Portugal.', [['Ana Ruiz', 'PER', null], ['Portugal', 'LOC', 'country:pt']], []],
  ['en', 'Ana Ruiz met with reporters in Lisbon, where Portugal hosts the games.', [['Ana Ruiz', 'PER', null], ['Lisbon', 'LOC', null], ['Portugal', 'LOC', 'country:pt']], []],
  // a group gathering on its own, anchored by a place or a date: a demonym standing for the EU, an organisation
  // named in an event noun's subject, a participle after its subject
  ['fr', 'L’Union européenne a présenté son plan. Les ministres européens de la Pêche se retrouveront jeudi à Lisbonne.',
    [['Union européenne', 'ORG', 'org:eu'], ['Lisbonne', 'LOC', 'place:lisbon']],
    ['04 se retrouveront: Union européenne ->  @Lisbonne 2022-01-13']],
  ['fr', 'Le sommet de l’OTAN s’est ouvert lundi à Vilnius.', [['OTAN', 'ORG', 'org:nato'], ['Vilnius', 'LOC', 'place:vilnius']],
    ['04 s’est ouvert: OTAN ->  @Vilnius 2022-01-03']],
  ['en', 'European Union farm ministers meeting in Luxembourg on Monday agreed on quotas.',
    [['European Union', 'ORG', 'org:eu'], ['Luxembourg', 'LOC', 'country:lu']],
    ['04 meeting: European Union ->  @Luxembourg 2022-01-03']],
  ['en', 'The African Union summit opened in Addis Ababa on Sunday.', [['African Union', 'ORG', 'org:au'], ['Addis Ababa', 'LOC', null]],
    ['04 opened: African Union ->  @Addis Ababa 2022-01-02']],
  // … but a person alone, a situation ("se retrouver seul"), a meeting room and a meeting noun are no gathering
  ['fr', 'Le Parti vert s’est retrouvé seul à Paris lundi.', [['Parti vert', 'ORG', null], ['Paris', 'LOC', 'place:paris']], []],
  ['fr', 'Anne Vidal se retrouvera jeudi à Lyon.', [['Anne Vidal', 'PER', null], ['Lyon', 'LOC', 'place:lyon']], []],
  ['en', 'Reporters waited in the UNESCO meeting room in Paris on Monday.', [['UNESCO', 'ORG', 'org:unesco'], ['Paris', 'LOC', 'place:paris']], []],
  ['en', 'Oxfam said the meeting in Nairobi on Monday was useful.', [['Oxfam', 'ORG', null], ['Nairobi', 'LOC', null]], []],
  // support (051, under 05) and objection (11, not 12: objecting is disapproval, rejecting answers a proposal)
  ['en', 'Spain and Italy backed the plan, but Hungary objected to the quotas.',
    [['Spain', 'LOC', 'country:es'], ['Italy', 'LOC', 'country:it'], ['Hungary', 'LOC', 'country:hu']],
    ['05 backed: Spain, Italy -> ', '11 objected to: Hungary -> ']],
  ['fr', 'La Belgique a salué le compromis. La Hongrie s’est opposée aux quotas.',
    [['Belgique', 'LOC', 'country:be'], ['Hongrie', 'LOC', 'country:hu']],
    ['05 a salué: Belgique -> ', '11 s’est opposée aux: Hongrie -> ']],
  ['en', 'Hungary backed down on Friday, and the Kremlin-backed party lost.', [['Hungary', 'LOC', 'country:hu']], []],
  ['fr', 'L’Espagne a maintenu un rythme soutenu.', [['Espagne', 'LOC', 'country:es']], []],
  // an impersonal "il" ("il faut", "il y a") names nobody
  ['fr', 'Anne Vidal est arrivée. Il faut rencontrer la Grèce.', [['Anne Vidal', 'PER', null], ['Grèce', 'LOC', 'country:gr']], []],
];

test('events: types, triggers, actors, targets, place and date bound in their own clause', () => {
  for (const [lang, text, named, want] of ROWS) {
    const ents = entitiesOf(text, named);
    const name = (id: string | null) => ents.find((e) => e.id === id)?.name ?? '';
    const got = findEvents(text, lang, sentencesOf(text), ents, findTimexes(text, lang, PUB)).map((e) =>
      `${e.type} ${text.slice(e.trigger.start, e.trigger.end)}: ${e.actors.map(name).join(', ')} -> ${e.targets.map(name).join(', ')}${e.place ? ' @' + name(e.place) : ''}${e.date ? ' ' + e.date : ''}`);
    assert.deepEqual(got, want, text);
  }
});

test('events inside a direct quote are words, not deeds', () => {
  const text = '« Nous rencontrerons la Suède à Rome lundi », a dit le Danemark.';
  const ents = entitiesOf(text, [['Suède', 'LOC', 'country:se'], ['Rome', 'LOC', null], ['Danemark', 'LOC', 'country:dk']]);
  const quote = { start: 2, end: 42, kind: 'direct' as const, text: text.slice(2, 42), speaker: null, cue: 'a dit' };
  assert.deepEqual(findEvents(text, 'fr', [{ start: 0, end: text.length }], ents, [], [quote]), []);
});

test('bad input: no entities, unknown language, a long line', () => {
  assert.deepEqual(findEvents('rencontrera '.repeat(1000), 'fr', [{ start: 0, end: 12000 }], [], []), []);
  assert.deepEqual(findEvents('x', 'de', [], [], []), []);
  // one run-on sentence of 300 000 characters full of meetings and pronouns: binding stays local (linear)
  const text = 'Il a rencontré Paul Durand avec lui, une réunion avec la Grèce. '.repeat(5000);
  const ents = entitiesOf(text, [['Paul Durand', 'PER', null], ['Grèce', 'LOC', 'country:gr']]);
  const t0 = performance.now();
  const got = findEvents(text, 'fr', [{ start: 0, end: text.length }], ents, []);
  assert.ok(got.length >= 1 && performance.now() - t0 < 5000);
});
